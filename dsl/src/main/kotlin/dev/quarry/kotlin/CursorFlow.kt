package dev.quarry.kotlin

import dev.quarry.jdbc.Row
import dev.quarry.jdbc.internal.Cursor
import kotlinx.coroutines.NonCancellable
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow
import kotlinx.coroutines.withContext

/**
 * The rows of a cursor [open] opens in the collecting coroutine's transaction, read [fetchSize] at
 * a time; the cursor is closed when collection ends, however it ends. [operation] names the query
 * for the error outside a transaction.
 */
internal fun cursorFlow(operation: String, fetchSize: Int, open: (PolicedTransaction) -> Cursor): Flow<Row> = flow {
    val transaction = currentCoroutineContext()[TransactionElement]?.transaction ?: throw NoTransactionException(operation)
    val cursor = onTransaction({ operation }) { open(it) }
    try {
        while (true) {
            val batch = onTransaction({ operation }) { transaction.read(cursor, fetchSize) }
            if (batch.isEmpty()) break
            for (row in batch) emit(row)
        }
    } finally {
        withContext(NonCancellable) { onTransaction({ operation }) { transaction.closeCursor(cursor) } }
    }
}
