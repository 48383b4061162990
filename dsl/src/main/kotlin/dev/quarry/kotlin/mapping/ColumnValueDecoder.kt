@file:OptIn(ExperimentalSerializationApi::class)

package dev.quarry.kotlin.mapping

import dev.quarry.jdbc.internal.ExactConversions
import dev.quarry.kotlin.SerializableMappingException
import kotlinx.serialization.DeserializationStrategy
import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.descriptors.SerialDescriptor
import kotlinx.serialization.descriptors.SerialKind
import kotlinx.serialization.descriptors.capturedKClass
import kotlinx.serialization.descriptors.elementNames
import kotlinx.serialization.encoding.AbstractDecoder
import kotlinx.serialization.encoding.CompositeDecoder
import kotlinx.serialization.encoding.Decoder
import kotlinx.serialization.modules.EmptySerializersModule
import kotlinx.serialization.modules.SerializersModule

/**
 * Decodes one column value of a row into one property, following these rules:
 *
 * - a Kotlin primitive (`Int`, `Long`, `String`, …) goes through the property's deserializer, so
 *   value classes and custom serializers read it; integers convert to any numeric type that holds
 *   them exactly ([ExactNumbers]);
 * - an enum constant goes through an enum property's deserializer, matched by name;
 * - any other value (a `LocalDate`, `BigDecimal`, `UUID`, a list, a JSON column's object) was already
 *   decoded by its column type and becomes the property as it is; `@Contextual` properties need no
 *   registered serializer.
 *
 * Mutable and reused for every value of one decoding; not thread-safe.
 */
internal class ColumnValueDecoder(private val plan: RowPlan) : AbstractDecoder() {
    private var element = -1
    private var value: Any? = null

    override val serializersModule: SerializersModule = EmptySerializersModule()

    /** This decoder reading [value] into property [element] (-1: the value of a one-column query). */
    fun at(element: Int, value: Any?): ColumnValueDecoder {
        this.element = element
        this.value = value
        return this
    }

    private fun present(): Any = value ?: throw plan.nullFor(element)

    private inline fun <reified V : Any> converted(typeName: String): V {
        val present = present()
        return ExactNumbers.convert(present, V::class.javaObjectType) as V? ?: throw plan.mismatch(element, typeName, present)
    }

    override fun decodeNotNullMark(): Boolean = value != null

    override fun decodeNull(): Nothing? = null

    override fun decodeBoolean(): Boolean = converted("Boolean")

    override fun decodeByte(): Byte = converted("Byte")

    override fun decodeShort(): Short = converted("Short")

    override fun decodeInt(): Int = converted("Int")

    override fun decodeLong(): Long = converted("Long")

    override fun decodeFloat(): Float = converted("Float")

    override fun decodeDouble(): Double = converted("Double")

    override fun decodeString(): String = converted("String")

    override fun decodeChar(): Char {
        val present = present()
        return when {
            present is Char -> present
            present is String && present.length == 1 -> present[0]
            else -> throw plan.mismatch(element, "Char", present)
        }
    }

    override fun decodeEnum(enumDescriptor: SerialDescriptor): Int {
        val present = present()
        val name = (present as? Enum<*>)?.name ?: present as? String ?: throw plan.mismatch(element, enumDescriptor.shortName, present)
        val index = enumDescriptor.getElementIndex(name)
        if (index == CompositeDecoder.UNKNOWN_NAME) {
            throw SerializableMappingException(
                "${plan.subject(element)} is ${withArticle(enumDescriptor.shortName)}, but column ${plan.columnOf(element)} gives " +
                    "'$name', which is none of its constants (${enumDescriptor.elementNames.joinToString()})",
            )
        }
        return index
    }

    override fun decodeInline(descriptor: SerialDescriptor): Decoder = this

    override fun beginStructure(descriptor: SerialDescriptor): CompositeDecoder {
        throw SerializableMappingException(
            "${plan.subject(element)} is ${withArticle(descriptor.shortName)}, decoded from several values, but column " +
                "${plan.columnOf(element)} gives one ${present().javaClass.simpleName}; select a column whose type " +
                "decodes to ${withArticle(descriptor.shortName)} (such as a JSON column), or map the property from a single value",
        )
    }

    override fun decodeElementIndex(descriptor: SerialDescriptor): Int = CompositeDecoder.DECODE_DONE

    override fun <T> decodeSerializableValue(deserializer: DeserializationStrategy<T>, previousValue: T?): T =
        decodeSerializableValue(deserializer)

    override fun <T> decodeSerializableValue(deserializer: DeserializationStrategy<T>): T {
        val descriptor = deserializer.descriptor
        val present = value ?: return if (descriptor.isNullable) nullValue() else throw plan.nullFor(element)
        return when {
            descriptor.kind == SerialKind.CONTEXTUAL -> asIs(descriptor, exactly(descriptor, present))
            present.isKotlinPrimitive() || descriptor.isInline -> deserializer.deserialize(this)
            present is Enum<*> && descriptor.kind == SerialKind.ENUM -> deserializer.deserialize(this)
            else -> asIs(descriptor, present)
        }
    }

    /**
     * A value for a `@Contextual` property of another class converted where nothing is lost (a
     * column of SQL written by hand gives what the driver reads: a `Long` for a `BigDecimal`, ISO
     * text for a `LocalDate` on SQLite); as it is when it cannot be.
     */
    private fun exactly(descriptor: SerialDescriptor, present: Any): Any {
        val target = descriptor.capturedKClass?.javaObjectType ?: return present
        return if (target.isInstance(present)) present else ExactConversions.convert(present, target) ?: present
    }

    private fun <T> asIs(descriptor: SerialDescriptor, present: Any): T {
        if (!descriptor.acceptsAsIs(present)) throw plan.mismatch(element, descriptor.typeName, present)
        @Suppress("UNCHECKED_CAST")
        return present as T
    }

    @Suppress("UNCHECKED_CAST")
    private fun <T> nullValue(): T = null as T
}
