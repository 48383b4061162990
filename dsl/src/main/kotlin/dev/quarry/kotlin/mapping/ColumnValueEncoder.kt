@file:OptIn(ExperimentalSerializationApi::class)

package dev.quarry.kotlin.mapping

import dev.quarry.kotlin.SerializableMappingException
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
 * Runs one property's serializer to get the single value a column stores: the primitive a value
 * class wraps, an enum constant's name, or a `@Contextual` value as it is. A property that
 * serializes to several values (a class, a list) has no single column value and fails.
 * Reused for the properties of one value; not thread-safe.
 */
internal class ColumnValueEncoder(private val plan: TablePlan) : AbstractEncoder() {
    private var element = -1
    private var encoded: Any? = null

    override val serializersModule: SerializersModule = EmptySerializersModule()

    /** What [serializer] makes of [value] for property [element]. */
    fun <T> encode(element: Int, serializer: SerializationStrategy<T>, value: T): Any? {
        this.element = element
        encoded = null
        serializer.serialize(this, value)
        return encoded
    }

    /** The error for property [element], a [descriptor] that serializes to several values. */
    fun notOneValue(element: Int, descriptor: SerialDescriptor): SerializableMappingException {
        val column = plan.column(element)
        return SerializableMappingException(
            "${plan.subject(element)} is ${withArticle(descriptor.shortName)}, written as several values, but column " +
                "${column.qualifiedName()} takes one ${column.sqlType().javaType().simpleName}; store it in a column " +
                "whose type takes ${withArticle(descriptor.shortName)} (such as a JSON column), or give it a serializer that " +
                "writes one value",
        )
    }

    override fun encodeValue(value: Any) {
        encoded = value
    }

    override fun encodeNull() {
        encoded = null
    }

    override fun encodeEnum(enumDescriptor: SerialDescriptor, index: Int) {
        encoded = enumDescriptor.getElementName(index)
    }

    override fun encodeInline(descriptor: SerialDescriptor): Encoder = this

    override fun beginStructure(descriptor: SerialDescriptor): CompositeEncoder = throw notOneValue(element, descriptor)

    override fun <T> encodeSerializableValue(serializer: SerializationStrategy<T>, value: T) {
        if (serializer.descriptor.kind == SerialKind.CONTEXTUAL) encoded = value else serializer.serialize(this, value)
    }
}
