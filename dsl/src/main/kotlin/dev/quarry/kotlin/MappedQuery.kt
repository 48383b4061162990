package dev.quarry.kotlin

import dev.quarry.jdbc.TooManyRowsException
import dev.quarry.kotlin.mapping.RowDecoder
import dev.quarry.kotlin.mapping.RowPlan
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow
import kotlinx.serialization.DeserializationStrategy

/**
 * A query whose rows are decoded into [T] by kotlinx.serialization, without reflection:
 * `Users.select { age gte 18 }.into<UserDto>().toList()`. Made by [into].
 *
 * - A class maps property by property: each property (or its `@SerialName`) takes the selected
 *   column or alias of its name as is or in snake_case (`managerId` ← `manager_id`); a property
 *   with a default may have no column and keeps its default; every selected expression must be
 *   taken by exactly one property. Any other type (`String`, `Long`, a value class) maps from a
 *   query of one column.
 * - Kotlin primitive values go through the property's deserializer (value classes read them;
 *   integers convert to any numeric type that holds them exactly). Any other value (`LocalDate`,
 *   `BigDecimal`, `UUID`, an enum of an enum column, a JSON column's object) was decoded by its
 *   column type and is taken as it is: mark such properties `@Contextual`; nothing needs registering.
 * - NULL fills nullable properties only.
 *
 * Where the rows and [T] do not fit, [SerializableMappingException] names the property, the column
 * and the types: when this query is made, for missing and extra columns (before any SQL runs), and
 * while decoding, for NULLs and values of the wrong type. The plan from properties to column
 * positions is resolved once, when the query is made, and reused for every row and every run.
 * Immutable and safe to share; its terminal operations run inside `transaction { }`.
 */
public class MappedQuery<T> internal constructor(
    /** The query whose rows are decoded. */
    public val query: RowQuery,
    /** How a row becomes a [T]. */
    public val deserializer: DeserializationStrategy<T>,
) {
    private val plan = RowPlan.resolve(deserializer.descriptor, query.statement.projection())

    /** All rows, decoded. */
    public suspend fun toList(): List<T> {
        val rows = query.toList()
        val decoder = RowDecoder(plan, deserializer)
        return rows.map(decoder::decode)
    }

    /**
     * The only row, decoded.
     *
     * @throws NoSuchElementException if there is none
     * @throws TooManyRowsException if there are more
     */
    public suspend fun single(): T = RowDecoder(plan, deserializer).decode(query.single())

    /** The first row in the query's order, decoded, or null if there is none. */
    public suspend fun firstOrNull(): T? = query.firstOrNull()?.let { RowDecoder(plan, deserializer).decode(it) }

    /**
     * The rows as a flow, read [fetchSize] at a time and decoded one by one, without holding them
     * all in memory; collect it inside the `transaction { }` it reads (see [RowQuery.asFlow]).
     */
    public fun asFlow(fetchSize: Int = 500): Flow<T> = flow {
        val decoder = RowDecoder(plan, deserializer)
        query.asFlow(fetchSize).collect { emit(decoder.decode(it)) }
    }

    override fun toString(): String = "MappedQuery(${deserializer.descriptor.serialName}, ${query.statement})"
}
