package dev.quarry.kotlin

import dev.quarry.sql.ComparisonOperator
import dev.quarry.sql.Condition
import dev.quarry.sql.Expression

// Comparison operators as infix functions over the engine's expressions. Comparing with null
// means IS NULL / IS NOT NULL; the ordering operators take non-null values only.
//
// Two expressions compare when their types are the same up to nullability (`mentorId eq
// Authors.id`): each operator has one overload per nullability combination on the invariant
// Expression<T>, so the compiler never widens T to a common supertype and `id gt comment` (Int
// against String) does not compile. Expressions of different numeric types (Int, Long, Double,
// BigDecimal) compare through the overloads in NumericEquality.kt, NumericLessThan.kt and
// NumericGreaterThan.kt, which the database evaluates with the engine's numeric promotion.

/** `this = value`, or `this IS NULL` when [value] is null. */
public infix fun <T> Expression<T>.eq(value: T): Condition = this.eq(value)

/** `this = other`, both of the same type and nullability. */
public infix fun <T> Expression<T>.eq(other: Expression<T>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a non-null expression against a nullable one of the same type. */
@JvmName("eqNullable")
public infix fun <T : Any> Expression<T>.eq(other: Expression<T?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a nullable expression against a non-null one of the same type. */
@JvmName("nullableEq")
public infix fun <T : Any> Expression<T?>.eq(other: Expression<T>): Condition = compare(ComparisonOperator.EQ, other)

/** `this <> value`, or `this IS NOT NULL` when [value] is null. */
public infix fun <T> Expression<T>.neq(value: T): Condition = this.ne(value)

/** `this <> other`, both of the same type and nullability. */
public infix fun <T> Expression<T>.neq(other: Expression<T>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a non-null expression against a nullable one of the same type. */
@JvmName("neqNullable")
public infix fun <T : Any> Expression<T>.neq(other: Expression<T?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a nullable expression against a non-null one of the same type. */
@JvmName("nullableNeq")
public infix fun <T : Any> Expression<T?>.neq(other: Expression<T>): Condition = compare(ComparisonOperator.NE, other)

/** `this < value`. */
public infix fun <T> Expression<T>.lt(value: T & Any): Condition = this.lt(value)

/** `this < other`, both of the same type and nullability. */
public infix fun <T> Expression<T>.lt(other: Expression<T>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a non-null expression against a nullable one of the same type. */
@JvmName("ltNullable")
public infix fun <T : Any> Expression<T>.lt(other: Expression<T?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a nullable expression against a non-null one of the same type. */
@JvmName("nullableLt")
public infix fun <T : Any> Expression<T?>.lt(other: Expression<T>): Condition = compare(ComparisonOperator.LT, other)

/** `this <= value`. */
public infix fun <T> Expression<T>.lte(value: T & Any): Condition = this.le(value)

/** `this <= other`, both of the same type and nullability. */
public infix fun <T> Expression<T>.lte(other: Expression<T>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a non-null expression against a nullable one of the same type. */
@JvmName("lteNullable")
public infix fun <T : Any> Expression<T>.lte(other: Expression<T?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a nullable expression against a non-null one of the same type. */
@JvmName("nullableLte")
public infix fun <T : Any> Expression<T?>.lte(other: Expression<T>): Condition = compare(ComparisonOperator.LE, other)

/** `this > value`. */
public infix fun <T> Expression<T>.gt(value: T & Any): Condition = this.gt(value)

/** `this > other`, both of the same type and nullability. */
public infix fun <T> Expression<T>.gt(other: Expression<T>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a non-null expression against a nullable one of the same type. */
@JvmName("gtNullable")
public infix fun <T : Any> Expression<T>.gt(other: Expression<T?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a nullable expression against a non-null one of the same type. */
@JvmName("nullableGt")
public infix fun <T : Any> Expression<T?>.gt(other: Expression<T>): Condition = compare(ComparisonOperator.GT, other)

/** `this >= value`. */
public infix fun <T> Expression<T>.gte(value: T & Any): Condition = this.ge(value)

/** `this >= other`, both of the same type and nullability. */
public infix fun <T> Expression<T>.gte(other: Expression<T>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a non-null expression against a nullable one of the same type. */
@JvmName("gteNullable")
public infix fun <T : Any> Expression<T>.gte(other: Expression<T?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a nullable expression against a non-null one of the same type. */
@JvmName("nullableGte")
public infix fun <T : Any> Expression<T?>.gte(other: Expression<T>): Condition = compare(ComparisonOperator.GE, other)

/** `this BETWEEN start AND endInclusive`, for nullable columns too: `age between 18..65`. */
public infix fun <T : Comparable<T>> Expression<out T?>.between(range: ClosedRange<T>): Condition {
    @Suppress("UNCHECKED_CAST") // Reading T? values as T: the bounds are non-null, the column's values are T.
    val expression = this as Expression<T>
    return expression.between(range.start, range.endInclusive)
}

/** `this IN (values…)`; an empty collection matches nothing. */
public infix fun <T> Expression<T>.inList(values: Collection<T & Any>): Condition = this.`in`(values)

/** `this NOT IN (values…)`; an empty collection matches everything. */
public infix fun <T> Expression<T>.notInList(values: Collection<T & Any>): Condition = this.notIn(values)

/** `this LIKE pattern`: `%` and `_` are wildcards, backslash escapes them; case-sensitive everywhere. */
public infix fun <T : String?> Expression<T>.like(pattern: String): Condition = this.like(pattern)

/** `this NOT LIKE pattern`. */
public infix fun <T : String?> Expression<T>.notLike(pattern: String): Condition = this.notLike(pattern)

/** Both conditions hold. */
public infix fun Condition.and(other: Condition): Condition = this.and(other)

/** Either condition holds. */
public infix fun Condition.or(other: Condition): Condition = this.or(other)

/** The condition does not hold; `!condition` does the same. */
public fun not(condition: Condition): Condition = condition.not()

internal fun Expression<*>.compare(operator: ComparisonOperator, other: Expression<*>): Condition =
    Condition.Comparison(this, operator, other)
