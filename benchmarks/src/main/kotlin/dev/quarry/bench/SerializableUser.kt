package dev.quarry.bench

import kotlinx.serialization.Serializable

/** A row of [KUsers] as a `@Serializable` data class, decoded by the DSL's `into<T>()` in W2. */
@Serializable
data class SerializableUser(val id: Long, val name: String, val age: Int, val city: String, val active: Boolean)
