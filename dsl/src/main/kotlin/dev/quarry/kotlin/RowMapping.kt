package dev.quarry.kotlin

import kotlinx.serialization.DeserializationStrategy
import kotlinx.serialization.KSerializer
import kotlinx.serialization.serializer

/**
 * This query with its rows decoded into [T], a `@Serializable` class:
 * `Users.selectAll().into<UserDto>().toList()`. See [MappedQuery] for how rows and properties meet.
 *
 * @throws SerializableMappingException if a property without a default has no column, or a
 *   selected expression no property
 */
public inline fun <reified T> RowQuery.into(): MappedQuery<T> = into(serializer<T>())

/**
 * This query with its rows decoded by [deserializer], such as a [KSerializer] obtained where [T]
 * is not reified: `query.into(UserDto.serializer())`.
 *
 * @throws SerializableMappingException if a property without a default has no column, or a
 *   selected expression no property
 */
public fun <T> RowQuery.into(deserializer: DeserializationStrategy<T>): MappedQuery<T> = MappedQuery(this, deserializer)

/** All rows decoded into [T]: `Users.selectAll().toList<UserDto>()`, the same as `into<T>().toList()`. */
public suspend inline fun <reified T> RowQuery.toList(): List<T> = into<T>().toList()

/** The only row decoded into [T]; the same as `into<T>().single()`. */
public suspend inline fun <reified T> RowQuery.single(): T = into<T>().single()

/** The first row decoded into [T], or null; the same as `into<T>().firstOrNull()`. */
public suspend inline fun <reified T> RowQuery.firstOrNull(): T? = into<T>().firstOrNull()
