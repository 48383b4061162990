package dev.quarry.kotlin

import dev.quarry.jdbc.Row
import dev.quarry.sql.Condition
import dev.quarry.sql.Expression
import dev.quarry.sql.Order
import dev.quarry.sql.Select
import dev.quarry.sql.Table

/**
 * A select whose FROM table is [table], built immutably and run by its suspend terminal
 * operations inside `transaction { }`:
 *
 * ```
 * Users.select { age gte 18 }.orderBy(Users.name).limit(10).toList()
 * select(Users.name, count()).from(Users).leftJoin(Posts) { userId eq Users.id }.groupBy(Users.name).toList()
 * ```
 *
 * Lambdas given to [where] have the FROM table as receiver; lambdas given to joins have the joined
 * table. Every builder method returns a new query; a query can be kept and run many times.
 */
class Query<T : Any> internal constructor(
    /** The FROM table, or [NoTable] for a select without FROM. */
    val table: T,
    override val statement: Select,
) : RowQuery() {
    override val label: String get() = if (table is Table) table.tableName() else "select"

    /** Reads from a table, keeping the selected expressions. */
    fun <F : Table> from(table: F): Query<F> = Query(table, statement.fromTable(table))

    /** Adds a filter; several calls combine with AND. */
    fun where(condition: T.() -> Condition): Query<T> = copy(statement.where(table.condition()))

    /** `JOIN table ON …`; the lambda's receiver is the joined table. */
    fun <J : Table> join(joined: J, on: J.() -> Condition): Query<T> = copy(statement.join(joined, joined.on()))

    /** `LEFT JOIN table ON …`: the joined columns are NULL where nothing matches. */
    fun <J : Table> leftJoin(joined: J, on: J.() -> Condition): Query<T> = copy(statement.leftJoin(joined, joined.on()))

    /** `RIGHT JOIN table ON …`. */
    fun <J : Table> rightJoin(joined: J, on: J.() -> Condition): Query<T> = copy(statement.rightJoin(joined, joined.on()))

    /** `FULL JOIN table ON …`; a clear error on MySQL/MariaDB. */
    fun <J : Table> fullJoin(joined: J, on: J.() -> Condition): Query<T> = copy(statement.fullJoin(joined, joined.on()))

    /** `CROSS JOIN table`. */
    fun crossJoin(joined: Table): Query<T> = copy(statement.crossJoin(joined))

    /** `GROUP BY expressions…`. */
    fun groupBy(vararg expressions: Expression<*>): Query<T> = copy(statement.groupBy(*expressions))

    /** Adds a group filter; several calls combine with AND. */
    fun having(condition: T.() -> Condition): Query<T> = copy(statement.having(table.condition()))

    /** Removes duplicate rows. */
    fun distinct(): Query<T> = copy(statement.distinct())

    /** PostgreSQL's DISTINCT ON; a clear error on other dialects. */
    fun distinctOn(vararg expressions: Expression<*>): Query<T> = copy(statement.distinctOn(*expressions))

    /** Appends sort keys: `orderBy(Users.age.desc(), Users.name.asc())`. */
    fun orderBy(vararg keys: Order): Query<T> = copy(statement.orderBy(*keys))

    /** Appends ascending sort keys. */
    fun orderBy(vararg expressions: Expression<*>): Query<T> = copy(statement.orderBy(expressions.map { it.asc() }))

    /** At most [count] rows. */
    fun limit(count: Long): Query<T> = copy(statement.limit(count))

    /** Skips the first [count] rows. */
    fun offset(count: Long): Query<T> = copy(statement.offset(count))

    /** `FOR UPDATE`; a clear error on SQLite. */
    fun forUpdate(): Query<T> = copy(statement.forUpdate())

    /** `FOR SHARE`; a clear error on SQLite. */
    fun forShare(): Query<T> = copy(statement.forShare())

    /** Fails at once instead of waiting for locked rows. */
    fun noWait(): Query<T> = copy(statement.noWait())

    /** Leaves out rows locked by others. */
    fun skipLocked(): Query<T> = copy(statement.skipLocked())

    /** Keyset pagination: the rows after these values of the sort keys (non-null columns, a unique one last). */
    fun seekAfter(vararg lastValues: Any): Query<T> = copy(statement.seekAfter(*lastValues))

    /** Keyset pagination after a row this query returned. */
    fun seekAfter(lastRow: Row): Query<T> = copy(statement.seekAfter(lastRow.sortKeyValues(statement.orderBy())))

    private fun copy(changed: Select): Query<T> = Query(table, changed)
}

/** The "table" of a select without FROM, such as `select(currentTimestamp())`. */
object NoTable

/** Rows of this table that match [where]: `Users.select { age gte 18 }`. */
fun <T : Table> T.select(where: T.() -> Condition): Query<T> = Query(this, Select.from(this).where(where()))

/** Every row of this table. */
fun <T : Table> T.selectAll(): Query<T> = Query(this, Select.from(this))

/** These expressions of every row: `Users.select(Users.id, Users.name).where { age gte 18 }`. */
fun <T : Table> T.select(vararg expressions: Expression<*>): Query<T> =
    Query(this, Select.from(this).columns(*expressions))

/** These expressions, with a FROM table to come: `select(Users.name, count()).from(Users)`. */
fun select(vararg expressions: Expression<*>): Query<NoTable> = Query(NoTable, Select.of(*expressions))
