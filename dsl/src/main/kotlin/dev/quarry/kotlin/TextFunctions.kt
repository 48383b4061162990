package dev.quarry.kotlin

import dev.quarry.sql.Analytic
import dev.quarry.sql.Expression
import dev.quarry.sql.Order
import dev.quarry.sql.TextFunctions

// Text functions and string aggregation with Kotlin types. Each gives the same result on every
// dialect, counting characters, never bytes; see dev.quarry.sql.TextFunctions for the details.

/** Every occurrence of [search] replaced by [replacement], case-sensitively; an empty [search] changes nothing. */
@Suppress("UNCHECKED_CAST")
public fun <T : String?> replace(text: Expression<T>, search: String, replacement: String): Expression<T> =
    TextFunctions.replace(text as Expression<String>, search, replacement) as Expression<T>

/** Without leading spaces. */
@Suppress("UNCHECKED_CAST")
public fun <T : String?> ltrim(text: Expression<T>): Expression<T> = TextFunctions.ltrim(text as Expression<String>) as Expression<T>

/** Without trailing spaces. */
@Suppress("UNCHECKED_CAST")
public fun <T : String?> rtrim(text: Expression<T>): Expression<T> = TextFunctions.rtrim(text as Expression<String>) as Expression<T>

/**
 * Padded in front with [fill] to [length] characters; a longer text is cut to its first [length].
 *
 * @throws IllegalArgumentException for a negative [length] or an empty [fill]
 */
@Suppress("UNCHECKED_CAST")
public fun <T : String?> lpad(text: Expression<T>, length: Int, fill: String = " "): Expression<T> =
    TextFunctions.lpad(text as Expression<String>, length, fill) as Expression<T>

/**
 * Padded behind with [fill] to [length] characters; a longer text is cut to its first [length].
 *
 * @throws IllegalArgumentException for a negative [length] or an empty [fill]
 */
@Suppress("UNCHECKED_CAST")
public fun <T : String?> rpad(text: Expression<T>, length: Int, fill: String = " "): Expression<T> =
    TextFunctions.rpad(text as Expression<String>, length, fill) as Expression<T>

/** The 1-based character position of the first [search] in [text], case-sensitive; 0 when absent. */
@Suppress("UNCHECKED_CAST")
public fun position(text: Expression<out String?>, search: String): Expression<Int> =
    TextFunctions.position(text as Expression<String>, search)

/**
 * The first [count] characters.
 *
 * @throws IllegalArgumentException for a negative [count]
 */
@Suppress("UNCHECKED_CAST")
public fun <T : String?> left(text: Expression<T>, count: Int): Expression<T> =
    TextFunctions.left(text as Expression<String>, count) as Expression<T>

/**
 * The last [count] characters.
 *
 * @throws IllegalArgumentException for a negative [count]
 */
@Suppress("UNCHECKED_CAST")
public fun <T : String?> right(text: Expression<T>, count: Int): Expression<T> =
    TextFunctions.right(text as Expression<String>, count) as Expression<T>

/**
 * The text [count] times over.
 *
 * @throws IllegalArgumentException for a negative [count]
 */
@Suppress("UNCHECKED_CAST")
public fun <T : String?> repeat(text: Expression<T>, count: Int): Expression<T> =
    TextFunctions.repeat(text as Expression<String>, count) as Expression<T>

/** The characters in reverse order. */
@Suppress("UNCHECKED_CAST")
public fun <T : String?> reverse(text: Expression<T>): Expression<T> = TextFunctions.reverse(text as Expression<String>) as Expression<T>

/**
 * The group's non-null texts joined with [separator], in the order of [orderBy] (by the text
 * itself, ascending, when none is given); NULL when the group has none. End the order with a
 * unique key so ties cannot come in different orders. Not cut on MySQL/MariaDB: Quarry's pools
 * open their sessions with `group_concat_max_len` at its maximum.
 */
@Suppress("UNCHECKED_CAST")
public fun stringAgg(text: Expression<out String?>, separator: String, vararg orderBy: Order): Analytic.StringAgg =
    if (orderBy.isEmpty()) TextFunctions.stringAgg(text as Expression<String>, separator)
    else TextFunctions.stringAgg(text as Expression<String>, separator, *orderBy)
