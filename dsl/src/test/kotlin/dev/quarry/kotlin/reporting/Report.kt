package dev.quarry.kotlin.reporting

import dev.quarry.jdbc.Row
import dev.quarry.kotlin.SqlQuery
import java.math.BigDecimal
import java.math.RoundingMode

/**
 * One report of the suite: the [query] built with the DSL, the same question written by hand in
 * PostgreSQL's SQL ([postgresSql]), and the rows it must return, computed in Kotlin from the
 * generated data ([expected]). Rows are compared as [normalised] values.
 */
class Report(
    val name: String,
    val query: suspend () -> List<Row>,
    val postgresSql: SqlQuery,
    val expected: () -> List<List<Any?>>,
)

/** A row as a list of normalised values, read by position. */
fun Row.normalised(): List<Any?> = (0 until size()).map { normalise(get(it)) }

/**
 * A value as the reports compare it: integers of every class as `Long`, decimals without trailing
 * zeros, doubles rounded to 6 places, JDBC dates and timestamps as `java.time` values.
 */
fun normalise(value: Any?): Any? = when (value) {
    is Int -> value.toLong()
    is Short -> value.toLong()
    is BigDecimal -> value.stripTrailingZeros()
    is Double -> BigDecimal(value).setScale(6, RoundingMode.HALF_UP).toDouble()
    is Float -> normalise(value.toDouble())
    is java.sql.Timestamp -> value.toLocalDateTime()
    is java.sql.Date -> value.toLocalDate()
    else -> value
}

/** Expected rows, normalised like the rows the databases return. */
fun rowsOf(rows: List<List<Any?>>): List<List<Any?>> = rows.map { row -> row.map(::normalise) }
