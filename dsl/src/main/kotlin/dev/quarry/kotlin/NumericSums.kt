package dev.quarry.kotlin

import dev.quarry.sql.Expression
import java.math.BigDecimal

// `+` and `-` between expressions of two different numeric types,
// one overload per ordered pair of Short, Int, Long, Float, Double and BigDecimal. The result has
// the type of the engine's numeric promotion: integers give the wider integer (Short and Int give
// Int), a decimal with an integer gives a decimal, and a Float or Double on either side gives a
// Double. Either side may be nullable, so the result is typed nullable; same-type arithmetic
// (Arithmetic.kt) keeps the operands' nullability.

/** `this + other`, a Short and an Int giving an Int. */
@JvmName("plusShortInt")
public operator fun Expression<out Short?>.plus(other: Expression<out Int?>): Expression<Int?> = add(other, Int::class.javaObjectType).orNull()

/** `this + other`, a Short and a Long giving a Long. */
@JvmName("plusShortLong")
public operator fun Expression<out Short?>.plus(other: Expression<out Long?>): Expression<Long?> = add(other, Long::class.javaObjectType).orNull()

/** `this + other`, a Short and a Float giving a Double. */
@JvmName("plusShortFloat")
public operator fun Expression<out Short?>.plus(other: Expression<out Float?>): Expression<Double?> = add(other, Double::class.javaObjectType).orNull()

/** `this + other`, a Short and a Double giving a Double. */
@JvmName("plusShortDouble")
public operator fun Expression<out Short?>.plus(other: Expression<out Double?>): Expression<Double?> = add(other, Double::class.javaObjectType).orNull()

/** `this + other`, a Short and a BigDecimal giving a BigDecimal. */
@JvmName("plusShortBigDecimal")
public operator fun Expression<out Short?>.plus(other: Expression<out BigDecimal?>): Expression<BigDecimal?> = add(other, BigDecimal::class.javaObjectType).orNull()

/** `this + other`, an Int and a Short giving an Int. */
@JvmName("plusIntShort")
public operator fun Expression<out Int?>.plus(other: Expression<out Short?>): Expression<Int?> = add(other, Int::class.javaObjectType).orNull()

/** `this + other`, an Int and a Long giving a Long. */
@JvmName("plusIntLong")
public operator fun Expression<out Int?>.plus(other: Expression<out Long?>): Expression<Long?> = add(other, Long::class.javaObjectType).orNull()

/** `this + other`, an Int and a Float giving a Double. */
@JvmName("plusIntFloat")
public operator fun Expression<out Int?>.plus(other: Expression<out Float?>): Expression<Double?> = add(other, Double::class.javaObjectType).orNull()

/** `this + other`, an Int and a Double giving a Double. */
@JvmName("plusIntDouble")
public operator fun Expression<out Int?>.plus(other: Expression<out Double?>): Expression<Double?> = add(other, Double::class.javaObjectType).orNull()

/** `this + other`, an Int and a BigDecimal giving a BigDecimal. */
@JvmName("plusIntBigDecimal")
public operator fun Expression<out Int?>.plus(other: Expression<out BigDecimal?>): Expression<BigDecimal?> = add(other, BigDecimal::class.javaObjectType).orNull()

/** `this + other`, a Long and a Short giving a Long. */
@JvmName("plusLongShort")
public operator fun Expression<out Long?>.plus(other: Expression<out Short?>): Expression<Long?> = add(other, Long::class.javaObjectType).orNull()

/** `this + other`, a Long and an Int giving a Long. */
@JvmName("plusLongInt")
public operator fun Expression<out Long?>.plus(other: Expression<out Int?>): Expression<Long?> = add(other, Long::class.javaObjectType).orNull()

/** `this + other`, a Long and a Float giving a Double. */
@JvmName("plusLongFloat")
public operator fun Expression<out Long?>.plus(other: Expression<out Float?>): Expression<Double?> = add(other, Double::class.javaObjectType).orNull()

/** `this + other`, a Long and a Double giving a Double. */
@JvmName("plusLongDouble")
public operator fun Expression<out Long?>.plus(other: Expression<out Double?>): Expression<Double?> = add(other, Double::class.javaObjectType).orNull()

