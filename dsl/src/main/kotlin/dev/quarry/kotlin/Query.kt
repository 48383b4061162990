package dev.quarry.kotlin

import dev.quarry.dialect.Dialect
import dev.quarry.jdbc.Row
import dev.quarry.jdbc.TooManyRowsException
import dev.quarry.render.RenderedSql
import dev.quarry.sql.Condition
import dev.quarry.sql.Expression
import dev.quarry.sql.Order
import dev.quarry.sql.Select
import dev.quarry.sql.Table

/**
 * A select over [table], built immutably and run by its suspend terminal operations inside
 * `transaction { }`:
 *
 * ```
 * Users.select { age gte 18 }.orderBy(Users.name).limit(10).toList()
 * ```
 *
 * Every builder method returns a new query; a query can be kept and run many times.
 */
class Query<T : Table> internal constructor(
    /** The table read; the receiver of [where] lambdas. */
    val table: T,
    /** The engine statement this query runs. */
    val statement: Select,
) {
    /** Adds a filter; several calls combine with AND. */
    fun where(condition: T.() -> Condition): Query<T> = Query(table, statement.where(table.condition()))

    /** Appends sort keys: `orderBy(Users.age.desc(), Users.name.asc())`. */
    fun orderBy(vararg keys: Order): Query<T> = Query(table, statement.orderBy(*keys))

    /** Appends ascending sort keys. */
    fun orderBy(vararg expressions: Expression<*>): Query<T> =
        Query(table, statement.orderBy(expressions.map { it.asc() }))

    /** At most [count] rows. */
    fun limit(count: Long): Query<T> = Query(table, statement.limit(count))

    /** Skips the first [count] rows. */
    fun offset(count: Long): Query<T> = Query(table, statement.offset(count))

    /** The SQL and binds of this query for a dialect. */
    fun toSql(dialect: Dialect): RenderedSql = statement.toSql(dialect)

    /** All matching rows. */
    suspend fun toList(): List<Row> = onTransaction("${table.tableName()} query toList()") { it.fetch(statement) }

    /**
     * The only matching row.
     *
     * @throws NoSuchElementException if no row matches
     * @throws TooManyRowsException if more than one matches
     */
    suspend fun single(): Row = onTransaction("${table.tableName()} query single()") {
        it.fetchOne(statement) ?: throw NoSuchElementException("no row of ${table.tableName()} matches")
    }

    /** The first matching row in the query's order, or null. */
    suspend fun firstOrNull(): Row? =
        onTransaction("${table.tableName()} query firstOrNull()") { it.fetch(statement.limit(1)).firstOrNull() }

    /** The number of matching rows. */
    suspend fun count(): Long = onTransaction("${table.tableName()} query count()") { it.count(statement) }

    override fun toString(): String = "Query($statement)"
}

/** Rows of this table that match [where]: `Users.select { age gte 18 }`. */
fun <T : Table> T.select(where: T.() -> Condition): Query<T> = Query(this, Select.from(this).where(where()))

/** Every row of this table. */
fun <T : Table> T.selectAll(): Query<T> = Query(this, Select.from(this))

/** These expressions of every row: `Users.select(Users.id, Users.name).where { age gte 18 }`. */
fun <T : Table> T.select(vararg expressions: Expression<*>): Query<T> =
    Query(this, Select.from(this).columns(*expressions))
