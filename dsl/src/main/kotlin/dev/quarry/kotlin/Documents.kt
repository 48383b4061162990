package dev.quarry.kotlin

import dev.quarry.sql.ArrayFunctions
import dev.quarry.sql.Condition
import dev.quarry.sql.Expression
import dev.quarry.sql.JsonFunctions

// Operators on JSON documents and PostgreSQL arrays, over the engine's JsonFunctions and
// ArrayFunctions; dialects without an operator fail with a clear error when the query renders.

/** The scalar at a path of object keys of this JSON document, as text; null where the path leads nowhere. */
public fun Expression<*>.jsonText(vararg keys: String): Expression<String?> = JsonFunctions.text(this, *keys)

/** This JSON document contains the fragment: `settings jsonContains """{"beta": true}"""` (PostgreSQL, MySQL/MariaDB). */
public infix fun Expression<*>.jsonContains(fragmentJson: String): Condition = JsonFunctions.contains(this, fragmentJson)

/** This array holds [element] (PostgreSQL). */
public infix fun <E : Any> Expression<out List<E?>?>.contains(element: E): Condition = ArrayFunctions.contains(asArray(), element)

/** This array holds every one of [elements] (PostgreSQL). */
public infix fun <E : Any> Expression<out List<E?>?>.containsAll(elements: List<E>): Condition =
    ArrayFunctions.containsAll(asArray(), elements)

@Suppress("UNCHECKED_CAST")
private fun <E> Expression<out List<E?>?>.asArray(): Expression<List<E?>> = this as Expression<List<E?>>
