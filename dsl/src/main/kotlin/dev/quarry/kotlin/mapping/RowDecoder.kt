@file:OptIn(ExperimentalSerializationApi::class)

package dev.quarry.kotlin.mapping

import dev.quarry.jdbc.Row
import dev.quarry.kotlin.SerializableMappingException
import kotlinx.serialization.DeserializationStrategy
import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.descriptors.SerialDescriptor
import kotlinx.serialization.encoding.AbstractDecoder
import kotlinx.serialization.encoding.CompositeDecoder
import kotlinx.serialization.encoding.Decoder
import kotlinx.serialization.modules.EmptySerializersModule
import kotlinx.serialization.modules.SerializersModule

/**
 * Decodes rows into [T] by the [plan] resolved for their query: each property reads the row value
 * at its planned position, so a row costs no lookups by name and no allocation beyond the decoded
 * object. Properties whose column is absent keep their defaults (they are skipped by
 * [decodeElementIndex]).
 *
 * Mutable and reused for the rows of one result or flow; not thread-safe.
 */
internal class RowDecoder<T>(
    private val plan: RowPlan,
    private val deserializer: DeserializationStrategy<T>,
) : CompositeDecoder {
    private val values = ColumnValueDecoder(plan)
    private var row: Row? = null
    private var nextElement = 0

    /** What the class's deserializer starts from: a decoder whose structure is this row. */
    private val entry = object : AbstractDecoder() {
        override val serializersModule: SerializersModule get() = this@RowDecoder.serializersModule

        override fun beginStructure(descriptor: SerialDescriptor): CompositeDecoder = this@RowDecoder.also { nextElement = 0 }

        override fun decodeElementIndex(descriptor: SerialDescriptor): Int = CompositeDecoder.DECODE_DONE
    }

    override val serializersModule: SerializersModule = EmptySerializersModule()

    /** Decodes the properties that take an included relation's rows, for the row being decoded. */
    var related: RelatedElements? = null

    /** The row as a [T]. */
    fun decode(row: Row): T {
        check(row.size() == plan.columnCount) { "a row of ${row.size()} columns for a plan of ${plan.columnCount}" }
        this.row = row
        try {
            return if (plan.isSingleColumn) {
                values.at(-1, row.get(0)).decodeSerializableValue(deserializer)
            } else {
                deserializer.deserialize(entry)
            }
        } catch (failure: ClassCastException) {
            throw SerializableMappingException(
                "a value of the row does not fit its property of ${plan.descriptor.shortName}: ${failure.message}", failure,
            )
        } finally {
            this.row = null
        }
    }

    private fun valueOf(element: Int): Any? = row!!.get(plan.position(element))

    private fun present(element: Int): ColumnValueDecoder =
        values.at(element, valueOf(element) ?: throw plan.nullFor(element))

    override fun decodeSequentially(): Boolean = plan.decodesSequentially

    override fun decodeElementIndex(descriptor: SerialDescriptor): Int {
        while (nextElement < plan.propertyCount) {
            val element = nextElement++
            if (plan.position(element) >= 0 || plan.isRelation(element)) return element
        }
        return CompositeDecoder.DECODE_DONE
    }

    override fun endStructure(descriptor: SerialDescriptor) = Unit

    override fun decodeBooleanElement(descriptor: SerialDescriptor, index: Int): Boolean = present(index).decodeBoolean()

    override fun decodeByteElement(descriptor: SerialDescriptor, index: Int): Byte = present(index).decodeByte()

    override fun decodeCharElement(descriptor: SerialDescriptor, index: Int): Char = present(index).decodeChar()

    override fun decodeShortElement(descriptor: SerialDescriptor, index: Int): Short = present(index).decodeShort()

    override fun decodeIntElement(descriptor: SerialDescriptor, index: Int): Int = present(index).decodeInt()

    override fun decodeLongElement(descriptor: SerialDescriptor, index: Int): Long = present(index).decodeLong()

    override fun decodeFloatElement(descriptor: SerialDescriptor, index: Int): Float = present(index).decodeFloat()

    override fun decodeDoubleElement(descriptor: SerialDescriptor, index: Int): Double = present(index).decodeDouble()

    override fun decodeStringElement(descriptor: SerialDescriptor, index: Int): String = present(index).decodeString()

    override fun decodeInlineElement(descriptor: SerialDescriptor, index: Int): Decoder = present(index)

    override fun <V> decodeSerializableElement(
        descriptor: SerialDescriptor,
        index: Int,
        deserializer: DeserializationStrategy<V>,
        previousValue: V?,
    ): V = if (plan.isRelation(index)) {
        related!!.decode(index, deserializer, nullable = false)
    } else {
        values.at(index, valueOf(index)).decodeSerializableValue(deserializer)
    }

    override fun <V : Any> decodeNullableSerializableElement(
        descriptor: SerialDescriptor,
        index: Int,
        deserializer: DeserializationStrategy<V?>,
        previousValue: V?,
    ): V? {
        if (plan.isRelation(index)) return related!!.decode(index, deserializer, nullable = true)
        val value = valueOf(index) ?: return null
        return values.at(index, value).decodeSerializableValue(deserializer)
    }
}

/** Decodes the properties of a row's class that take the rows of an included relation. */
internal interface RelatedElements {
    /** The value of property [element] from its related rows; null only where [nullable] allows and there are none. */
    fun <V> decode(element: Int, deserializer: DeserializationStrategy<V>, nullable: Boolean): V
}
