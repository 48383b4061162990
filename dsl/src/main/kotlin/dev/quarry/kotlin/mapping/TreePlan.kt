@file:OptIn(ExperimentalSerializationApi::class)

package dev.quarry.kotlin.mapping

import dev.quarry.kotlin.SerializableMappingException
import dev.quarry.sql.Expression
import dev.quarry.sql.Include
import dev.quarry.sql.Relation
import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.descriptors.SerialDescriptor
import kotlinx.serialization.descriptors.StructureKind

/**
 * How a `@Serializable` class is decoded from row trees: its [rows] plan for the columns, and for
 * each property named after an included relation, that relation, whether the property is a list,
 * and the plan of the related class in turn. Resolved once per query, before it runs, so a class
 * that does not fit fails with a [SerializableMappingException] before any SQL is sent. Immutable.
 */
internal class TreePlan private constructor(
    val rows: RowPlan,
    val relations: Array<Relation<*, *>?>,
    val lists: BooleanArray,
    val nested: Array<TreePlan?>,
) {
    companion object {
        /** The plan for trees whose rows hold [selected] and whose related rows come from [includes]. */
        fun resolve(descriptor: SerialDescriptor, selected: List<Expression<*>>, includes: List<Include>): TreePlan {
            val byName = includes.associateBy { it.relation().name() }
            val rows = RowPlan.resolve(descriptor, selected, byName.keys, lenient = true)
            val count = if (descriptor.mapsByProperty) descriptor.elementsCount else 0
            val relations = arrayOfNulls<Relation<*, *>>(count)
            val lists = BooleanArray(count)
            val nested = arrayOfNulls<TreePlan>(count)
            for (element in 0 until count) {
                val include = byName[descriptor.getElementName(element)] ?: continue
                val property = descriptor.getElementDescriptor(element)
                val subject = "${descriptor.shortName}.${descriptor.getElementName(element)}"
                lists[element] = property.kind == StructureKind.LIST
                if (!lists[element] && include.relation().kind().isToMany) {
                    throw SerializableMappingException(
                        "$subject takes the rows of relation ${include.relation()}, which may be several; declare it as a List",
                    )
                }
                val child = if (lists[element]) property.getElementDescriptor(0) else property
                if (!child.mapsByProperty) {
                    throw SerializableMappingException(
                        "$subject takes the rows of relation ${include.relation()}, so it must be a @Serializable class" +
                            (if (lists[element]) " list" else "") + ", not ${property.serialName}",
                    )
                }
                relations[element] = include.relation()
                nested[element] = resolve(child, include.relation().link().child().columns(), include.nested())
            }
            return TreePlan(rows, relations, lists, nested)
        }
    }
}
