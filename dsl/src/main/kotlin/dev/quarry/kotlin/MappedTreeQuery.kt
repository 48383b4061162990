package dev.quarry.kotlin

import dev.quarry.kotlin.mapping.TreeDecoder
import dev.quarry.kotlin.mapping.TreePlan
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.map
import kotlinx.serialization.DeserializationStrategy
import kotlinx.serialization.serializer

/**
 * An [IncludingQuery] whose trees are decoded into [T], a `@Serializable` class: a property named
 * after an included relation takes its related rows (a `List<Book>`, or a `Book?` for a to-one
 * relation), decoded the same way; every other property takes the column of its name as
 * [MappedQuery] says. Columns no property takes are left out. The plan is resolved when the query is
 * made, so a class that does not fit fails with [SerializableMappingException] before any SQL runs.
 * Immutable.
 */
public class MappedTreeQuery<T> internal constructor(
    /** The query whose trees are decoded. */
    public val query: IncludingQuery<*>,
    /** How a tree becomes a [T]. */
    public val deserializer: DeserializationStrategy<T>,
) {
    private val plan = TreePlan.resolve(deserializer.descriptor, query.query.statement.projection(), query.includes)

    /** All rows with their related rows, decoded. */
    public suspend fun toList(): List<T> {
        val decoder = TreeDecoder(plan, deserializer)
        return query.toList().map(decoder::decode)
    }

    /** The only row, decoded; see [IncludingQuery.single]. */
    public suspend fun single(): T = TreeDecoder(plan, deserializer).decode(query.single())

    /** The first row, decoded, or null. */
    public suspend fun firstOrNull(): T? = query.firstOrNull()?.let { TreeDecoder(plan, deserializer).decode(it) }

    /** The rows as a flow, loaded a chunk of [fetchSize] parents at a time; see [IncludingQuery.asFlow]. */
    public fun asFlow(fetchSize: Int = 500): Flow<T> {
        val decoder = TreeDecoder(plan, deserializer)
        return query.asFlow(fetchSize).map(decoder::decode)
    }
}

/** This query's trees decoded into [T]: `Authors.selectAll().include(Authors.books).into<AuthorDto>().toList()`. */
public inline fun <reified T> IncludingQuery<*>.into(): MappedTreeQuery<T> = into(serializer<T>())

/** This query's trees decoded by [deserializer]. */
public fun <T> IncludingQuery<*>.into(deserializer: DeserializationStrategy<T>): MappedTreeQuery<T> = MappedTreeQuery(this, deserializer)

/** All rows with their related rows decoded into [T]; the same as `into<T>().toList()`. */
public suspend inline fun <reified T> IncludingQuery<*>.toList(): List<T> = into<T>().toList()
