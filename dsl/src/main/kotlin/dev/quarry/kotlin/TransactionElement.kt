package dev.quarry.kotlin

import dev.quarry.jdbc.internal.JdbcTransaction
import kotlin.coroutines.AbstractCoroutineContextElement
import kotlin.coroutines.CoroutineContext
import kotlinx.coroutines.CoroutineDispatcher

/**
 * The transaction of a coroutine, carried in its context: suspend functions called inside
 * `transaction { }`, `withContext` switches and child coroutines all see it.
 *
 * @property transaction the open transaction
 * @property dispatcher the database's dispatcher, on which its JDBC calls run
 */
class TransactionElement internal constructor(
    val transaction: JdbcTransaction,
    internal val dispatcher: CoroutineDispatcher,
) : AbstractCoroutineContextElement(Key) {

    /** The context key. */
    companion object Key : CoroutineContext.Key<TransactionElement>

    override fun toString(): String = "TransactionElement(${transaction.database().name()})"
}
