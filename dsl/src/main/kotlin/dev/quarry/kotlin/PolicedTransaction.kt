package dev.quarry.kotlin

import dev.quarry.jdbc.Row
import dev.quarry.jdbc.Transaction
import dev.quarry.jdbc.internal.Cursor
import dev.quarry.jdbc.internal.JdbcTransaction
import dev.quarry.policy.PolicyContext
import dev.quarry.sql.Count
import dev.quarry.sql.Insert
import dev.quarry.sql.Query
import dev.quarry.sql.Statement
import dev.quarry.sql.Table

/**
 * The transaction of a coroutine with the policy context of that coroutine: the statements of the
 * DSL's terminal operations run through it, so each is policed with the context it was called in.
 */
internal class PolicedTransaction(val transaction: JdbcTransaction, private val context: PolicyContext) {
    /** The transaction as seen through the policy context, for code written against the Java API. */
    val view: Transaction get() = transaction.withPolicyContext(context)

    fun fetch(query: Query): List<Row> = transaction.fetch(query, context)

    fun fetchOne(query: Query): Row? = view.fetchOne(query)

    fun count(query: Query): Long = transaction.count(Count(query), context)

    fun explain(query: Query, analyze: Boolean): List<String> = transaction.explain(query, analyze, context)

    fun execute(statement: Statement): Int = transaction.execute(statement, context)

    fun fetchReturning(statement: Statement): List<Row> = transaction.fetchReturning(statement, context)

    fun insertAndGetId(insert: Insert): Long = transaction.insertAndGetId(insert, context)

    fun openCursor(query: Query, fetchSize: Int): Cursor = transaction.openCursor(query, fetchSize, context)

    fun execute(sql: String, vararg parameters: Any?): Int = transaction.execute(sql, *parameters)

    fun fetch(sql: String, vararg parameters: Any?): List<Row> = transaction.fetch(sql, *parameters)

    fun openCursor(sql: String, fetchSize: Int, vararg parameters: Any?): Cursor =
        transaction.openCursor(sql, fetchSize, *parameters)

    fun createTable(table: Table) = transaction.createTable(table)

    fun createTableIfNotExists(table: Table) = transaction.createTableIfNotExists(table)
}
