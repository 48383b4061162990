package dev.quarry.kotlin

import dev.quarry.jdbc.ConnectionUnavailableException
import dev.quarry.jdbc.Database
import dev.quarry.jdbc.Transaction
import dev.quarry.jdbc.internal.ConnectionGate
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CompletionException
import kotlin.coroutines.ContinuationInterceptor
import kotlin.coroutines.resume
import kotlin.coroutines.resumeWithException
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.NonCancellable
import kotlinx.coroutines.asCoroutineDispatcher
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.suspendCancellableCoroutine
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeoutOrNull

/**
 * Runs [block] in a transaction of [db] (the default database unless given): commits when it
 * returns, rolls back when it throws, and returns its result.
 *
 * The transaction travels in the coroutine context, so suspend functions called from [block] see
 * it. Inside another transaction of the same database the block joins it. The block runs on the
 * database's own dispatcher, whose threads are as many as its pooled connections; waiting for a
 * free connection suspends and gives up after the configured connection timeout. Rollback and
 * release of the connection run even if the coroutine is cancelled.
 */
suspend fun <R> transaction(db: Database = Database.defaultDatabase(), block: suspend CoroutineScope.() -> R): R {
    val current = currentCoroutineContext()[TransactionElement]
    if (current != null && current.transaction.database() === db && current.transaction.isActive) {
        return coroutineScope(block)
    }
    val internals = db.internals()
    val dispatcher = internals.executor().asCoroutineDispatcher()
    return withContext(dispatcher) {
        val permit = internals.gate().awaitPermit(db)
        val transaction = internals.begin(permit)
        try {
            val result = withContext(TransactionElement(transaction, dispatcher), block)
            transaction.commit()
            result
        } catch (failure: Throwable) {
            withContext(NonCancellable) { transaction.rollbackAfter(failure) }
            throw failure
        } finally {
            withContext(NonCancellable) { transaction.close() }
        }
    }
}

/**
 * The transaction of the calling coroutine.
 *
 * @throws NoTransactionException outside `transaction { }`
 */
suspend fun currentTransaction(): Transaction =
    currentCoroutineContext()[TransactionElement]?.transaction ?: throw NoTransactionException("currentTransaction()")

/**
 * Runs JDBC work on the current transaction, on its database's dispatcher: directly when already
 * there, after one dispatch otherwise.
 */
internal suspend fun <R> onTransaction(operation: String, work: (Transaction) -> R): R {
    val context = currentCoroutineContext()
    val element = context[TransactionElement] ?: throw NoTransactionException(operation)
    return if (context[ContinuationInterceptor] === element.dispatcher) {
        work(element.transaction)
    } else {
        withContext(element.dispatcher) { work(element.transaction) }
    }
}

/** Waits for a permit without holding a thread; gives up after the database's connection timeout. */
private suspend fun ConnectionGate.awaitPermit(db: Database): ConnectionGate.Permit {
    val timeout = db.config().connectionTimeout()
    return withTimeoutOrNull(timeout.toMillis()) { acquireAsync().awaitPermit() }
        ?: throw ConnectionUnavailableException(
            "no connection of database '${db.name()}' became free within ${timeout.toMillis()} ms; " +
                "all are held by other transactions",
        )
}

/**
 * Awaits a permit; if the waiting coroutine is cancelled after the permit arrived, the permit is
 * released rather than lost.
 */
private suspend fun CompletableFuture<ConnectionGate.Permit>.awaitPermit(): ConnectionGate.Permit =
    suspendCancellableCoroutine { continuation ->
        whenComplete { permit, failure ->
            if (failure != null) {
                continuation.resumeWithException((failure as? CompletionException)?.cause ?: failure)
            } else {
                continuation.resume(permit) { _, unused, _ -> unused.release() }
            }
        }
        continuation.invokeOnCancellation { cancel(false) }
    }
