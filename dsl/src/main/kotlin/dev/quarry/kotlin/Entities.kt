package dev.quarry.kotlin

import dev.quarry.jdbc.Row
import dev.quarry.jdbc.StaleRowException
import dev.quarry.jdbc.internal.RowLayout
import dev.quarry.kotlin.mapping.RowDecoder
import dev.quarry.kotlin.mapping.RowPlan
import dev.quarry.kotlin.mapping.TablePlan
import dev.quarry.sql.Column
import dev.quarry.sql.EntityStatements
import kotlinx.serialization.KSerializer
import kotlinx.serialization.serializer

// Rows read and written as @Serializable entities by primary key, composite keys included. With a
// version column (`long("version").version()`), update and delete check that the row still has the
// entity's version, an update increments it, and a stale entity fails with StaleRowException naming
// the table and key, writing nothing. An insert returns the entity as stored, with the key the
// database generated when the entity leaves an auto-increment key null. All are ordinary statements
// in the caller's transaction.

/** The row of this key (its values in key order) as an [E], or null: `Books.findById<Book>(10L)`. */
public suspend inline fun <reified E : Any> Table.findById(vararg key: Any): E? = findById(serializer<E>(), *key)

/** The row of this key decoded by [serializer], or null. */
public suspend fun <E : Any> Table.findById(serializer: KSerializer<E>, vararg key: Any): E? =
    selectAll().where { EntityStatements.keyEquals(this, key.toList()) }.into(serializer).firstOrNull()

/** The rows of these keys (single values, or lists of values for composite keys), in key order. */
public suspend inline fun <reified E : Any> Table.findByIds(keys: List<Any>): List<E> = findByIds(serializer<E>(), keys)

/** The rows of these keys decoded by [serializer], in key order. */
public suspend fun <E : Any> Table.findByIds(serializer: KSerializer<E>, keys: List<Any>): List<E> {
    if (keys.isEmpty()) return emptyList()
    val lists = keys.map { if (it is List<*>) it else listOf(it) }
    val order = EntityStatements.keyColumns(this).map { it.asc() }.toTypedArray()
    val perStatement = maxOf(1, (currentTransaction().dialect().maxBindParameters() - 1) / lists[0].size)
    return lists.chunked(perStatement).flatMap { batch ->
        selectAll().where { EntityStatements.keyIn(this, batch) }.orderBy(*order).into(serializer).toList()
    }
}

/**
 * Inserts [entity]'s row, its properties written as [insertValue] writes them: `Books.insertEntity(book)`.
 * (Named apart from `insert { … }`, whose lambda would otherwise match an entity's type parameter.)
 * Returns the entity as stored: when the table's key is one auto-increment column and the entity
 * leaves it null, a copy with the key the database generated; otherwise the entity itself. A version
 * column is written as the entity gives it.
 *
 * @throws SerializableMappingException if a property has no column
 * @throws dev.quarry.InvalidValueException if a value does not fit its column
 */
public suspend inline fun <reified E : Any> Table.insertEntity(entity: E): E = insertEntity(entity, serializer<E>())

/** Inserts [entity]'s row, written by [serializer]; see the reified [insertEntity]. */
public suspend fun <E : Any> Table.insertEntity(entity: E, serializer: KSerializer<E>): E {
    val plan = TablePlan.resolve(serializer.descriptor, this)
    val builder = InsertBuilder(this)
    val values = HashMap<Column<*>, Any?>()
    plan.write(serializer, entity) { column, value ->
        builder[column] = value
        values[column] = value
    }
    val statement = builder.statement()
    val columns = List(serializer.descriptor.elementsCount) { plan.column(it) }
    val key = EntityStatements.keyColumns(this).singleOrNull()?.takeIf { it.isAutoIncrement && it in columns && it !in values }
    if (key == null) {
        onTransaction({ "insert into ${tableName()}" }) { it.execute(statement) }
        return entity
    }
    val generated = onTransaction({ "insert into ${tableName()}" }) { it.insertAndGetId(statement) }
    values[key] = if (key.sqlType().javaType() == Integer::class.javaObjectType) Math.toIntExact(generated) else generated
    val row = Row(RowLayout(columns), Array(columns.size) { values[columns[it]] })
    return RowDecoder(RowPlan.resolve(serializer.descriptor, columns), serializer).decode(row)
}

/**
 * Updates [entity]'s row to its properties; with a version column, only if the row still has the
 * entity's version, and returns the entity with the incremented version.
 *
 * @throws StaleRowException naming the table and key if no row has the key (and version)
 */
public suspend inline fun <reified E : Any> Table.update(entity: E): E = update(entity, serializer<E>())

/** Updates [entity]'s row, written by [serializer]; see the reified [update]. */
public suspend fun <E : Any> Table.update(entity: E, serializer: KSerializer<E>): E {
    val values = valuesOf(entity, serializer)
    val statement = EntityStatements.update(this, values)
    val updated = onTransaction({ "update of ${tableName()}" }) { it.execute(statement) }
    if (updated == 0) throw stale(values)
    val version = versionColumn() ?: return entity
    val columns = values.keys.toList()
    val row = Row(RowLayout(columns), Array(columns.size) { index ->
        val value = values[columns[index]]
        if (columns[index] == version) EntityStatements.nextVersion(value!!) else value
    })
    return RowDecoder(RowPlan.resolve(serializer.descriptor, columns), serializer).decode(row)
}

/**
 * Deletes [entity]'s row; with a version column, only if the row still has the entity's version.
 *
 * @throws StaleRowException naming the table and key if no row has the key (and version)
 */
public suspend inline fun <reified E : Any> Table.delete(entity: E): Unit = delete(entity, serializer<E>())

/** Deletes [entity]'s row, its key written by [serializer]; see the reified [delete]. */
public suspend fun <E : Any> Table.delete(entity: E, serializer: KSerializer<E>) {
    val values = valuesOf(entity, serializer)
    val statement = EntityStatements.delete(this, values)
    if (onTransaction({ "delete from ${tableName()}" }) { it.execute(statement) } == 0) throw stale(values)
}

/** Deletes the row of this key, whatever its version; returns whether there was one. */
public suspend fun Table.deleteById(vararg key: Any): Boolean {
    val condition = EntityStatements.keyEquals(this, key.toList())
    return deleteWhere { condition } > 0
}

private fun <E : Any> Table.valuesOf(entity: E, serializer: KSerializer<E>): Map<Column<*>, Any?> {
    val values = LinkedHashMap<Column<*>, Any?>()
    TablePlan.resolve(serializer.descriptor, this).write(serializer, entity) { column, value -> values[column] = value }
    return values
}

private fun Table.stale(values: Map<Column<*>, Any?>): StaleRowException =
    StaleRowException(tableName(), EntityStatements.keyOf(this, values), versionColumn()?.let { values[it] })
