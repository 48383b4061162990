package dev.quarry.kotlin

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.Propagation
import dev.quarry.jdbc.Transaction
import dev.quarry.jdbc.TransactionOptions
import dev.quarry.jdbc.TransactionTimeoutException
import dev.quarry.jdbc.internal.ConnectionGate
import dev.quarry.jdbc.internal.JdbcTransaction
import dev.quarry.jdbc.internal.ObservedTransaction
import dev.quarry.policy.PolicyContext
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CompletionException
import kotlin.coroutines.ContinuationInterceptor
import kotlin.coroutines.CoroutineContext
import kotlin.coroutines.EmptyCoroutineContext
import kotlin.coroutines.cancellation.CancellationException
import kotlin.coroutines.resume
import kotlin.coroutines.resumeWithException
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.InternalCoroutinesApi
import kotlinx.coroutines.Job
import kotlinx.coroutines.NonCancellable
import kotlinx.coroutines.TimeoutCancellationException
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.delay
import kotlinx.coroutines.suspendCancellableCoroutine
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeout

/**
 * Runs [block] in a transaction of [db] (the default database unless given): commits when it
 * returns, rolls back when it throws, and returns its result.
 *
 * The transaction travels in the coroutine context, so suspend functions called from [block],
 * `withContext` switches and child coroutines see it. [options] set the propagation (inside
 * another transaction of [db], REQUIRED joins it, NESTED runs behind a savepoint, REQUIRES_NEW opens
 * its own), isolation, read-only mode, timeouts, the query budget and the retry of transient
 * conflicts, which runs [block] again from the start (it must be re-runnable).
 *
 * The block runs with [context] added to the caller's context. By default that is the database's
 * [dispatcher], a view of `Dispatchers.IO` with as many threads as pooled connections, so the
 * blocking JDBC calls never hold a thread that must not block; a caller on `Dispatchers.Default`
 * usually keeps its thread, but the switch costs a dispatch into the transaction and one back. A
 * caller on `Dispatchers.IO` itself, whose threads may block, needs no switch: there the default
 * runs the transaction where the caller runs. With `EmptyCoroutineContext` the transaction stays
 * on the caller's dispatcher and its JDBC calls block the caller's thread: no dispatch at all, for
 * other callers whose threads may block (virtual threads, a `limitedParallelism` view of
 * `Dispatchers.IO`) and for embedded SQLite, whose statements take microseconds.
 * Only a transaction that opens here takes [context]; one that joins the open transaction stays
 * where that one runs.
 *
 * Waiting for a free connection suspends. Cancelling the coroutine cancels the running statement
 * on the server; rollback and the release of the connection run even then.
 */
public suspend fun <R> transaction(
    db: Database = Database.defaultDatabase(),
    options: TransactionOptions = TransactionOptions.DEFAULT,
    context: CoroutineContext = db.dispatcher,
    block: suspend CoroutineScope.() -> R,
): R {
    val open = currentCoroutineContext()[TransactionElement]
        ?.takeIf { it.transaction.database() === db && it.transaction.isActive }
    return when {
        open != null && options.propagation() == Propagation.REQUIRED -> coroutineScope(block)
        open != null && options.propagation() == Propagation.NESTED -> nested(open, block)
        else -> withRetry(db, options, context, block)
    }
}

/**
 * The dispatcher this database's transactions run on unless given another context: a view of
 * `Dispatchers.IO` limited to as many threads as the database pools connections. The same object
 * on every call; thread-safe.
 */
public val Database.dispatcher: CoroutineDispatcher
    get() = DatabaseDispatchers.of(this)

/**
 * The transaction of the calling coroutine.
 *
 * @throws NoTransactionException outside `transaction { }`
 */
public suspend fun currentTransaction(): Transaction =
    currentCoroutineContext()[TransactionElement]?.transaction ?: throw NoTransactionException("currentTransaction()")

/**
 * Runs SQL written by hand in the current transaction, for what the query language does not
 * cover; [parameters] are bound in order. Returns the update count, or -1 for SQL that returned rows.
 */
public suspend fun exec(sql: String, vararg parameters: Any?): Int = onTransaction({ "exec" }) { it.execute(sql, *parameters) }

/**
 * Runs JDBC work on the current transaction, on its dispatcher: directly when already there, after
 * one dispatch otherwise. [operation] names the work for the error outside a transaction; it is
 * built only then.
 */
internal suspend inline fun <R> onTransaction(
    operation: () -> String,
    crossinline work: (PolicedTransaction) -> R,
): R {
    val context = currentCoroutineContext()
    val element = context[TransactionElement] ?: throw NoTransactionException(operation())
    val policed = PolicedTransaction(element.transaction, context[PolicyContextElement]?.context ?: PolicyContext.empty())
    val interceptor = element.interceptor
    return if (interceptor == null || context[ContinuationInterceptor] === interceptor) {
        work(policed)
    } else {
        withContext(interceptor) { work(policed) }
    }
}

