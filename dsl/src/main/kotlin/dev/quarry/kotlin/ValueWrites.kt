package dev.quarry.kotlin

import dev.quarry.InvalidValueException
import dev.quarry.kotlin.mapping.TablePlan
import dev.quarry.sql.Condition
import dev.quarry.sql.Insert
import dev.quarry.sql.Table
import dev.quarry.sql.Update
import kotlinx.serialization.SerializationStrategy
import kotlinx.serialization.serializer

/*
 * Writes from @Serializable values. Each property is written to the column of its name as is or in
 * snake_case (`managerId` → `manager_id`); a property without a column is a
 * SerializableMappingException, a column without a property keeps its default. Values are checked
 * by their column before any SQL runs (InvalidValueException naming the property): values of the
 * column's Java type and @Contextual values are written as they are, value classes as the value
 * they wrap, enums by name into string columns, numbers converted to the column's type where exact
 * (an Int property into a bigint column). A null for an auto-increment column is left out, so the
 * database generates the value.
 */

/**
 * Inserts one row from [value], a `@Serializable` object: `Users.insertValue(UserDto(name = "Ada", age = 36))`.
 * Returns the number of rows inserted (1).
 *
 * @throws SerializableMappingException if a property has no column
 * @throws InvalidValueException if a value does not fit its column
 */
public suspend inline fun <reified V : Any> Table.insertValue(value: V): Int = insertValue(value, serializer<V>())

/** Inserts one row from [value], written by [serializer]; see the reified [insertValue]. */
public suspend fun <V : Any> Table.insertValue(value: V, serializer: SerializationStrategy<V>): Int {
    val builder = InsertBuilder(this)
    TablePlan.resolve(serializer.descriptor, this).write(serializer, value) { column, columnValue -> builder[column] = columnValue }
    val statement = builder.statement()
    return onTransaction({ "insert into ${tableName()}" }) { it.execute(statement) }
}

/**
 * Inserts one row per value, each a `@Serializable` object: `Users.insertAll(users)`. One statement,
 * or as few as the dialect's limit of bind values allows, all or nothing. Every value must write the
 * same columns (all with generated keys, or all without). Returns the number of rows inserted;
 * nothing runs for no values.
 *
 * @throws SerializableMappingException if a property has no column
 * @throws InvalidValueException if a value does not fit its column
 */
public suspend inline fun <reified V : Any> Table.insertAll(values: Iterable<V>): Int = insertAll(values, serializer<V>())

/** Inserts one row per value, each written by [serializer]; see the reified [insertAll]. */
public suspend fun <V : Any> Table.insertAll(values: Iterable<V>, serializer: SerializationStrategy<V>): Int {
    val plan = TablePlan.resolve(serializer.descriptor, this)
    val rows = values.map { value ->
        val builder = InsertBuilder(this)
        plan.write(serializer, value) { column, columnValue -> builder[column] = columnValue }
        builder.row
    }
    if (rows.isEmpty()) return 0
    val insert = Insert.into(this).addRowsOf(rows)
    return onTransaction({ "insert into ${tableName()}" }) { it.execute(insert) }
}

/**
 * Updates the rows matching [where] to the properties of [value], a `@Serializable` object:
 * `Users.update({ id eq 1L }, user)`. Columns without a property keep their values; a null key
 * (an auto-increment column) is left out. Returns the rows matched.
 *
 * @throws SerializableMappingException if a property has no column
 * @throws InvalidValueException if a value does not fit its column
 */
public suspend inline fun <T : Table, reified V : Any> T.update(noinline where: T.() -> Condition, value: V): Int =
    update(where, value, serializer<V>())

/** Updates the rows matching [where] to [value], written by [serializer]; see the reified [update]. */
public suspend fun <T : Table, V : Any> T.update(where: T.() -> Condition, value: V, serializer: SerializationStrategy<V>): Int {
    val builder = UpdateBuilder(Update.table(this))
    TablePlan.resolve(serializer.descriptor, this).write(serializer, value) { column, columnValue -> builder[column] = columnValue }
    val statement = builder.statement.where(where())
    return onTransaction({ "update of ${tableName()}" }) { it.execute(statement) }
}