/** `this + other`, a Long and a BigDecimal giving a BigDecimal. */
@JvmName("plusLongBigDecimal")
public operator fun Expression<out Long?>.plus(other: Expression<out BigDecimal?>): Expression<BigDecimal?> = add(other, BigDecimal::class.javaObjectType).orNull()

/** `this + other`, a Float and a Short giving a Double. */
@JvmName("plusFloatShort")
public operator fun Expression<out Float?>.plus(other: Expression<out Short?>): Expression<Double?> = add(other, Double::class.javaObjectType).orNull()

/** `this + other`, a Float and an Int giving a Double. */
@JvmName("plusFloatInt")
public operator fun Expression<out Float?>.plus(other: Expression<out Int?>): Expression<Double?> = add(other, Double::class.javaObjectType).orNull()

/** `this + other`, a Float and a Long giving a Double. */
@JvmName("plusFloatLong")
public operator fun Expression<out Float?>.plus(other: Expression<out Long?>): Expression<Double?> = add(other, Double::class.javaObjectType).orNull()

/** `this + other`, a Float and a Double giving a Double. */
@JvmName("plusFloatDouble")
public operator fun Expression<out Float?>.plus(other: Expression<out Double?>): Expression<Double?> = add(other, Double::class.javaObjectType).orNull()

/** `this + other`, a Float and a BigDecimal giving a Double. */
@JvmName("plusFloatBigDecimal")
public operator fun Expression<out Float?>.plus(other: Expression<out BigDecimal?>): Expression<Double?> = add(other, Double::class.javaObjectType).orNull()

/** `this + other`, a Double and a Short giving a Double. */
@JvmName("plusDoubleShort")
public operator fun Expression<out Double?>.plus(other: Expression<out Short?>): Expression<Double?> = add(other, Double::class.javaObjectType).orNull()

/** `this + other`, a Double and an Int giving a Double. */
@JvmName("plusDoubleInt")
public operator fun Expression<out Double?>.plus(other: Expression<out Int?>): Expression<Double?> = add(other, Double::class.javaObjectType).orNull()

/** `this + other`, a Double and a Long giving a Double. */
@JvmName("plusDoubleLong")
public operator fun Expression<out Double?>.plus(other: Expression<out Long?>): Expression<Double?> = add(other, Double::class.javaObjectType).orNull()

/** `this + other`, a Double and a Float giving a Double. */
@JvmName("plusDoubleFloat")
public operator fun Expression<out Double?>.plus(other: Expression<out Float?>): Expression<Double?> = add(other, Double::class.javaObjectType).orNull()

/** `this + other`, a Double and a BigDecimal giving a Double. */
@JvmName("plusDoubleBigDecimal")
public operator fun Expression<out Double?>.plus(other: Expression<out BigDecimal?>): Expression<Double?> = add(other, Double::class.javaObjectType).orNull()

/** `this + other`, a BigDecimal and a Short giving a BigDecimal. */
@JvmName("plusBigDecimalShort")
public operator fun Expression<out BigDecimal?>.plus(other: Expression<out Short?>): Expression<BigDecimal?> = add(other, BigDecimal::class.javaObjectType).orNull()

/** `this + other`, a BigDecimal and an Int giving a BigDecimal. */
@JvmName("plusBigDecimalInt")
public operator fun Expression<out BigDecimal?>.plus(other: Expression<out Int?>): Expression<BigDecimal?> = add(other, BigDecimal::class.javaObjectType).orNull()

/** `this + other`, a BigDecimal and a Long giving a BigDecimal. */
@JvmName("plusBigDecimalLong")
public operator fun Expression<out BigDecimal?>.plus(other: Expression<out Long?>): Expression<BigDecimal?> = add(other, BigDecimal::class.javaObjectType).orNull()

/** `this + other`, a BigDecimal and a Float giving a Double. */
@JvmName("plusBigDecimalFloat")
public operator fun Expression<out BigDecimal?>.plus(other: Expression<out Float?>): Expression<Double?> = add(other, Double::class.javaObjectType).orNull()

