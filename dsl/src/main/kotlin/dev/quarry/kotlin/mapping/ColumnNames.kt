package dev.quarry.kotlin.mapping

import dev.quarry.jdbc.internal.SelectedNames
import dev.quarry.sql.Column
import dev.quarry.sql.Expression

/**
 * How a property meets a column: its name (or `@SerialName`) equals the column's name or alias, or
 * the camelCase form of it (`manager_id` ↔ `managerId`); the same rule as for Java records.
 */
internal fun propertyTakesColumn(propertyName: String, columnName: String): Boolean =
    SelectedNames.matches(propertyName, columnName)

/** `manager_id` → `managerId`. */
internal fun camelCase(snakeCase: String): String = SelectedNames.camelCase(snakeCase)

/** The name a selected expression is known by in a row: a column's name, an alias, or null. */
internal fun Expression<*>.selectedName(): String? = SelectedNames.outputName(this)

/** The expression as messages show it: `users.name` for a column, the alias, or the expression. */
internal fun Expression<*>.label(): String = if (this is Column<*>) qualifiedName() else toString()
