package dev.quarry.kotlin.mapping

import dev.quarry.kotlin.SerializableMappingException
import dev.quarry.sql.Column
import dev.quarry.sql.Table
import kotlinx.serialization.SerializationStrategy
import kotlinx.serialization.descriptors.SerialDescriptor

/**
 * The column of [table] that each property of a `@Serializable` class is written to: the column of
 * the property's name as is or in snake_case ([propertyTakesColumn]). Every property needs a column;
 * columns without a property are left to their defaults. Resolved once per write and used for every
 * value it writes. Immutable and safe to share between threads.
 */
internal class TablePlan private constructor(
    val descriptor: SerialDescriptor,
    private val columns: List<Column<Any?>>,
) {
    /** The column a property is written to. */
    fun column(element: Int): Column<Any?> = columns[element]

    /** `UserDto.name`, for messages. */
    fun subject(element: Int): String = "${descriptor.shortName}.${descriptor.getElementName(element)}"

    /** Writes each property of [value] to its column through [write]; see [ColumnsEncoder] for the values. */
    fun <V> write(serializer: SerializationStrategy<V>, value: V, write: (Column<Any?>, Any?) -> Unit) {
        serializer.serialize(ColumnsEncoder(this, write), value)
    }

    companion object {
        /** The plan for writing values of [descriptor]'s class to [table]. */
        fun resolve(descriptor: SerialDescriptor, table: Table): TablePlan {
            if (!descriptor.mapsByProperty) {
                throw SerializableMappingException(
                    "a row of ${table.tableName()} is written from a @Serializable class, property by property; " +
                        "${descriptor.typeName} is not one",
                )
            }
            val columns = List(descriptor.elementsCount) { element -> columnFor(descriptor, element, table) }
            columns.groupBy { it }.values.firstOrNull { it.size > 1 }?.let { same ->
                val properties = columns.indices.filter { columns[it] == same[0] }.map { descriptor.getElementName(it) }
                throw SerializableMappingException(
                    "${descriptor.shortName}.${properties.joinToString(" and ")} are all written to column " +
                        "${same[0].qualifiedName()}; a column takes one property",
                )
            }
            return TablePlan(descriptor, columns)
        }

        private fun columnFor(descriptor: SerialDescriptor, element: Int, table: Table): Column<Any?> {
            val property = descriptor.getElementName(element)
            val matching = table.columns().filter { propertyTakesColumn(property, it.name()) }
            if (matching.size != 1) {
                val found = if (matching.isEmpty()) "has no column" else "matches several columns"
                throw SerializableMappingException(
                    "${descriptor.shortName}.$property $found in table ${table.tableName()}; its columns are " +
                        table.columns().joinToString { it.name() },
                )
            }
            @Suppress("UNCHECKED_CAST")
            return matching[0] as Column<Any?>
        }
    }
}
