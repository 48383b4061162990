package dev.quarry.kotlin

import dev.quarry.jdbc.Row
import dev.quarry.sql.Assignment
import dev.quarry.sql.Column
import dev.quarry.sql.Condition
import dev.quarry.sql.Delete
import dev.quarry.sql.Expression
import dev.quarry.sql.Insert
import dev.quarry.sql.InsertRow
import dev.quarry.sql.OnConflict
import dev.quarry.sql.Table
import dev.quarry.sql.Update

/** Collects the values of an inserted row: `it[name] = "Ada"`. Each value is checked against its column as it is set. */
public class InsertBuilder internal constructor(table: Table) {
    internal val row = InsertRow(table)

    /** Sets a column's value. */
    public operator fun <V> set(column: Column<V>, value: V) {
        row.set(column, value)
    }

    /** Sets a column to an expression. */
    public operator fun <V> set(column: Column<V>, value: Expression<V>) {
        row.set(column, value)
    }

    /** The one-row insert of the values set, or an insert of no values when none was set. */
    internal fun statement(): Insert {
        val empty = Insert.into(row.table())
        return if (row.isEmpty) empty else empty.addRowsOf(listOf(row))
    }
}

/** Collects the assignments of an update: `it[age] = 37`, `it[stock] = stock - 1`. */
public class UpdateBuilder internal constructor(internal var statement: Update) {
    /** Sets a column to a value. */
    public operator fun <V> set(column: Column<V>, value: V) {
        statement = statement.set(column, value)
    }

    /** Sets a column to an expression. */
    public operator fun <V> set(column: Column<V>, value: Expression<V>) {
        statement = statement.set(column, value)
    }
}

/**
 * Inserts one row: `Users.insert { it[name] = "Ada"; it[age] = 36 }`. Returns the number of rows
 * inserted (1). A null for a non-null column, a value that does not fit its column, or a missing
 * required column fails before any SQL runs.
 */
public suspend fun <T : Table> T.insert(values: T.(InsertBuilder) -> Unit): Int {
    val statement = insertStatement(values)
    return onTransaction({ "insert into ${tableName()}" }) { it.execute(statement) }
}

/** Inserts one row and returns the value the database generated for the auto-increment column. */
public suspend fun <T : Table> T.insertAndGetId(values: T.(InsertBuilder) -> Unit): Long {
    val statement = insertStatement(values)
    return onTransaction({ "insert into ${tableName()}" }) { it.insertAndGetId(statement) }
}

/**
 * Inserts one row per item:
 * `Users.insertAll(people) { row, person -> row[name] = person.name; row[age] = person.age }`.
 * One statement, or as few as the dialect's limit of bind values allows, all or nothing. Returns
 * the number of rows inserted; nothing runs for no items.
 */
public suspend fun <T : Table, E> T.insertAll(items: Iterable<E>, values: T.(InsertBuilder, E) -> Unit): Int {
    val rows = items.map { item -> InsertBuilder(this).also { values(it, item) }.row }
    if (rows.isEmpty()) return 0
    val insert = Insert.into(this).addRowsOf(rows)
    return onTransaction({ "insert into ${tableName()}" }) { it.execute(insert) }
}

/** `INSERT INTO table (columns…) query`: inserts the rows a query returns. Returns their number. */
public suspend fun <T : Table> T.insertFrom(query: RowQuery, vararg columns: Column<*>): Int {
    val statement = Insert.into(this).select(columns.toList(), query.statement)
    return onTransaction({ "insert into ${tableName()}" }) { it.execute(statement) }
}

/**
 * Inserts a row, or updates the existing row whose [conflictOn] columns (a unique key) match.
 * [onConflict] sets what the existing row becomes and may read [excluded] values; by default every
 * inserted column other than the key takes the new value. Returns the rows affected as the driver
 * counts them (MySQL and MariaDB count an update as 2).
 */
