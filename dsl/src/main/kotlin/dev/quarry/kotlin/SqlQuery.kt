package dev.quarry.kotlin

import dev.quarry.jdbc.Row
import dev.quarry.jdbc.TooManyRowsException
import dev.quarry.kotlin.mapping.RowDecoder
import dev.quarry.kotlin.mapping.RowPlan
import kotlinx.coroutines.flow.Flow
import kotlinx.serialization.DeserializationStrategy
import kotlinx.serialization.serializer

/**
 * A query written by hand, for what the query language does not cover:
 * `sqlQuery("SELECT title, similarity(title, ?) AS score FROM books", "dune").toList()`. Its rows
 * are read by the columns' labels (`row["score"]`, `row.get("score", Double::class.java)`) or
 * decoded into `@Serializable` classes by name (`toList<Scored>()`).
 *
 * [parameters] are bound in order, never written into the text; a value of a class the query
 * language has a type for (`LocalDate`, `Instant`, `UUID`, `BigDecimal` …) is bound the way the
 * dialect stores that type. Dates, times and bytes are read as the dialect stores them, other
 * columns as the driver reads them; decoding converts numbers and ISO text to a property's type
 * where nothing is lost. Immutable; its terminal operations run inside `transaction { }`.
 */
public class SqlQuery internal constructor(
    /** The SQL text, as written. */
    public val sql: String,
    /** The parameters, in order. */
    public val parameters: List<Any?>,
) {
    /** All rows. */
    public suspend fun toList(): List<Row> =
        onTransaction({ "sqlQuery toList()" }) { it.fetch(sql, *parameters.toTypedArray()) }

    /**
     * The only row.
     *
     * @throws NoSuchElementException if there is none
     * @throws TooManyRowsException if there are more
     */
    public suspend fun single(): Row = atMostOne(toList()) ?: throw NoSuchElementException("the query returned no row: $sql")

    /**
     * The only row, or null.
     *
     * @throws TooManyRowsException if there are more
     */
    public suspend fun singleOrNull(): Row? = atMostOne(toList())

    /**
     * The rows as a flow read [fetchSize] at a time, without holding them all in memory; collect it
     * inside the `transaction { }` it reads (see [RowQuery.asFlow]).
     */
    public fun asFlow(fetchSize: Int = 500): Flow<Row> =
        cursorFlow("sqlQuery asFlow()", fetchSize) { it.openCursor(sql, fetchSize, *parameters.toTypedArray()) }

    /**
     * All rows decoded into [T] by [deserializer], property by column label as [MappedQuery] maps
     * them; the mapping is checked against the first row's columns.
     */
    public suspend fun <T> toList(deserializer: DeserializationStrategy<T>): List<T> {
        val rows = toList()
        if (rows.isEmpty()) return emptyList()
        val decoder = RowDecoder(RowPlan.resolve(deserializer.descriptor, rows.first().expressions()), deserializer)
        return rows.map(decoder::decode)
    }

    private fun atMostOne(rows: List<Row>): Row? {
        if (rows.size > 1) throw TooManyRowsException("expected at most one row but the query returned ${rows.size}: $sql")
        return rows.firstOrNull()
    }

    override fun toString(): String = "SqlQuery($sql)"
}

/** A query written by hand with its parameters; see [SqlQuery]. */
public fun sqlQuery(sql: String, vararg parameters: Any?): SqlQuery = SqlQuery(sql, parameters.toList())

/** All rows of a query written by hand, decoded into `@Serializable` [T] by column label. */
public suspend inline fun <reified T> SqlQuery.toList(): List<T> = toList(serializer<T>())

/**
 * Marks the current transaction to roll back when it ends, without an exception: the block goes
 * on and returns its result, and nothing it wrote is committed. A joined nested `transaction { }`
 * is the same transaction, so marking it from there rolls back the outer work too.
 *
 * @throws NoTransactionException outside `transaction { }`
 */
public suspend fun setRollbackOnly() {
    currentTransaction().setRollbackOnly()
}
