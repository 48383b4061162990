package dev.quarry.kotlin.mapping

import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.descriptors.PrimitiveKind
import kotlinx.serialization.descriptors.SerialDescriptor
import kotlinx.serialization.descriptors.SerialKind
import kotlinx.serialization.descriptors.StructureKind
import kotlinx.serialization.descriptors.capturedKClass

private val BUILT_IN_PRIMITIVES = setOf(
    "kotlin.String", "kotlin.Int", "kotlin.Long", "kotlin.Short", "kotlin.Byte",
    "kotlin.Double", "kotlin.Float", "kotlin.Boolean", "kotlin.Char",
)

/** The class's name without its package, as messages show it: `UserDto`. */
internal val SerialDescriptor.shortName: String
    get() = serialName.removeSuffix("?").substringAfterLast('.')

/** The type a property of this descriptor holds, as messages show it: `Int`, `LocalDate`, `UserId`. */
@OptIn(ExperimentalSerializationApi::class)
internal val SerialDescriptor.typeName: String
    get() = if (kind == SerialKind.CONTEXTUAL) capturedKClass?.java?.simpleName ?: shortName else shortName

/** Whether rows map to this class property by property (a class or object that is not a value class). */
internal val SerialDescriptor.mapsByProperty: Boolean
    get() = !isInline && (kind == StructureKind.CLASS || kind == StructureKind.OBJECT)

/** Whether this is a Kotlin primitive value, the kind that goes through a property's deserializer. */
internal fun Any.isKotlinPrimitive(): Boolean =
    this is String || this is Long || this is Int || this is Boolean || this is Double ||
        this is Short || this is Byte || this is Float || this is Char

/**
 * Whether a value the column type decoded (not a Kotlin primitive) can be a property of this
 * descriptor as it is: an instance of a `@Contextual` class, a collection for a list, a map for a
 * map, anything for a class of the user's or a custom serializer; never a built-in primitive or an enum.
 */
@OptIn(ExperimentalSerializationApi::class)
internal fun SerialDescriptor.acceptsAsIs(value: Any): Boolean = when (kind) {
    SerialKind.CONTEXTUAL -> capturedKClass?.isInstance(value) ?: true
    SerialKind.ENUM -> false
    StructureKind.LIST -> value is Collection<*> || value.javaClass.isArray
    StructureKind.MAP -> value is Map<*, *>
    is PrimitiveKind -> serialName.removeSuffix("?") !in BUILT_IN_PRIMITIVES
    else -> true
}

/** `a String`, `an Integer`: a type name with its indefinite article, for messages. */
internal fun withArticle(typeName: String): String = if (typeName.firstOrNull()?.uppercaseChar() in VOWELS) "an $typeName" else "a $typeName"

private val VOWELS = setOf('A', 'E', 'I', 'O', 'U')