public suspend fun <T : Table> T.upsert(
    vararg conflictOn: Column<*>,
    onConflict: (T.(UpdateBuilder) -> Unit)? = null,
    values: T.(InsertBuilder) -> Unit,
): Int {
    val insert = insertStatement(values)
    val updates: List<Assignment<*>> = if (onConflict != null) {
        UpdateBuilder(Update.table(this)).also { onConflict(it) }.statement.assignments()
    } else {
        insert.valueColumns().filter { it !in conflictOn }.map { Assignment.excluded(it) }
    }
    val clause = OnConflict(conflictOn.toList(), updates.ifEmpty { null })
    val statement = insert.onConflict(clause)
    return onTransaction({ "upsert into ${tableName()}" }) { it.execute(statement) }
}

/** Inserts a row unless one with the same [conflictOn] columns (a unique key) exists. */
public suspend fun <T : Table> T.insertOrIgnore(vararg conflictOn: Column<*>, values: T.(InsertBuilder) -> Unit): Int {
    val statement = insertStatement(values).onConflict(OnConflict(conflictOn.toList(), null))
    return onTransaction({ "insert into ${tableName()}" }) { it.execute(statement) }
}

/**
 * Inserts one row and returns [returning] of it, through RETURNING (PostgreSQL, SQLite,
 * MariaDB); a clear error on MySQL.
 */
public suspend fun <T : Table> T.insertReturning(vararg returning: Expression<*>, values: T.(InsertBuilder) -> Unit): Row {
    val statement = insertStatement(values).returning(*returning)
    return onTransaction({ "insert into ${tableName()}" }) { it.fetchReturning(statement).single() }
}

/** Updates the rows matching [where]: `Users.update({ id eq 1L }) { it[age] = 37 }`. Returns the rows matched. */
public suspend fun <T : Table> T.update(where: T.() -> Condition, assignments: T.(UpdateBuilder) -> Unit): Int {
    val statement = updateStatement(assignments).where(where())
    return onTransaction({ "update of ${tableName()}" }) { it.execute(statement) }
}

/** Updates every row. Returns the number of rows. */
public suspend fun <T : Table> T.updateAll(assignments: T.(UpdateBuilder) -> Unit): Int {
    val statement = updateStatement(assignments)
    return onTransaction({ "update of ${tableName()}" }) { it.execute(statement) }
}

/** Updates the rows matching [where] and returns [returning] of each, as updated (PostgreSQL, SQLite). */
public suspend fun <T : Table> T.updateReturning(
    vararg returning: Expression<*>,
    where: T.() -> Condition,
    assignments: T.(UpdateBuilder) -> Unit,
): List<Row> {
    val statement = updateStatement(assignments).where(where()).returning(*returning)
    return onTransaction({ "update of ${tableName()}" }) { it.fetchReturning(statement) }
}

/** Deletes the rows matching [where]: `Users.deleteWhere { age lt 18 }`. Returns the number deleted. */
public suspend fun <T : Table> T.deleteWhere(where: T.() -> Condition): Int {
    val statement = Delete.from(this).where(where())
    return onTransaction({ "delete from ${tableName()}" }) { it.execute(statement) }
}

/** Deletes every row. Returns the number deleted. */
public suspend fun <T : Table> T.deleteAll(): Int = onTransaction({ "delete from ${tableName()}" }) { it.execute(Delete.from(this)) }

/** Deletes the rows matching [where] and returns [returning] of each (PostgreSQL, SQLite, MariaDB). */
public suspend fun <T : Table> T.deleteReturning(vararg returning: Expression<*>, where: T.() -> Condition): List<Row> {
    val statement = Delete.from(this).where(where()).returning(*returning)
    return onTransaction({ "delete from ${tableName()}" }) { it.fetchReturning(statement) }
}

private fun <T : Table> T.insertStatement(values: T.(InsertBuilder) -> Unit): Insert =
    InsertBuilder(this).also { values(it) }.statement()

private fun <T : Table> T.updateStatement(assignments: T.(UpdateBuilder) -> Unit): Update =
    UpdateBuilder(Update.table(this)).also { assignments(it) }.statement
