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
public class Query<T : Any> internal constructor(
    /** The FROM table, or [NoTable] for a select without FROM. */
    public val table: T,
    override val statement: Select,
) : RowQuery() {
    override val label: String get() = if (table is Table) table.tableName() else "select"

    /** Reads from a table, keeping the selected expressions. */
    public fun <F : Table> from(table: F): Query<F> = Query(table, statement.fromTable(table))

    /** Adds a filter; several calls combine with AND. */
    public fun where(condition: T.() -> Condition): Query<T> = copy(statement.where(table.condition()))

    /** `JOIN table ON …`; the lambda's receiver is the joined table. */
    public fun <J : Table> join(joined: J, on: J.() -> Condition): Query<T> = copy(statement.join(joined, joined.on()))

    /** `LEFT JOIN table ON …`: the joined columns are NULL where nothing matches. */
    public fun <J : Table> leftJoin(joined: J, on: J.() -> Condition): Query<T> = copy(statement.leftJoin(joined, joined.on()))

    /** `RIGHT JOIN table ON …`. */
    public fun <J : Table> rightJoin(joined: J, on: J.() -> Condition): Query<T> = copy(statement.rightJoin(joined, joined.on()))

    /** `FULL JOIN table ON …`; a clear error on MySQL/MariaDB. */
    public fun <J : Table> fullJoin(joined: J, on: J.() -> Condition): Query<T> = copy(statement.fullJoin(joined, joined.on()))

    /** `CROSS JOIN table`. */
    public fun crossJoin(joined: Table): Query<T> = copy(statement.crossJoin(joined))

    /** `GROUP BY expressions…`. */
    public fun groupBy(vararg expressions: Expression<*>): Query<T> = copy(statement.groupBy(*expressions))

    /** Adds a group filter; several calls combine with AND. */
    public fun having(condition: T.() -> Condition): Query<T> = copy(statement.having(table.condition()))

    /** Removes duplicate rows. */
    public fun distinct(): Query<T> = copy(statement.distinct())

    /** PostgreSQL's DISTINCT ON; a clear error on other dialects. */
    public fun distinctOn(vararg expressions: Expression<*>): Query<T> = copy(statement.distinctOn(*expressions))

    /** Appends sort keys: `orderBy(Users.age.desc(), Users.name.asc())`. */
    public fun orderBy(vararg keys: Order): Query<T> = copy(statement.orderBy(*keys))

    /** Appends ascending sort keys. */
    public fun orderBy(vararg expressions: Expression<*>): Query<T> = copy(statement.orderBy(expressions.map { it.asc() }))

    /** At most [count] rows. */
    public fun limit(count: Long): Query<T> = copy(statement.limit(count))

    /** Skips the first [count] rows. */
    public fun offset(count: Long): Query<T> = copy(statement.offset(count))

    /** `FOR UPDATE`; a clear error on SQLite. */
    public fun forUpdate(): Query<T> = copy(statement.forUpdate())

    /** `FOR SHARE`; a clear error on SQLite. */
    public fun forShare(): Query<T> = copy(statement.forShare())

    /** Fails at once instead of waiting for locked rows. */
    public fun noWait(): Query<T> = copy(statement.noWait())

    /** Leaves out rows locked by others. */
    public fun skipLocked(): Query<T> = copy(statement.skipLocked())

    /** Keyset pagination: the rows after these values of the sort keys (non-null columns, a unique one last). */
    public fun seekAfter(vararg lastValues: Any): Query<T> = copy(statement.seekAfter(*lastValues))

    /** Keyset pagination after a row this query returned. */
    public fun seekAfter(lastRow: Row): Query<T> = copy(statement.seekAfter(lastRow.sortKeyValues(statement.orderBy())))

    private fun copy(changed: Select): Query<T> = Query(table, changed)
}

/** The "table" of a select without FROM, such as `select(currentTimestamp())`. */
public object NoTable

/** Rows of this table that match [where]: `Users.select { age gte 18 }`. */
public fun <T : Table> T.select(where: T.() -> Condition): Query<T> = Query(this, Select.from(this).where(where()))

/** Every row of this table. */
public fun <T : Table> T.selectAll(): Query<T> = Query(this, Select.from(this))

/** These expressions of every row: `Users.select(Users.id, Users.name).where { age gte 18 }`. */
public fun <T : Table> T.select(vararg expressions: Expression<*>): Query<T> =
    Query(this, Select.from(this).columns(*expressions))

/** These expressions, with a FROM table to come: `select(Users.name, count()).from(Users)`. */
public fun select(vararg expressions: Expression<*>): Query<NoTable> = Query(NoTable, Select.of(*expressions))
