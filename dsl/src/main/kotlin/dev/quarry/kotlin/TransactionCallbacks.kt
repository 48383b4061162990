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

/** The transaction of one attempt, once it has begun, for its callbacks. */
internal class AttemptSlot {
    @Volatile
    var transaction: JdbcTransaction? = null
}

/** Runs the callbacks of an attempt that ended for good, whatever happens to the calling coroutine. */
internal suspend fun runCallbacks(transaction: JdbcTransaction?, failure: Throwable?) {
    if (transaction == null) return
    val actions = transaction.takeCallbacks(failure)
    if (actions.isEmpty()) return
    val committed = transaction.isCommitted
    val database = transaction.database().name()
    withContext(NonCancellable) {
        for (action in actions) {
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