/** `this + other`, a BigDecimal and a Double giving a Double. */
@JvmName("plusBigDecimalDouble")
public operator fun Expression<out BigDecimal?>.plus(other: Expression<out Double?>): Expression<Double?> = add(other, Double::class.javaObjectType).orNull()

/** `this - other`, a Short and an Int giving an Int. */
@JvmName("minusShortInt")
public operator fun Expression<out Short?>.minus(other: Expression<out Int?>): Expression<Int?> = subtract(other, Int::class.javaObjectType).orNull()

/** `this - other`, a Short and a Long giving a Long. */
@JvmName("minusShortLong")
public operator fun Expression<out Short?>.minus(other: Expression<out Long?>): Expression<Long?> = subtract(other, Long::class.javaObjectType).orNull()

/** `this - other`, a Short and a Float giving a Double. */
@JvmName("minusShortFloat")
public operator fun Expression<out Short?>.minus(other: Expression<out Float?>): Expression<Double?> = subtract(other, Double::class.javaObjectType).orNull()

/** `this - other`, a Short and a Double giving a Double. */
@JvmName("minusShortDouble")
public operator fun Expression<out Short?>.minus(other: Expression<out Double?>): Expression<Double?> = subtract(other, Double::class.javaObjectType).orNull()

/** `this - other`, a Short and a BigDecimal giving a BigDecimal. */
@JvmName("minusShortBigDecimal")
public operator fun Expression<out Short?>.minus(other: Expression<out BigDecimal?>): Expression<BigDecimal?> = subtract(other, BigDecimal::class.javaObjectType).orNull()

/** `this - other`, an Int and a Short giving an Int. */
@JvmName("minusIntShort")
public operator fun Expression<out Int?>.minus(other: Expression<out Short?>): Expression<Int?> = subtract(other, Int::class.javaObjectType).orNull()

/** `this - other`, an Int and a Long giving a Long. */
@JvmName("minusIntLong")
public operator fun Expression<out Int?>.minus(other: Expression<out Long?>): Expression<Long?> = subtract(other, Long::class.javaObjectType).orNull()

/** `this - other`, an Int and a Float giving a Double. */
@JvmName("minusIntFloat")
public operator fun Expression<out Int?>.minus(other: Expression<out Float?>): Expression<Double?> = subtract(other, Double::class.javaObjectType).orNull()

/** `this - other`, an Int and a Double giving a Double. */
@JvmName("minusIntDouble")
public operator fun Expression<out Int?>.minus(other: Expression<out Double?>): Expression<Double?> = subtract(other, Double::class.javaObjectType).orNull()

/** `this - other`, an Int and a BigDecimal giving a BigDecimal. */
@JvmName("minusIntBigDecimal")
public operator fun Expression<out Int?>.minus(other: Expression<out BigDecimal?>): Expression<BigDecimal?> = subtract(other, BigDecimal::class.javaObjectType).orNull()

/** `this - other`, a Long and a Short giving a Long. */
@JvmName("minusLongShort")
public operator fun Expression<out Long?>.minus(other: Expression<out Short?>): Expression<Long?> = subtract(other, Long::class.javaObjectType).orNull()

/** `this - other`, a Long and an Int giving a Long. */
@JvmName("minusLongInt")
public operator fun Expression<out Long?>.minus(other: Expression<out Int?>): Expression<Long?> = subtract(other, Long::class.javaObjectType).orNull()

/** `this - other`, a Long and a Float giving a Double. */
@JvmName("minusLongFloat")
public operator fun Expression<out Long?>.minus(other: Expression<out Float?>): Expression<Double?> = subtract(other, Double::class.javaObjectType).orNull()

/** `this - other`, a Long and a Double giving a Double. */
@JvmName("minusLongDouble")
public operator fun Expression<out Long?>.minus(other: Expression<out Double?>): Expression<Double?> = subtract(other, Double::class.javaObjectType).orNull()

/** `this - other`, a Long and a BigDecimal giving a BigDecimal. */
@JvmName("minusLongBigDecimal")
public operator fun Expression<out Long?>.minus(other: Expression<out BigDecimal?>): Expression<BigDecimal?> = subtract(other, BigDecimal::class.javaObjectType).orNull()

