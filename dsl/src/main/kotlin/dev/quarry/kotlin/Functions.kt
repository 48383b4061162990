package dev.quarry.kotlin

import dev.quarry.sql.Analytic
import dev.quarry.sql.Column
import dev.quarry.sql.Computed
import dev.quarry.sql.Condition
import dev.quarry.sql.Expression
import dev.quarry.sql.Functions
import dev.quarry.sql.SqlType
import java.math.BigDecimal
import java.time.Instant
import java.time.LocalDate
import java.time.LocalDateTime

// Functions, aggregates and window functions with Kotlin types. Each means the same on every
// dialect; see dev.quarry.sql.Functions for the details.

/** `COUNT(*)`. */
public fun count(): Analytic.Aggregate<Long> = Functions.count()

/** `COUNT(expression)`: the non-null values. */
public fun count(expression: Expression<*>): Analytic.Aggregate<Long> = Functions.count(expression)

/** `COUNT(DISTINCT expression)`. */
public fun countDistinct(expression: Expression<*>): Analytic.Aggregate<Long> = Functions.countDistinct(expression)

/** `SUM` of integers, a `Long`; NULL over no rows. */
@JvmName("sumOfInt")
public fun sum(expression: Expression<out Int?>): Analytic.Aggregate<Long?> = Functions.sum(expression)

/** `SUM` of longs; NULL over no rows. */
@JvmName("sumOfLong")
public fun sum(expression: Expression<out Long?>): Analytic.Aggregate<Long?> = Functions.sum(expression)

/** `SUM` of decimals, with their scale; NULL over no rows. */
@JvmName("sumOfDecimal")
public fun sum(expression: Expression<out BigDecimal?>): Analytic.Aggregate<BigDecimal?> = Functions.sum(expression)

/** `SUM` of doubles; NULL over no rows. */
@JvmName("sumOfDouble")
public fun sum(expression: Expression<out Double?>): Analytic.Aggregate<Double?> = Functions.sum(expression)

/** `AVG` as a double, computed in floating point everywhere; NULL over no rows. */
@Suppress("UNCHECKED_CAST")
public fun avg(expression: Expression<out Number?>): Analytic.Aggregate<Double?> =
    Functions.avg(expression) as Analytic.Aggregate<Double?>

/** `MIN`; NULL over no rows. */
@Suppress("UNCHECKED_CAST")
public fun <T> min(expression: Expression<T>): Analytic.Aggregate<T?> = Functions.min(expression) as Analytic.Aggregate<T?>

/** `MAX`; NULL over no rows. */
@Suppress("UNCHECKED_CAST")
public fun <T> max(expression: Expression<T>): Analytic.Aggregate<T?> = Functions.max(expression) as Analytic.Aggregate<T?>

/** `ROW_NUMBER()`; use with `over { … }`. */
public fun rowNumber(): Analytic.WindowCall<Long> = Functions.rowNumber()

/** `RANK()`: ties share a rank, with gaps after them. */
public fun rank(): Analytic.WindowCall<Long> = Functions.rank()

/** `DENSE_RANK()`: ties share a rank, without gaps. */
public fun denseRank(): Analytic.WindowCall<Long> = Functions.denseRank()

/** `LAG(expression)`: the value one row before, or NULL. */
@Suppress("UNCHECKED_CAST")
public fun <T> lag(expression: Expression<T>): Analytic.WindowCall<T?> = Functions.lag(expression) as Analytic.WindowCall<T?>

/** `LAG(expression, offset, fallback)`. */
public fun <T> lag(expression: Expression<T>, offset: Int, fallback: Expression<T>): Analytic.WindowCall<T> =
    Functions.lag(expression, offset, fallback)

/** `LEAD(expression)`: the value one row after, or NULL. */
@Suppress("UNCHECKED_CAST")
public fun <T> lead(expression: Expression<T>): Analytic.WindowCall<T?> = Functions.lead(expression) as Analytic.WindowCall<T?>

/** `LEAD(expression, offset, fallback)`. */
public fun <T> lead(expression: Expression<T>, offset: Int, fallback: Expression<T>): Analytic.WindowCall<T> =
    Functions.lead(expression, offset, fallback)

/** Lower case, every letter, the same on every dialect. */
@Suppress("UNCHECKED_CAST")
public fun <T : String?> lower(text: Expression<T>): Expression<T> = Functions.lower(text as Expression<String>) as Expression<T>

/** Upper case, every letter, the same on every dialect. */
@Suppress("UNCHECKED_CAST")
public fun <T : String?> upper(text: Expression<T>): Expression<T> = Functions.upper(text as Expression<String>) as Expression<T>

/** Without leading and trailing spaces. */
@Suppress("UNCHECKED_CAST")
public fun <T : String?> trim(text: Expression<T>): Expression<T> = Functions.trim(text as Expression<String>) as Expression<T>

/** Length in characters. */
@Suppress("UNCHECKED_CAST")
public fun length(text: Expression<out String?>): Expression<Int> = Functions.length(text as Expression<String>)

/** The characters from [start] (1-based), [length] of them or to the end. */
@Suppress("UNCHECKED_CAST")
public fun <T : String?> substring(text: Expression<T>, start: Int, length: Int? = null): Expression<T> =
    (if (length == null) Functions.substring(text as Expression<String>, start)
    else Functions.substring(text as Expression<String>, start, length)) as Expression<T>

