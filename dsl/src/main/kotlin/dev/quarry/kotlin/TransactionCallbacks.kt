package dev.quarry.kotlin

import dev.quarry.jdbc.internal.JdbcTransaction
import dev.quarry.jdbc.internal.TransactionCallbacks
import kotlinx.coroutines.NonCancellable
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.withContext

/**
 * Runs [callback] once the current transaction has committed: exactly once, after its connection
 * went back to the pool, in the coroutine that called `transaction { }` (outside the transaction),
 * and even if that coroutine is being cancelled. It never runs when the transaction rolls back, for
 * an attempt that a retry policy runs again, for a callback registered in a nested transaction that
 * rolled back to its savepoint, or when the outcome of the commit is unknown. Callbacks run in
 * registration order; one that throws is logged at ERROR on `dev.quarry.transaction`, the others
 * still run and the commit stands. [callback] may suspend.
 *
 * @throws NoTransactionException outside `transaction { }`
 */
public suspend fun afterCommit(callback: suspend () -> Unit) {
    register(onCommit = true, callback, "afterCommit")
}

/**
 * Runs [callback] once the current transaction has rolled back, exactly once and outside it, as
 * [afterCommit] runs its callbacks; never for an attempt that is retried. A callback that throws is
 * logged and does not replace the transaction's failure. [callback] may suspend.
 *
 * @throws NoTransactionException outside `transaction { }`
 */
public suspend fun afterRollback(callback: suspend () -> Unit) {
    register(onCommit = false, callback, "afterRollback")
}

/** A callback of the DSL, which only its transactions run. */
private class SuspendingCallback(val block: suspend () -> Unit)

private suspend fun register(onCommit: Boolean, callback: suspend () -> Unit, operation: String) {
    val element = currentCoroutineContext()[TransactionElement] ?: throw NoTransactionException(operation)
    element.transaction.registerCallback(onCommit, SuspendingCallback(callback))
}

/**
 * The callbacks of one attempt, taken from its transaction where the transaction ran (the caller's
 * thread does no work on the transaction), to be run or dropped once the attempt's fate is known.
 */
internal class AttemptSlot {
    @Volatile
    private var actions: List<Any> = emptyList()

    @Volatile
    private var committed = false

    @Volatile
    private var database = ""

    /** Takes the callbacks of the transaction's outcome; [failure] is what ended it, or null. */
    fun take(transaction: JdbcTransaction, failure: Throwable?) {
        actions = transaction.takeCallbacks(failure)
        committed = transaction.isCommitted
        database = transaction.database().name()
    }

    /** Runs the callbacks taken, once, whatever happens to the calling coroutine. */
    suspend fun run() {
        val taken = actions
        actions = emptyList()
        if (taken.isEmpty()) return
        withContext(NonCancellable) {
            for (action in taken) {
                try {
                    when (action) {
                        is SuspendingCallback -> action.block()
                        is Runnable -> action.run()
                    }
                } catch (failed: Exception) {
                    TransactionCallbacks.logFailure(database, committed, failed)
                }
            }
        }
    }
}