/** `this - other`, a Float and a Short giving a Double. */
@JvmName("minusFloatShort")
public operator fun Expression<out Float?>.minus(other: Expression<out Short?>): Expression<Double?> = subtract(other, Double::class.javaObjectType).orNull()

/** `this - other`, a Float and an Int giving a Double. */
@JvmName("minusFloatInt")
public operator fun Expression<out Float?>.minus(other: Expression<out Int?>): Expression<Double?> = subtract(other, Double::class.javaObjectType).orNull()

/** `this - other`, a Float and a Long giving a Double. */
@JvmName("minusFloatLong")
public operator fun Expression<out Float?>.minus(other: Expression<out Long?>): Expression<Double?> = subtract(other, Double::class.javaObjectType).orNull()

/** `this - other`, a Float and a Double giving a Double. */
@JvmName("minusFloatDouble")
public operator fun Expression<out Float?>.minus(other: Expression<out Double?>): Expression<Double?> = subtract(other, Double::class.javaObjectType).orNull()

/** `this - other`, a Float and a BigDecimal giving a Double. */
@JvmName("minusFloatBigDecimal")
public operator fun Expression<out Float?>.minus(other: Expression<out BigDecimal?>): Expression<Double?> = subtract(other, Double::class.javaObjectType).orNull()

/** `this - other`, a Double and a Short giving a Double. */
@JvmName("minusDoubleShort")
public operator fun Expression<out Double?>.minus(other: Expression<out Short?>): Expression<Double?> = subtract(other, Double::class.javaObjectType).orNull()

/** `this - other`, a Double and an Int giving a Double. */
@JvmName("minusDoubleInt")
public operator fun Expression<out Double?>.minus(other: Expression<out Int?>): Expression<Double?> = subtract(other, Double::class.javaObjectType).orNull()

/** `this - other`, a Double and a Long giving a Double. */
@JvmName("minusDoubleLong")
public operator fun Expression<out Double?>.minus(other: Expression<out Long?>): Expression<Double?> = subtract(other, Double::class.javaObjectType).orNull()

/** `this - other`, a Double and a Float giving a Double. */
@JvmName("minusDoubleFloat")
public operator fun Expression<out Double?>.minus(other: Expression<out Float?>): Expression<Double?> = subtract(other, Double::class.javaObjectType).orNull()

/** `this - other`, a Double and a BigDecimal giving a Double. */
@JvmName("minusDoubleBigDecimal")
public operator fun Expression<out Double?>.minus(other: Expression<out BigDecimal?>): Expression<Double?> = subtract(other, Double::class.javaObjectType).orNull()

/** `this - other`, a BigDecimal and a Short giving a BigDecimal. */
@JvmName("minusBigDecimalShort")
public operator fun Expression<out BigDecimal?>.minus(other: Expression<out Short?>): Expression<BigDecimal?> = subtract(other, BigDecimal::class.javaObjectType).orNull()

/** `this - other`, a BigDecimal and an Int giving a BigDecimal. */
@JvmName("minusBigDecimalInt")
public operator fun Expression<out BigDecimal?>.minus(other: Expression<out Int?>): Expression<BigDecimal?> = subtract(other, BigDecimal::class.javaObjectType).orNull()

/** `this - other`, a BigDecimal and a Long giving a BigDecimal. */
@JvmName("minusBigDecimalLong")
public operator fun Expression<out BigDecimal?>.minus(other: Expression<out Long?>): Expression<BigDecimal?> = subtract(other, BigDecimal::class.javaObjectType).orNull()

/** `this - other`, a BigDecimal and a Float giving a Double. */
@JvmName("minusBigDecimalFloat")
public operator fun Expression<out BigDecimal?>.minus(other: Expression<out Float?>): Expression<Double?> = subtract(other, Double::class.javaObjectType).orNull()

/** `this - other`, a BigDecimal and a Double giving a Double. */
@JvmName("minusBigDecimalDouble")
public operator fun Expression<out BigDecimal?>.minus(other: Expression<out Double?>): Expression<Double?> = subtract(other, Double::class.javaObjectType).orNull()