private suspend fun <R> withRetry(
    db: Database,
    options: TransactionOptions,
    context: CoroutineContext,
    block: suspend CoroutineScope.() -> R,
): R {
    val retry = options.retry()
    val observed = ObservedTransaction.start(db.internals(), options)
    var attempt = 1
    while (true) {
        val slot = AttemptSlot()
        val result = try {
            observed.attemptStarting()
            once(db, options, context, observed, slot, block)
        } catch (failure: Throwable) {
            val retried = failure !is CancellationException && retry.allowsAttemptAfter(attempt) &&
                db.internals().isTransient(failure)
            observed.failed(failure, retried)
            if (!retried) {
                slot.run()
                throw failure
            }
            delay(retry.backoffAfter(attempt).toMillis())
            attempt++
            continue
        }
        slot.run()
        return result
    }
}

/** Runs one attempt of the transaction in [context], switching to it only if it differs from the caller's. */
private suspend fun <R> once(
    db: Database,
    options: TransactionOptions,
    context: CoroutineContext,
    observed: ObservedTransaction,
    slot: AttemptSlot,
    block: suspend CoroutineScope.() -> R,
): R {
    val caller = currentCoroutineContext()
    val staysOnCaller = context === EmptyCoroutineContext ||
        context is ContinuationInterceptor && context === caller[ContinuationInterceptor] ||
        context === db.dispatcher && DatabaseDispatchers.mayStayOn(caller)
    return if (staysOnCaller) {
        begun(db, options, caller, observed, slot, block)
    } else {
        withContext(context) { begun(db, options, coroutineContext, observed, slot, block) }
    }
}

/** Takes a connection, runs the block in a transaction on it where [context] runs, and ends it. */
@OptIn(InternalCoroutinesApi::class)
private suspend fun <R> begun(
    db: Database,
    options: TransactionOptions,
    context: CoroutineContext,
    observed: ObservedTransaction,
    slot: AttemptSlot,
    block: suspend CoroutineScope.() -> R,
): R {
    val internals = db.internals()
    val gate = internals.gate()
    val permit = gate.tryAcquire() ?: gate.acquireAsync(db.config().connectionTimeout()).awaitPermit()
    val transaction = internals.begin(permit, options, observed)
    context[AuditActor]?.let { transaction.auditActor(it.name) }
    // A blocking JDBC call does not notice cancellation: cancel its statement on the server instead.
    // Every argument is given: a default one would link to a bridge that moved between kotlinx.coroutines versions.
    val onCancel = context[Job]?.invokeOnCompletion(onCancelling = true, invokeImmediately = true) { cause ->
        if (cause is CancellationException) transaction.cancel()
    }
    try {
        val element = TransactionElement(transaction, context[ContinuationInterceptor])
        val result = withinTimeout(options) { withContext(element, block) }
        transaction.commit()
        observed.succeeded(transaction.isRollbackOnly)
        slot.take(transaction, null)
        return result
    } catch (failure: Throwable) {
        transaction.rollbackAfter(failure)
        slot.take(transaction, failure)
        throw failure
    } finally {
        onCancel?.dispose()
        transaction.close()
    }
}

/**
 * Runs the block within the transaction's timeout. Whatever the block fails with once the deadline
 * has passed (the timeout's cancellation, or the statement it cancelled) is reported as a
 * [TransactionTimeoutException].
 */
private suspend fun <R> withinTimeout(options: TransactionOptions, block: suspend () -> R): R {
    val timeout = options.timeout() ?: return block()
    val deadline = System.nanoTime() + timeout.toNanos()
    return try {
        withTimeout(timeout.toMillis()) { block() }
    } catch (failure: Throwable) {
        val cancelledFromOutside = failure is CancellationException && failure !is TimeoutCancellationException
        if (cancelledFromOutside || failure is TransactionTimeoutException || System.nanoTime() - deadline < 0) {
            throw failure
        }
        throw TransactionTimeoutException(
            "the transaction ran longer than its ${timeout.toMillis()} ms timeout and was rolled back", failure,
        )
    }
}

/** Runs the block behind a savepoint of the open transaction: its failure undoes its own work only. */
private suspend fun <R> nested(open: TransactionElement, block: suspend CoroutineScope.() -> R): R {
    val transaction = open.transaction
    val savepoint = onTransaction({ "nested transaction" }) { transaction.setSavepoint() }
    val result = try {
        coroutineScope(block)
    } catch (failure: Throwable) {
        withContext(NonCancellable) {
            try {
                onTransaction({ "nested transaction" }) { transaction.rollbackTo(savepoint) }
            } catch (rollbackFailure: RuntimeException) {
                failure.addSuppressed(rollbackFailure)
            }
        }
        throw failure
    }
    onTransaction({ "nested transaction" }) { transaction.releaseSavepoint(savepoint) }
    return result
}

/**
 * Awaits a permit without holding a thread; if the waiting coroutine is cancelled after the permit
 * arrived, the permit is released rather than lost.
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
