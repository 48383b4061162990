package dev.quarry.kotlin

import dev.quarry.sql.Expression

// Arithmetic between expressions of the same numeric type, and with values of that type. The
// result has the operands' type; between integers `/` truncates toward zero on every dialect.
// Operands of two different numeric types use NumericSums.kt and NumericProducts.kt, whose result
// type follows the engine's numeric promotion: `price * quantity` is a BigDecimal for a BigDecimal price.

/** `this + other`. */
public operator fun <T : Number?> Expression<T>.plus(other: Expression<T>): Expression<T> = add(other)

/** `this + value`. */
public operator fun <T : Number?> Expression<T>.plus(value: T & Any): Expression<T> = add(value)

/** `this - other`. */
public operator fun <T : Number?> Expression<T>.minus(other: Expression<T>): Expression<T> = subtract(other)

/** `this - value`. */
public operator fun <T : Number?> Expression<T>.minus(value: T & Any): Expression<T> = subtract(value)

/** `this * other`. */
public operator fun <T : Number?> Expression<T>.times(other: Expression<T>): Expression<T> = multiply(other)

/** `this * value`. */
public operator fun <T : Number?> Expression<T>.times(value: T & Any): Expression<T> = multiply(value)

/** `this / other`; truncating between integers. */
public operator fun <T : Number?> Expression<T>.div(other: Expression<T>): Expression<T> = divide(other)

/** `this / value`; truncating between integers. */
public operator fun <T : Number?> Expression<T>.div(value: T & Any): Expression<T> = divide(value)

/** `this % other`, with the sign of this. */
public operator fun <T : Number?> Expression<T>.rem(other: Expression<T>): Expression<T> = mod(other)

/** `this % value`. */
public operator fun <T : Number?> Expression<T>.rem(value: T & Any): Expression<T> = mod(value)

/** `this + other`, a non-null expression and a nullable one of the same type; the result may be NULL. */
@JvmName("plusNullable")
public operator fun <T : Number> Expression<T>.plus(other: Expression<T?>): Expression<T?> = orNull().add(other)

/** `this + other`, a nullable expression and a non-null one of the same type; the result may be NULL. */
@JvmName("nullablePlus")
public operator fun <T : Number> Expression<T?>.plus(other: Expression<T>): Expression<T?> = add(other)

/** `this - other`, a non-null expression and a nullable one of the same type; the result may be NULL. */
@JvmName("minusNullable")
public operator fun <T : Number> Expression<T>.minus(other: Expression<T?>): Expression<T?> = orNull().subtract(other)

/** `this - other`, a nullable expression and a non-null one of the same type; the result may be NULL. */
@JvmName("nullableMinus")
public operator fun <T : Number> Expression<T?>.minus(other: Expression<T>): Expression<T?> = subtract(other)

/** `this * other`, a non-null expression and a nullable one of the same type; the result may be NULL. */
@JvmName("timesNullable")
public operator fun <T : Number> Expression<T>.times(other: Expression<T?>): Expression<T?> = orNull().multiply(other)

/** `this * other`, a nullable expression and a non-null one of the same type; the result may be NULL. */
@JvmName("nullableTimes")
public operator fun <T : Number> Expression<T?>.times(other: Expression<T>): Expression<T?> = multiply(other)

/** `this / other`, a non-null expression and a nullable one of the same type; the result may be NULL. */
@JvmName("divNullable")
public operator fun <T : Number> Expression<T>.div(other: Expression<T?>): Expression<T?> = orNull().divide(other)

/** `this / other`, a nullable expression and a non-null one of the same type; the result may be NULL. */
@JvmName("nullableDiv")
public operator fun <T : Number> Expression<T?>.div(other: Expression<T>): Expression<T?> = divide(other)

/** `this % other`, a non-null expression and a nullable one of the same type; the result may be NULL. */
@JvmName("remNullable")
public operator fun <T : Number> Expression<T>.rem(other: Expression<T?>): Expression<T?> = orNull().mod(other)

/** `this % other`, a nullable expression and a non-null one of the same type; the result may be NULL. */
@JvmName("nullableRem")
public operator fun <T : Number> Expression<T?>.rem(other: Expression<T>): Expression<T?> = mod(other)

/** `-this`. */
public operator fun <T : Number?> Expression<T>.unaryMinus(): Expression<T> = negate()

/** This expression under a name in a select list; read rows with the result. */
public infix fun <T> Expression<T>.alias(name: String): Expression.Aliased<T> = this.`as`(name)

/** This table under another name, for self-joins: `val managers = Users.alias("m")`. */
public fun <T : dev.quarry.sql.Table> T.alias(name: String): dev.quarry.sql.TableAlias = this.`as`(name)

/** Null-safe equality: both NULL or both equal; both of the same type and nullability. */
public infix fun <T> Expression<T>.isNotDistinctFrom(other: Expression<T>): dev.quarry.sql.Condition =
    dev.quarry.sql.Condition.IsNotDistinctFrom(this, other)

/** Null-safe equality: both NULL or both equal; a non-null expression against a nullable one of the same type. */
@JvmName("isNotDistinctFromNullable")
public infix fun <T : Any> Expression<T>.isNotDistinctFrom(other: Expression<T?>): dev.quarry.sql.Condition =
    dev.quarry.sql.Condition.IsNotDistinctFrom(this, other)

/** Null-safe equality: both NULL or both equal; a nullable expression against a non-null one of the same type. */
@JvmName("nullableIsNotDistinctFrom")
public infix fun <T : Any> Expression<T?>.isNotDistinctFrom(other: Expression<T>): dev.quarry.sql.Condition =
    dev.quarry.sql.Condition.IsNotDistinctFrom(this, other)

/** Null-safe equality with a value, which may be null. */
public infix fun <T> Expression<T>.isNotDistinctFrom(value: T): dev.quarry.sql.Condition = this.isNotDistinctFrom(value)

/** Null-safe inequality; both of the same type and nullability. */
public infix fun <T> Expression<T>.isDistinctFrom(other: Expression<T>): dev.quarry.sql.Condition =
    dev.quarry.sql.Condition.IsDistinctFrom(this, other)

/** Null-safe inequality; a non-null expression against a nullable one of the same type. */
@JvmName("isDistinctFromNullable")
public infix fun <T : Any> Expression<T>.isDistinctFrom(other: Expression<T?>): dev.quarry.sql.Condition =
    dev.quarry.sql.Condition.IsDistinctFrom(this, other)

/** Null-safe inequality; a nullable expression against a non-null one of the same type. */
@JvmName("nullableIsDistinctFrom")
public infix fun <T : Any> Expression<T?>.isDistinctFrom(other: Expression<T>): dev.quarry.sql.Condition =
    dev.quarry.sql.Condition.IsDistinctFrom(this, other)

/** Null-safe inequality with a value, which may be null. */
public infix fun <T> Expression<T>.isDistinctFrom(value: T): dev.quarry.sql.Condition = this.isDistinctFrom(value)

/** This expression with its value type widened to the nullable form; the SQL value is the same. */
@Suppress("UNCHECKED_CAST") // Expression is invariant in Java; every T is also a T?.
internal fun <T : Any> Expression<T>.orNull(): Expression<T?> = this as Expression<T?>
