package dev.quarry.kotlin.mapping

import dev.quarry.kotlin.SerializableMappingException
import dev.quarry.sql.Expression
import kotlinx.serialization.descriptors.SerialDescriptor

/**
 * Where each property of a `@Serializable` class finds its value in the rows of one query, resolved
 * once from the query's selected expressions and then used for every row:
 *
 * - a class maps property by property: each property takes the selected column or alias of its
 *   name ([propertyTakesColumn]); a property with a default may have none, and then keeps its
 *   default; every selected expression must be taken by exactly one property;
 * - any other type (`String`, `Long`, a value class, an enum) maps from a query of one column.
 *
 * Resolving fails with a [SerializableMappingException] naming what does not fit. Immutable and
 * safe to share between threads.
 */
internal class RowPlan private constructor(
    val descriptor: SerialDescriptor,
    /** By property index: the position of its column in the row, or -1 when its default applies. */
    private val positions: IntArray,
    private val columnLabels: List<String>,
) {
    /** Whether the whole row is one value (a query of one column) rather than a class's properties. */
    val isSingleColumn: Boolean = !descriptor.mapsByProperty

    /** Whether a property takes the rows of an included relation rather than a column. */
    fun isRelation(element: Int): Boolean = element >= 0 && positions[element] == RELATION

    /** Whether every property has its column, so properties can be decoded in order without asking. */
    val decodesSequentially: Boolean = positions.all { it >= 0 }

    val columnCount: Int get() = columnLabels.size

    val propertyCount: Int get() = positions.size

    /** The row position of a property's column, or -1; for a single-column plan ([element] -1), 0. */
    fun position(element: Int): Int = if (element < 0) 0 else positions[element]

    /** `UserDto.name`, or `String` for the value of a one-column query. */
    fun subject(element: Int): String =
        if (element < 0) descriptor.typeName else "${descriptor.shortName}.${descriptor.getElementName(element)}"

    fun columnOf(element: Int): String = columnLabels[position(element)]

    fun nullFor(element: Int): SerializableMappingException =
        SerializableMappingException("${subject(element)} is not nullable, but column ${columnOf(element)} is NULL")

    /** The error for a value of [element]'s column that a property of type [expected] cannot hold. */
    fun mismatch(element: Int, expected: String, value: Any): SerializableMappingException {
        val given = withArticle(value.javaClass.simpleName)
        val inexact = value is Number && value.isKotlinPrimitive() && expected in NUMERIC_TYPES
        val detail = if (inexact) " that does not convert to $expected exactly" else ""
        return SerializableMappingException(
            "${subject(element)} is of type $expected, but column ${columnOf(element)} gives $given$detail",
        )
    }

    companion object {
        private val NUMERIC_TYPES = setOf("Int", "Long", "Short", "Byte", "Double", "Float")

        /** The position of a property that takes an included relation's rows. */
        const val RELATION: Int = -2

        /**
         * The plan for decoding rows of [selected] expressions into [descriptor]'s type. Properties
         * named in [relations] take related rows instead of columns; when [lenient] (rows of a tree),
         * columns no property takes are left out.
         */
        fun resolve(
            descriptor: SerialDescriptor,
            selected: List<Expression<*>>,
            relations: Set<String> = emptySet(),
            lenient: Boolean = false,
        ): RowPlan {
            val labels = selected.map { it.label() }
            if (!descriptor.mapsByProperty) {
                if (selected.size != 1) {
                    throw SerializableMappingException(
                        "${withArticle(descriptor.typeName)} is read from a query of one column, but this one selects " +
                            "${selected.size}: ${labels.joinToString()}",
                    )
                }
                return RowPlan(descriptor, IntArray(0), labels)
            }
            val names = selected.map { it.selectedName() }
            val positions = IntArray(descriptor.elementsCount) { element ->
                if (descriptor.getElementName(element) in relations) RELATION else columnFor(descriptor, element, names, labels)
            }
            if (!lenient) requireEveryColumnTaken(descriptor, positions, selected, labels)
            return RowPlan(descriptor, positions, labels)
        }

        private fun columnFor(descriptor: SerialDescriptor, element: Int, names: List<String?>, labels: List<String>): Int {
            val property = descriptor.getElementName(element)
            val matching = names.indices.filter { position -> names[position]?.let { propertyTakesColumn(property, it) } == true }
            return when {
                matching.size == 1 -> matching[0]
                matching.size > 1 -> throw SerializableMappingException(
                    "${descriptor.shortName}.$property matches several columns of the row: " +
                        "${matching.joinToString { labels[it] }}; give all but one another name with alias",
                )
                descriptor.isElementOptional(element) -> -1
                else -> throw SerializableMappingException(
                    "${descriptor.shortName}.$property has no column in the row; the row has ${labels.joinToString()}",
                )
            }
        }

        private fun requireEveryColumnTaken(
            descriptor: SerialDescriptor,
            positions: IntArray,
            selected: List<Expression<*>>,
            labels: List<String>,
        ) {
            for (position in selected.indices) {
                if (position in positions) continue
                val unnamed = selected[position].selectedName() == null
                throw SerializableMappingException(
                    if (unnamed) {
                        "the row's expression ${labels[position]} has no name, so no property of " +
                            "${descriptor.shortName} takes it; name it with alias"
                    } else {
                        "column ${labels[position]} of the row has no property in ${descriptor.shortName}; " +
                            "select only the columns it takes, or give it a property named " +
                            camelCase(selected[position].selectedName()!!)
                    },
                )
            }
        }
    }
}
