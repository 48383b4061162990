package dev.quarry.kotlin

import dev.quarry.dialect.Dialect
import dev.quarry.jdbc.Row
import dev.quarry.jdbc.TooManyRowsException
import dev.quarry.render.RenderedSql
import dev.quarry.sql.Condition
import dev.quarry.sql.Cte
import dev.quarry.sql.DerivedTable
import dev.quarry.sql.Expression
import dev.quarry.sql.Select
import dev.quarry.sql.SetQuery
import kotlinx.coroutines.flow.Flow

/**
 * A query that returns rows: a [Query] or a [CombinedQuery]. Its terminal operations suspend and
 * run inside `transaction { }`; it can also be combined with others, used as a subquery, a table
 * in FROM or a CTE. Immutable.
 */
public sealed class RowQuery {
    /** The engine statement this query runs. */
    public abstract val statement: dev.quarry.sql.Query

    internal abstract val label: String

    /** All rows. */
    public suspend fun toList(): List<Row> = onTransaction({ "$label query toList()" }) { it.fetch(statement) }

    /**
     * The only row.
     *
     * @throws NoSuchElementException if there is none
     * @throws TooManyRowsException if there are more
     */
    public suspend fun single(): Row = onTransaction({ "$label query single()" }) {
        it.fetchOne(statement) ?: throw NoSuchElementException("the $label query returned no row")
    }

    /** The first row in the query's order, or null. */
    public suspend fun firstOrNull(): Row? = onTransaction({ "$label query firstOrNull()" }) { transaction ->
        val first = when (val query = statement) {
            is Select -> query.limit(1)
            is SetQuery -> query.limit(1)
        }
        transaction.fetch(first).firstOrNull()
    }

    /** The number of rows. */
    public suspend fun count(): Long = onTransaction({ "$label query count()" }) { it.count(statement) }

    /**
     * The rows as a flow read [fetchSize] at a time, without holding them all in memory: the
     * driver streams them (a cursor on PostgreSQL, streaming on MySQL/MariaDB, stepping on SQLite).
     * Collect it inside the `transaction { }` it reads; collecting it elsewhere fails with
     * [NoTransactionException]. Other statements may run between rows.
     */
    public fun asFlow(fetchSize: Int = 500): Flow<Row> =
        cursorFlow("$label query asFlow()", fetchSize) { it.openCursor(statement, fetchSize) }

    /**
     * The database's plan for this query, bound with its values, one line of text per line or row of
     * the plan (`EXPLAIN`, SQLite's `EXPLAIN QUERY PLAN`). With [analyze] the query runs and the plan
     * tells what each step really cost (`EXPLAIN ANALYZE` on PostgreSQL and MySQL, `ANALYZE` on
     * MariaDB); SQLite has no such form and fails with [dev.quarry.UnsupportedFeatureException]
     * before the statement is sent. The text is the database's own, to be read rather than parsed.
     */
    public suspend fun explain(analyze: Boolean = false): List<String> =
        onTransaction({ "$label query explain()" }) { it.explain(statement, analyze) }

    /** The SQL and binds of this query for a dialect. */
    public fun toSql(dialect: Dialect): RenderedSql = statement.toSql(dialect)

    /** `this UNION other`. */
    public infix fun union(other: RowQuery): CombinedQuery = CombinedQuery(statement.union(other.statement))

    /** `this UNION ALL other`. */
    public infix fun unionAll(other: RowQuery): CombinedQuery = CombinedQuery(statement.unionAll(other.statement))

    /** `this INTERSECT other`. */
    public infix fun intersect(other: RowQuery): CombinedQuery = CombinedQuery(statement.intersect(other.statement))

    /** `this EXCEPT other`. */
    public infix fun except(other: RowQuery): CombinedQuery = CombinedQuery(statement.except(other.statement))

    /** This query as a table in FROM; read its columns with `table[expression]`. */
    public fun asTable(name: String): DerivedTable = statement.asTable(name)

    /** This query as a CTE, defined in the WITH clause of any statement that reads it. */
    public fun asCte(name: String): Cte = statement.asCte(name)

    /** This one-column query as a value: `Posts.select(count()).where { … }.asValue<Long>()`. */
    public fun <V> asValue(): Expression<V> = statement.asValue()

    override fun toString(): String = "${this::class.simpleName}($statement)"
}

/** Combined queries (UNION, INTERSECT, EXCEPT), ordered and limited as a whole. */
public class CombinedQuery internal constructor(override val statement: SetQuery) : RowQuery() {
    override val label: String get() = "combined"

    /** Orders the combined rows; each key must be one of the selected expressions. */
    public fun orderBy(vararg keys: dev.quarry.sql.Order): CombinedQuery = CombinedQuery(statement.orderBy(*keys))

    public fun limit(count: Long): CombinedQuery = CombinedQuery(statement.limit(count))

    public fun offset(count: Long): CombinedQuery = CombinedQuery(statement.offset(count))
}

/** `EXISTS (query)`. */
public fun exists(query: RowQuery): Condition = Condition.exists(query.statement)

/** `NOT EXISTS (query)`. */
public fun notExists(query: RowQuery): Condition = Condition.notExists(query.statement)

/** `this IN (query)`; the query selects one column. */
public infix fun <T> Expression<T>.inList(query: RowQuery): Condition = this.`in`(query.statement)

/** `this NOT IN (query)`. */
public infix fun <T> Expression<T>.notInList(query: RowQuery): Condition = this.notIn(query.statement)
