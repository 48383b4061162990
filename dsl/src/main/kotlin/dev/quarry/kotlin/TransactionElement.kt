package dev.quarry.kotlin

import dev.quarry.jdbc.internal.JdbcTransaction
import kotlin.coroutines.AbstractCoroutineContextElement
import kotlin.coroutines.ContinuationInterceptor
import kotlin.coroutines.CoroutineContext

/**
 * The transaction of a coroutine, carried in its context: suspend functions called inside
 * `transaction { }`, `withContext` switches and child coroutines all see it.
 *
 * @property transaction the open transaction
 * @property interceptor the dispatcher its JDBC calls run on; null runs them wherever the caller is
 */
public class TransactionElement internal constructor(
    public val transaction: JdbcTransaction,
    internal val interceptor: ContinuationInterceptor?,
) : AbstractCoroutineContextElement(Key) {

    /** The context key. */
    public companion object Key : CoroutineContext.Key<TransactionElement>

    override fun toString(): String = "TransactionElement(${transaction.database().name()})"
}