/** The concatenation of the operands; NULL if any is NULL. */
public fun concat(vararg operands: Expression<*>): Expression<String> = Functions.concat(*operands)

/** The first non-null of the expressions. */
public fun <T> coalesce(first: Expression<T>, vararg rest: Expression<T>): Expression<T> = Functions.coalesce(first, *rest)

/** The expression, or [fallback] when it is NULL. */
@Suppress("UNCHECKED_CAST")
public fun <T : Any> coalesce(expression: Expression<T?>, fallback: T): Expression<T> =
    Functions.coalesce(expression as Expression<T>, fallback)

/** NULL when [value] equals [other], otherwise [value]. */
@Suppress("UNCHECKED_CAST")
public fun <T> nullif(value: Expression<T>, other: T & Any): Expression<T?> = Functions.nullif(value, other) as Expression<T?>

/** Rounded to [digits] places; a decimal keeps that scale. */
public fun round(number: Expression<out Number?>, digits: Int): Expression<BigDecimal> = Functions.round(number, digits)

/** The absolute value. */
public fun <T : Number?> abs(number: Expression<T>): Expression<T> = Functions.abs(number)

/** Today's date in UTC. */
public fun currentDate(): Expression<LocalDate> = Functions.currentDate()

/** The current instant. */
public fun currentTimestamp(): Expression<Instant> = Functions.currentTimestamp()

/** The current date-time in UTC, for datetime columns. */
public fun currentDateTime(): Expression<LocalDateTime> = Functions.currentDateTime()

/** An integer written into the SQL. */
public fun literal(value: Int): Expression<Int> = Functions.literal(value)

/** A long written into the SQL. */
public fun literal(value: Long): Expression<Long> = Functions.literal(value)

/** A string written into the SQL. */
public fun literal(value: String): Expression<String> = Functions.literal(value)

/** A boolean written into the SQL. */
public fun literal(value: Boolean): Expression<Boolean> = Functions.literal(value)

/** A decimal written into the SQL. */
public fun literal(value: BigDecimal): Expression<BigDecimal> = Functions.literal(value)

/** A bound value of a type, where no column gives the type. */
public fun <T> value(value: T, type: SqlType<T & Any>): Expression<T> {
    @Suppress("UNCHECKED_CAST")
    return Functions.value(value, type as SqlType<T>)
}

/** `CASE WHEN condition THEN result …`; add branches with `orWhen`, close with `otherwise`. */
public fun <T> caseWhen(condition: Condition, result: Expression<T>): Computed.Case<T> = Functions.caseWhen(condition, result)

/** `CAST(this AS type)`. */
public fun <R> Expression<*>.castTo(type: SqlType<R>): Expression<R> = this.cast(type)

/** In an upsert's update, the value the insert proposed for [column]. */
public fun <T> excluded(column: Column<T>): Expression<T> = Functions.excluded(column)

/**
 * A call of any scalar or aggregate function by name, of the type you name:
 * `function("similarity", SqlType.DOUBLE, Books.title, value("dune", SqlType.TEXT))`. Arguments are
 * rendered and bound as everywhere else; see [Functions.function].
 */
public fun <T> function(name: String, type: SqlType<T>, vararg arguments: Expression<*>): Expression<T> =
    Functions.function(name, type, *arguments)

/**
 * An expression written by hand with expressions in its numbered placeholders:
 * `sql("similarity({0}, {1})", SqlType.DOUBLE, Books.title, value("dune", SqlType.TEXT))`; see [Functions.sql].
 */
public fun <T> sql(template: String, type: SqlType<T>, vararg arguments: Expression<*>): Expression<T> =
    Functions.sql(template, type, *arguments)

/** A condition written by hand with expressions in its numbered placeholders; see [Functions.sqlCondition]. */
public fun sqlCondition(template: String, vararg arguments: Expression<*>): Condition = Functions.sqlCondition(template, *arguments)

/**
 * `left operator right` for an operator the query language has no node for, such as PostgreSQL's
 * `&&`; wrap it in an infix function of your own to read like the built-in ones:
 * `infix fun Expression<String>.matchesQuery(q: Expression<String>) = operator(this, "@@", q)`.
 */
public fun operator(left: Expression<*>, operator: String, right: Expression<*>): Condition = Functions.operator(left, operator, right)

/** `left operator right` giving a value of the type you name, such as pgvector's distance `<->`. */
public fun <T> operator(left: Expression<*>, operator: String, right: Expression<*>, type: SqlType<T>): Expression<T> =
    Functions.operator(left, operator, right, type)

/**
 * The text compared, grouped and sorted by a collation of the database: `name collate "NOCASE"`;
 * see [Functions.collate].
 */
@Suppress("UNCHECKED_CAST")
public infix fun <T : String?> Expression<T>.collate(collation: String): Expression<T> =
    Functions.collate(this as Expression<String>, collation) as Expression<T>

/**
 * The text compared, grouped and sorted by code point on every dialect, whatever the column's
 * collation; see [Functions.byCodePoint].
 */
@Suppress("UNCHECKED_CAST")
public fun <T : String?> byCodePoint(text: Expression<T>): Expression<T> =
    Functions.byCodePoint(text as Expression<String>) as Expression<T>
