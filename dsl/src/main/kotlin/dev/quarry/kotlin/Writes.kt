package dev.quarry.kotlin

import dev.quarry.sql.Column
import dev.quarry.sql.Condition
import dev.quarry.sql.Delete
import dev.quarry.sql.Expression
import dev.quarry.sql.Insert
import dev.quarry.sql.Table
import dev.quarry.sql.Update

/** Collects the values of an insert: `it[name] = "Ada"`. Each value is checked against its column as it is set. */
class InsertBuilder internal constructor(internal var statement: Insert) {
    /** Sets a column's value. */
    operator fun <V> set(column: Column<V>, value: V) {
        statement = statement.set(column, value)
    }
}

/** Collects the assignments of an update: `it[age] = 37`, `it[stock] = stock - 1`. */
class UpdateBuilder internal constructor(internal var statement: Update) {
    /** Sets a column to a value. */
    operator fun <V> set(column: Column<V>, value: V) {
        statement = statement.set(column, value)
    }

    /** Sets a column to an expression. */
    operator fun <V> set(column: Column<V>, value: Expression<V>) {
        statement = statement.set(column, value)
    }
}

/**
 * Inserts one row: `Users.insert { it[name] = "Ada"; it[age] = 36 }`. Returns the number of rows
 * inserted (1). A null for a non-null column, a value that does not fit its column, or a missing
 * required column fails before any SQL runs.
 */
suspend fun <T : Table> T.insert(values: T.(InsertBuilder) -> Unit): Int {
    val statement = insertStatement(values)
    return onTransaction("insert into ${tableName()}") { it.execute(statement) }
}

/** Inserts one row and returns the value the database generated for the auto-increment column. */
suspend fun <T : Table> T.insertAndGetId(values: T.(InsertBuilder) -> Unit): Long {
    val statement = insertStatement(values)
    return onTransaction("insert into ${tableName()}") { it.insertAndGetId(statement) }
}

/** Updates the rows matching [where]: `Users.update({ id eq 1L }) { it[age] = 37 }`. Returns the rows matched. */
suspend fun <T : Table> T.update(where: T.() -> Condition, assignments: T.(UpdateBuilder) -> Unit): Int {
    val statement = updateStatement(assignments).where(where())
    return onTransaction("update of ${tableName()}") { it.execute(statement) }
}

/** Updates every row. Returns the number of rows. */
suspend fun <T : Table> T.updateAll(assignments: T.(UpdateBuilder) -> Unit): Int {
    val statement = updateStatement(assignments)
    return onTransaction("update of ${tableName()}") { it.execute(statement) }
}

/** Deletes the rows matching [where]: `Users.deleteWhere { age lt 18 }`. Returns the number deleted. */
suspend fun <T : Table> T.deleteWhere(where: T.() -> Condition): Int {
    val statement = Delete.from(this).where(where())
    return onTransaction("delete from ${tableName()}") { it.execute(statement) }
}

/** Deletes every row. Returns the number deleted. */
suspend fun <T : Table> T.deleteAll(): Int = onTransaction("delete from ${tableName()}") { it.execute(Delete.from(this)) }

private fun <T : Table> T.insertStatement(values: T.(InsertBuilder) -> Unit): Insert =
    InsertBuilder(Insert.into(this)).also { values(it) }.statement

private fun <T : Table> T.updateStatement(assignments: T.(UpdateBuilder) -> Unit): Update =
    UpdateBuilder(Update.table(this)).also { assignments(it) }.statement
