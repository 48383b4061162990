package dev.quarry.kotlin.mapping

import dev.quarry.sql.Column
import dev.quarry.sql.Expression

/**
 * How a property meets a column: its name (or `@SerialName`) equals the column's name or alias, or
 * the camelCase form of it (`manager_id` ↔ `managerId`).
 */
internal fun propertyTakesColumn(propertyName: String, columnName: String): Boolean =
    propertyName == columnName || propertyName == camelCase(columnName)

/**
 * `manager_id` → `managerId`: every letter after an underscore upper-cased, the underscores
 * dropped; the rest kept as it is. A name without underscores is returned unchanged.
 */
internal fun camelCase(snakeCase: String): String {
    if (snakeCase.indexOf('_') < 0) return snakeCase
    val camel = StringBuilder(snakeCase.length)
    var startsWord = false
    for (character in snakeCase) {
        when {
            character == '_' -> startsWord = camel.isNotEmpty()
            startsWord -> camel.append(character.uppercaseChar()).also { startsWord = false }
            else -> camel.append(character)
        }
    }
    return camel.toString()
}

/** The name a selected expression is known by in a row: a column's name, an alias, or null. */
internal fun Expression<*>.selectedName(): String? = when (this) {
    is Column<*> -> name()
    is Expression.Aliased<*> -> alias()
    else -> null
}

/** The expression as messages show it: `users.name` for a column, the alias, or the expression. */
internal fun Expression<*>.label(): String = if (this is Column<*>) qualifiedName() else toString()
