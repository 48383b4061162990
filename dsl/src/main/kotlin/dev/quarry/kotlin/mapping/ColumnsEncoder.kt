@file:OptIn(ExperimentalSerializationApi::class)

package dev.quarry.kotlin.mapping

import dev.quarry.InvalidValueException
import dev.quarry.kotlin.SerializableMappingException
import dev.quarry.sql.Column
import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.SerializationStrategy
import kotlinx.serialization.descriptors.SerialDescriptor
import kotlinx.serialization.descriptors.SerialKind
import kotlinx.serialization.encoding.AbstractEncoder
import kotlinx.serialization.encoding.CompositeEncoder
import kotlinx.serialization.encoding.Encoder
import kotlinx.serialization.modules.EmptySerializersModule
import kotlinx.serialization.modules.SerializersModule

/**
 * Writes the properties of one `@Serializable` value to the columns of its [plan], every property
 * (defaults too), each through [write], which checks it against its column:
 *
 * - a value that already is of the column's Java type (a `LocalDate`, `BigDecimal`, an enum for an
 *   enum column) and any `@Contextual` value is written as it is;
 * - any other value goes through its serializer to one primitive (a value class's `Long`, an enum's
 *   name); numbers convert to the column's Java type where exact ([ExactNumbers]);
 * - null for an auto-increment column is left out, so the database generates the value.
 *
 * A value the column rejects fails with an [InvalidValueException] that names the property.
 * Used for one value; not thread-safe.
 */
internal class ColumnsEncoder(
    private val plan: TablePlan,
    private val write: (Column<Any?>, Any?) -> Unit,
) : AbstractEncoder() {
    private var element = -1
    private val values = ColumnValueEncoder(plan)

    override val serializersModule: SerializersModule = EmptySerializersModule()

    override fun beginStructure(descriptor: SerialDescriptor): CompositeEncoder {
        if (element >= 0) throw values.notOneValue(element, descriptor)
        return this
    }

    override fun shouldEncodeElementDefault(descriptor: SerialDescriptor, index: Int): Boolean = true

    override fun encodeElement(descriptor: SerialDescriptor, index: Int): Boolean {
        element = index
        return true
    }

    override fun encodeValue(value: Any) = put(value)

    override fun encodeNull() = put(null)

    override fun encodeEnum(enumDescriptor: SerialDescriptor, index: Int) = put(enumDescriptor.getElementName(index))

    override fun encodeInline(descriptor: SerialDescriptor): Encoder = this

    override fun <T> encodeSerializableValue(serializer: SerializationStrategy<T>, value: T) {
        val javaType = plan.column(element).sqlType().javaType()
        if (javaType.isInstance(value) || serializer.descriptor.kind == SerialKind.CONTEXTUAL) {
            put(value)
        } else {
            put(values.encode(element, serializer, value))
        }
    }

    private fun put(value: Any?) {
        val column = plan.column(element)
        if (value == null && column.isAutoIncrement) return
        val converted = value?.let { ExactNumbers.convert(it, column.sqlType().javaType()) ?: it }
        try {
            write(column, converted)
        } catch (rejected: InvalidValueException) {
            throw InvalidValueException("${plan.subject(element)}: ${rejected.message}")
        }
    }
}
