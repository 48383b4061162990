@file:OptIn(ExperimentalSerializationApi::class)

package dev.quarry.kotlin.mapping

import dev.quarry.jdbc.RowTree
import dev.quarry.kotlin.SerializableMappingException
import kotlinx.serialization.DeserializationStrategy
import kotlinx.serialization.ExperimentalSerializationApi
import kotlinx.serialization.descriptors.SerialDescriptor
import kotlinx.serialization.encoding.AbstractDecoder
import kotlinx.serialization.encoding.CompositeDecoder
import kotlinx.serialization.modules.EmptySerializersModule
import kotlinx.serialization.modules.SerializersModule

/**
 * Decodes row trees into [T] by their [plan]: the row's columns through a [RowDecoder], each
 * relation property from the related rows, a list of them or the one row (null when there is none),
 * by a decoder of the related class made on first use. Mutable and reused for the trees of one
 * result; not thread-safe.
 */
internal class TreeDecoder<T>(private val plan: TreePlan, deserializer: DeserializationStrategy<T>) : RelatedElements {
    private val rows = RowDecoder(plan.rows, deserializer).also { it.related = this }
    private val children = arrayOfNulls<TreeDecoder<*>>(plan.relations.size)
    private var tree: RowTree? = null

    /** The tree as a [T]. */
    fun decode(tree: RowTree): T {
        val outer = this.tree
        this.tree = tree
        try {
            return rows.decode(tree.row())
        } finally {
            this.tree = outer
        }
    }

    override fun <V> decode(element: Int, deserializer: DeserializationStrategy<V>, nullable: Boolean): V {
        val relation = plan.relations[element]!!
        val related = tree!!.children(relation)
        if (plan.lists[element]) {
            return deserializer.deserialize(ListOfTrees(related, element))
        }
        if (related.size > 1) {
            throw SerializableMappingException("${plan.rows.subject(element)} holds one value, but relation $relation has ${related.size} rows for this row")
        }
        if (related.isEmpty()) {
            if (nullable) {
                @Suppress("UNCHECKED_CAST")
                return null as V
            }
            throw SerializableMappingException("${plan.rows.subject(element)} is not nullable, but relation $relation has no row for this row")
        }
        return childDecoder(element, deserializer).decode(related[0])
    }

    private fun <V> childDecoder(element: Int, deserializer: DeserializationStrategy<V>): TreeDecoder<V> {
        @Suppress("UNCHECKED_CAST")
        return (children[element] ?: TreeDecoder(plan.nested[element]!!, deserializer).also { children[element] = it }) as TreeDecoder<V>
    }

    /** A list property's related rows, read in order by the list's deserializer. */
    private inner class ListOfTrees(private val related: List<RowTree>, private val element: Int) : AbstractDecoder() {
        private var next = 0

        override val serializersModule: SerializersModule = EmptySerializersModule()

        override fun beginStructure(descriptor: SerialDescriptor): CompositeDecoder = this.also { next = 0 }

        override fun decodeSequentially(): Boolean = true

        override fun decodeCollectionSize(descriptor: SerialDescriptor): Int = related.size

        override fun decodeElementIndex(descriptor: SerialDescriptor): Int =
            if (next < related.size) next++ else CompositeDecoder.DECODE_DONE

        override fun <V> decodeSerializableElement(
            descriptor: SerialDescriptor,
            index: Int,
            deserializer: DeserializationStrategy<V>,
            previousValue: V?,
        ): V = childDecoder(element, deserializer).decode(related[index])
    }
}
