package dev.quarry.kotlin

import dev.quarry.sql.Expression
import java.math.BigDecimal

// `*`, `/` and `%` between expressions of two different numeric types,
// one overload per ordered pair of Short, Int, Long, Float, Double and BigDecimal. The result has
// the type of the engine's numeric promotion: integers give the wider integer (Short and Int give
// Int), a decimal with an integer gives a decimal, and a Float or Double on either side gives a
// Double. Either side may be nullable, so the result is typed nullable; same-type arithmetic
// (Arithmetic.kt) keeps the operands' nullability.

/** `this * other`, a Short and an Int giving an Int. */
@JvmName("timesShortInt")
public operator fun Expression<out Short?>.times(other: Expression<out Int?>): Expression<Int?> = multiply(other, Int::class.javaObjectType).orNull()

/** `this * other`, a Short and a Long giving a Long. */
@JvmName("timesShortLong")
public operator fun Expression<out Short?>.times(other: Expression<out Long?>): Expression<Long?> = multiply(other, Long::class.javaObjectType).orNull()

/** `this * other`, a Short and a Float giving a Double. */
@JvmName("timesShortFloat")
public operator fun Expression<out Short?>.times(other: Expression<out Float?>): Expression<Double?> = multiply(other, Double::class.javaObjectType).orNull()

/** `this * other`, a Short and a Double giving a Double. */
@JvmName("timesShortDouble")
public operator fun Expression<out Short?>.times(other: Expression<out Double?>): Expression<Double?> = multiply(other, Double::class.javaObjectType).orNull()

/** `this * other`, a Short and a BigDecimal giving a BigDecimal. */
@JvmName("timesShortBigDecimal")
public operator fun Expression<out Short?>.times(other: Expression<out BigDecimal?>): Expression<BigDecimal?> = multiply(other, BigDecimal::class.javaObjectType).orNull()

/** `this * other`, an Int and a Short giving an Int. */
@JvmName("timesIntShort")
public operator fun Expression<out Int?>.times(other: Expression<out Short?>): Expression<Int?> = multiply(other, Int::class.javaObjectType).orNull()

/** `this * other`, an Int and a Long giving a Long. */
@JvmName("timesIntLong")
public operator fun Expression<out Int?>.times(other: Expression<out Long?>): Expression<Long?> = multiply(other, Long::class.javaObjectType).orNull()

/** `this * other`, an Int and a Float giving a Double. */
@JvmName("timesIntFloat")
public operator fun Expression<out Int?>.times(other: Expression<out Float?>): Expression<Double?> = multiply(other, Double::class.javaObjectType).orNull()

/** `this * other`, an Int and a Double giving a Double. */
@JvmName("timesIntDouble")
public operator fun Expression<out Int?>.times(other: Expression<out Double?>): Expression<Double?> = multiply(other, Double::class.javaObjectType).orNull()

/** `this * other`, an Int and a BigDecimal giving a BigDecimal. */
@JvmName("timesIntBigDecimal")
public operator fun Expression<out Int?>.times(other: Expression<out BigDecimal?>): Expression<BigDecimal?> = multiply(other, BigDecimal::class.javaObjectType).orNull()

/** `this * other`, a Long and a Short giving a Long. */
@JvmName("timesLongShort")
public operator fun Expression<out Long?>.times(other: Expression<out Short?>): Expression<Long?> = multiply(other, Long::class.javaObjectType).orNull()

/** `this * other`, a Long and an Int giving a Long. */
@JvmName("timesLongInt")
public operator fun Expression<out Long?>.times(other: Expression<out Int?>): Expression<Long?> = multiply(other, Long::class.javaObjectType).orNull()

/** `this * other`, a Long and a Float giving a Double. */
@JvmName("timesLongFloat")
public operator fun Expression<out Long?>.times(other: Expression<out Float?>): Expression<Double?> = multiply(other, Double::class.javaObjectType).orNull()

/** `this * other`, a Long and a Double giving a Double. */
@JvmName("timesLongDouble")
public operator fun Expression<out Long?>.times(other: Expression<out Double?>): Expression<Double?> = multiply(other, Double::class.javaObjectType).orNull()

/** `this * other`, a Long and a BigDecimal giving a BigDecimal. */
@JvmName("timesLongBigDecimal")
public operator fun Expression<out Long?>.times(other: Expression<out BigDecimal?>): Expression<BigDecimal?> = multiply(other, BigDecimal::class.javaObjectType).orNull()

/** `this * other`, a Float and a Short giving a Double. */
@JvmName("timesFloatShort")
public operator fun Expression<out Float?>.times(other: Expression<out Short?>): Expression<Double?> = multiply(other, Double::class.javaObjectType).orNull()

/** `this * other`, a Float and an Int giving a Double. */
@JvmName("timesFloatInt")
public operator fun Expression<out Float?>.times(other: Expression<out Int?>): Expression<Double?> = multiply(other, Double::class.javaObjectType).orNull()

/** `this * other`, a Float and a Long giving a Double. */
@JvmName("timesFloatLong")
public operator fun Expression<out Float?>.times(other: Expression<out Long?>): Expression<Double?> = multiply(other, Double::class.javaObjectType).orNull()

/** `this * other`, a Float and a Double giving a Double. */
@JvmName("timesFloatDouble")
public operator fun Expression<out Float?>.times(other: Expression<out Double?>): Expression<Double?> = multiply(other, Double::class.javaObjectType).orNull()

/** `this * other`, a Float and a BigDecimal giving a Double. */
@JvmName("timesFloatBigDecimal")
public operator fun Expression<out Float?>.times(other: Expression<out BigDecimal?>): Expression<Double?> = multiply(other, Double::class.javaObjectType).orNull()

/** `this * other`, a Double and a Short giving a Double. */
@JvmName("timesDoubleShort")
public operator fun Expression<out Double?>.times(other: Expression<out Short?>): Expression<Double?> = multiply(other, Double::class.javaObjectType).orNull()

/** `this * other`, a Double and an Int giving a Double. */
@JvmName("timesDoubleInt")
public operator fun Expression<out Double?>.times(other: Expression<out Int?>): Expression<Double?> = multiply(other, Double::class.javaObjectType).orNull()

/** `this * other`, a Double and a Long giving a Double. */
@JvmName("timesDoubleLong")
public operator fun Expression<out Double?>.times(other: Expression<out Long?>): Expression<Double?> = multiply(other, Double::class.javaObjectType).orNull()

/** `this * other`, a Double and a Float giving a Double. */
@JvmName("timesDoubleFloat")
public operator fun Expression<out Double?>.times(other: Expression<out Float?>): Expression<Double?> = multiply(other, Double::class.javaObjectType).orNull()

/** `this * other`, a Double and a BigDecimal giving a Double. */
@JvmName("timesDoubleBigDecimal")
public operator fun Expression<out Double?>.times(other: Expression<out BigDecimal?>): Expression<Double?> = multiply(other, Double::class.javaObjectType).orNull()

/** `this * other`, a BigDecimal and a Short giving a BigDecimal. */
@JvmName("timesBigDecimalShort")
public operator fun Expression<out BigDecimal?>.times(other: Expression<out Short?>): Expression<BigDecimal?> = multiply(other, BigDecimal::class.javaObjectType).orNull()

/** `this * other`, a BigDecimal and an Int giving a BigDecimal. */
@JvmName("timesBigDecimalInt")
public operator fun Expression<out BigDecimal?>.times(other: Expression<out Int?>): Expression<BigDecimal?> = multiply(other, BigDecimal::class.javaObjectType).orNull()

/** `this * other`, a BigDecimal and a Long giving a BigDecimal. */
@JvmName("timesBigDecimalLong")
public operator fun Expression<out BigDecimal?>.times(other: Expression<out Long?>): Expression<BigDecimal?> = multiply(other, BigDecimal::class.javaObjectType).orNull()

/** `this * other`, a BigDecimal and a Float giving a Double. */
@JvmName("timesBigDecimalFloat")
public operator fun Expression<out BigDecimal?>.times(other: Expression<out Float?>): Expression<Double?> = multiply(other, Double::class.javaObjectType).orNull()

/** `this * other`, a BigDecimal and a Double giving a Double. */
@JvmName("timesBigDecimalDouble")
public operator fun Expression<out BigDecimal?>.times(other: Expression<out Double?>): Expression<Double?> = multiply(other, Double::class.javaObjectType).orNull()

/** `this / other`, a Short and an Int giving an Int. */
@JvmName("divShortInt")
public operator fun Expression<out Short?>.div(other: Expression<out Int?>): Expression<Int?> = divide(other, Int::class.javaObjectType).orNull()

/** `this / other`, a Short and a Long giving a Long. */
@JvmName("divShortLong")
public operator fun Expression<out Short?>.div(other: Expression<out Long?>): Expression<Long?> = divide(other, Long::class.javaObjectType).orNull()

/** `this / other`, a Short and a Float giving a Double. */
@JvmName("divShortFloat")
public operator fun Expression<out Short?>.div(other: Expression<out Float?>): Expression<Double?> = divide(other, Double::class.javaObjectType).orNull()

/** `this / other`, a Short and a Double giving a Double. */
@JvmName("divShortDouble")
public operator fun Expression<out Short?>.div(other: Expression<out Double?>): Expression<Double?> = divide(other, Double::class.javaObjectType).orNull()

/** `this / other`, a Short and a BigDecimal giving a BigDecimal. */
@JvmName("divShortBigDecimal")
public operator fun Expression<out Short?>.div(other: Expression<out BigDecimal?>): Expression<BigDecimal?> = divide(other, BigDecimal::class.javaObjectType).orNull()

/** `this / other`, an Int and a Short giving an Int. */
@JvmName("divIntShort")
public operator fun Expression<out Int?>.div(other: Expression<out Short?>): Expression<Int?> = divide(other, Int::class.javaObjectType).orNull()

/** `this / other`, an Int and a Long giving a Long. */
@JvmName("divIntLong")
public operator fun Expression<out Int?>.div(other: Expression<out Long?>): Expression<Long?> = divide(other, Long::class.javaObjectType).orNull()

/** `this / other`, an Int and a Float giving a Double. */
@JvmName("divIntFloat")
public operator fun Expression<out Int?>.div(other: Expression<out Float?>): Expression<Double?> = divide(other, Double::class.javaObjectType).orNull()

/** `this / other`, an Int and a Double giving a Double. */
@JvmName("divIntDouble")
public operator fun Expression<out Int?>.div(other: Expression<out Double?>): Expression<Double?> = divide(other, Double::class.javaObjectType).orNull()

/** `this / other`, an Int and a BigDecimal giving a BigDecimal. */
@JvmName("divIntBigDecimal")
public operator fun Expression<out Int?>.div(other: Expression<out BigDecimal?>): Expression<BigDecimal?> = divide(other, BigDecimal::class.javaObjectType).orNull()

/** `this / other`, a Long and a Short giving a Long. */
@JvmName("divLongShort")
public operator fun Expression<out Long?>.div(other: Expression<out Short?>): Expression<Long?> = divide(other, Long::class.javaObjectType).orNull()

/** `this / other`, a Long and an Int giving a Long. */
@JvmName("divLongInt")
public operator fun Expression<out Long?>.div(other: Expression<out Int?>): Expression<Long?> = divide(other, Long::class.javaObjectType).orNull()

/** `this / other`, a Long and a Float giving a Double. */
@JvmName("divLongFloat")
public operator fun Expression<out Long?>.div(other: Expression<out Float?>): Expression<Double?> = divide(other, Double::class.javaObjectType).orNull()

/** `this / other`, a Long and a Double giving a Double. */
@JvmName("divLongDouble")
public operator fun Expression<out Long?>.div(other: Expression<out Double?>): Expression<Double?> = divide(other, Double::class.javaObjectType).orNull()

/** `this / other`, a Long and a BigDecimal giving a BigDecimal. */
@JvmName("divLongBigDecimal")
public operator fun Expression<out Long?>.div(other: Expression<out BigDecimal?>): Expression<BigDecimal?> = divide(other, BigDecimal::class.javaObjectType).orNull()

/** `this / other`, a Float and a Short giving a Double. */
@JvmName("divFloatShort")
public operator fun Expression<out Float?>.div(other: Expression<out Short?>): Expression<Double?> = divide(other, Double::class.javaObjectType).orNull()

/** `this / other`, a Float and an Int giving a Double. */
@JvmName("divFloatInt")
public operator fun Expression<out Float?>.div(other: Expression<out Int?>): Expression<Double?> = divide(other, Double::class.javaObjectType).orNull()

/** `this / other`, a Float and a Long giving a Double. */
@JvmName("divFloatLong")
public operator fun Expression<out Float?>.div(other: Expression<out Long?>): Expression<Double?> = divide(other, Double::class.javaObjectType).orNull()

/** `this / other`, a Float and a Double giving a Double. */
@JvmName("divFloatDouble")
public operator fun Expression<out Float?>.div(other: Expression<out Double?>): Expression<Double?> = divide(other, Double::class.javaObjectType).orNull()

/** `this / other`, a Float and a BigDecimal giving a Double. */
@JvmName("divFloatBigDecimal")
public operator fun Expression<out Float?>.div(other: Expression<out BigDecimal?>): Expression<Double?> = divide(other, Double::class.javaObjectType).orNull()

/** `this / other`, a Double and a Short giving a Double. */
@JvmName("divDoubleShort")
public operator fun Expression<out Double?>.div(other: Expression<out Short?>): Expression<Double?> = divide(other, Double::class.javaObjectType).orNull()

/** `this / other`, a Double and an Int giving a Double. */
@JvmName("divDoubleInt")
public operator fun Expression<out Double?>.div(other: Expression<out Int?>): Expression<Double?> = divide(other, Double::class.javaObjectType).orNull()

/** `this / other`, a Double and a Long giving a Double. */
@JvmName("divDoubleLong")
public operator fun Expression<out Double?>.div(other: Expression<out Long?>): Expression<Double?> = divide(other, Double::class.javaObjectType).orNull()

/** `this / other`, a Double and a Float giving a Double. */
@JvmName("divDoubleFloat")
public operator fun Expression<out Double?>.div(other: Expression<out Float?>): Expression<Double?> = divide(other, Double::class.javaObjectType).orNull()

/** `this / other`, a Double and a BigDecimal giving a Double. */
@JvmName("divDoubleBigDecimal")
public operator fun Expression<out Double?>.div(other: Expression<out BigDecimal?>): Expression<Double?> = divide(other, Double::class.javaObjectType).orNull()

/** `this / other`, a BigDecimal and a Short giving a BigDecimal. */
@JvmName("divBigDecimalShort")
public operator fun Expression<out BigDecimal?>.div(other: Expression<out Short?>): Expression<BigDecimal?> = divide(other, BigDecimal::class.javaObjectType).orNull()

/** `this / other`, a BigDecimal and an Int giving a BigDecimal. */
@JvmName("divBigDecimalInt")
public operator fun Expression<out BigDecimal?>.div(other: Expression<out Int?>): Expression<BigDecimal?> = divide(other, BigDecimal::class.javaObjectType).orNull()

/** `this / other`, a BigDecimal and a Long giving a BigDecimal. */
@JvmName("divBigDecimalLong")
public operator fun Expression<out BigDecimal?>.div(other: Expression<out Long?>): Expression<BigDecimal?> = divide(other, BigDecimal::class.javaObjectType).orNull()

/** `this / other`, a BigDecimal and a Float giving a Double. */
@JvmName("divBigDecimalFloat")
public operator fun Expression<out BigDecimal?>.div(other: Expression<out Float?>): Expression<Double?> = divide(other, Double::class.javaObjectType).orNull()

/** `this / other`, a BigDecimal and a Double giving a Double. */
@JvmName("divBigDecimalDouble")
public operator fun Expression<out BigDecimal?>.div(other: Expression<out Double?>): Expression<Double?> = divide(other, Double::class.javaObjectType).orNull()

/** `this % other`, a Short and an Int giving an Int. */
@JvmName("remShortInt")
public operator fun Expression<out Short?>.rem(other: Expression<out Int?>): Expression<Int?> = mod(other, Int::class.javaObjectType).orNull()

/** `this % other`, a Short and a Long giving a Long. */
@JvmName("remShortLong")
public operator fun Expression<out Short?>.rem(other: Expression<out Long?>): Expression<Long?> = mod(other, Long::class.javaObjectType).orNull()

/** `this % other`, a Short and a Float giving a Double. */
@JvmName("remShortFloat")
public operator fun Expression<out Short?>.rem(other: Expression<out Float?>): Expression<Double?> = mod(other, Double::class.javaObjectType).orNull()

/** `this % other`, a Short and a Double giving a Double. */
@JvmName("remShortDouble")
public operator fun Expression<out Short?>.rem(other: Expression<out Double?>): Expression<Double?> = mod(other, Double::class.javaObjectType).orNull()

/** `this % other`, a Short and a BigDecimal giving a BigDecimal. */
@JvmName("remShortBigDecimal")
public operator fun Expression<out Short?>.rem(other: Expression<out BigDecimal?>): Expression<BigDecimal?> = mod(other, BigDecimal::class.javaObjectType).orNull()

/** `this % other`, an Int and a Short giving an Int. */
@JvmName("remIntShort")
public operator fun Expression<out Int?>.rem(other: Expression<out Short?>): Expression<Int?> = mod(other, Int::class.javaObjectType).orNull()

/** `this % other`, an Int and a Long giving a Long. */
@JvmName("remIntLong")
public operator fun Expression<out Int?>.rem(other: Expression<out Long?>): Expression<Long?> = mod(other, Long::class.javaObjectType).orNull()

/** `this % other`, an Int and a Float giving a Double. */
@JvmName("remIntFloat")
public operator fun Expression<out Int?>.rem(other: Expression<out Float?>): Expression<Double?> = mod(other, Double::class.javaObjectType).orNull()

/** `this % other`, an Int and a Double giving a Double. */
@JvmName("remIntDouble")
public operator fun Expression<out Int?>.rem(other: Expression<out Double?>): Expression<Double?> = mod(other, Double::class.javaObjectType).orNull()

/** `this % other`, an Int and a BigDecimal giving a BigDecimal. */
@JvmName("remIntBigDecimal")
public operator fun Expression<out Int?>.rem(other: Expression<out BigDecimal?>): Expression<BigDecimal?> = mod(other, BigDecimal::class.javaObjectType).orNull()

/** `this % other`, a Long and a Short giving a Long. */
@JvmName("remLongShort")
public operator fun Expression<out Long?>.rem(other: Expression<out Short?>): Expression<Long?> = mod(other, Long::class.javaObjectType).orNull()

/** `this % other`, a Long and an Int giving a Long. */
@JvmName("remLongInt")
public operator fun Expression<out Long?>.rem(other: Expression<out Int?>): Expression<Long?> = mod(other, Long::class.javaObjectType).orNull()

/** `this % other`, a Long and a Float giving a Double. */
@JvmName("remLongFloat")
public operator fun Expression<out Long?>.rem(other: Expression<out Float?>): Expression<Double?> = mod(other, Double::class.javaObjectType).orNull()

/** `this % other`, a Long and a Double giving a Double. */
@JvmName("remLongDouble")
public operator fun Expression<out Long?>.rem(other: Expression<out Double?>): Expression<Double?> = mod(other, Double::class.javaObjectType).orNull()

/** `this % other`, a Long and a BigDecimal giving a BigDecimal. */
@JvmName("remLongBigDecimal")
public operator fun Expression<out Long?>.rem(other: Expression<out BigDecimal?>): Expression<BigDecimal?> = mod(other, BigDecimal::class.javaObjectType).orNull()

/** `this % other`, a Float and a Short giving a Double. */
@JvmName("remFloatShort")
public operator fun Expression<out Float?>.rem(other: Expression<out Short?>): Expression<Double?> = mod(other, Double::class.javaObjectType).orNull()

/** `this % other`, a Float and an Int giving a Double. */
@JvmName("remFloatInt")
public operator fun Expression<out Float?>.rem(other: Expression<out Int?>): Expression<Double?> = mod(other, Double::class.javaObjectType).orNull()

/** `this % other`, a Float and a Long giving a Double. */
@JvmName("remFloatLong")
public operator fun Expression<out Float?>.rem(other: Expression<out Long?>): Expression<Double?> = mod(other, Double::class.javaObjectType).orNull()

/** `this % other`, a Float and a Double giving a Double. */
@JvmName("remFloatDouble")
public operator fun Expression<out Float?>.rem(other: Expression<out Double?>): Expression<Double?> = mod(other, Double::class.javaObjectType).orNull()

/** `this % other`, a Float and a BigDecimal giving a Double. */
@JvmName("remFloatBigDecimal")
public operator fun Expression<out Float?>.rem(other: Expression<out BigDecimal?>): Expression<Double?> = mod(other, Double::class.javaObjectType).orNull()

/** `this % other`, a Double and a Short giving a Double. */
@JvmName("remDoubleShort")
public operator fun Expression<out Double?>.rem(other: Expression<out Short?>): Expression<Double?> = mod(other, Double::class.javaObjectType).orNull()

/** `this % other`, a Double and an Int giving a Double. */
@JvmName("remDoubleInt")
public operator fun Expression<out Double?>.rem(other: Expression<out Int?>): Expression<Double?> = mod(other, Double::class.javaObjectType).orNull()

/** `this % other`, a Double and a Long giving a Double. */
@JvmName("remDoubleLong")
public operator fun Expression<out Double?>.rem(other: Expression<out Long?>): Expression<Double?> = mod(other, Double::class.javaObjectType).orNull()

/** `this % other`, a Double and a Float giving a Double. */
@JvmName("remDoubleFloat")
public operator fun Expression<out Double?>.rem(other: Expression<out Float?>): Expression<Double?> = mod(other, Double::class.javaObjectType).orNull()

/** `this % other`, a Double and a BigDecimal giving a Double. */
@JvmName("remDoubleBigDecimal")
public operator fun Expression<out Double?>.rem(other: Expression<out BigDecimal?>): Expression<Double?> = mod(other, Double::class.javaObjectType).orNull()

/** `this % other`, a BigDecimal and a Short giving a BigDecimal. */
@JvmName("remBigDecimalShort")
public operator fun Expression<out BigDecimal?>.rem(other: Expression<out Short?>): Expression<BigDecimal?> = mod(other, BigDecimal::class.javaObjectType).orNull()

/** `this % other`, a BigDecimal and an Int giving a BigDecimal. */
@JvmName("remBigDecimalInt")
public operator fun Expression<out BigDecimal?>.rem(other: Expression<out Int?>): Expression<BigDecimal?> = mod(other, BigDecimal::class.javaObjectType).orNull()

/** `this % other`, a BigDecimal and a Long giving a BigDecimal. */
@JvmName("remBigDecimalLong")
public operator fun Expression<out BigDecimal?>.rem(other: Expression<out Long?>): Expression<BigDecimal?> = mod(other, BigDecimal::class.javaObjectType).orNull()

/** `this % other`, a BigDecimal and a Float giving a Double. */
@JvmName("remBigDecimalFloat")
public operator fun Expression<out BigDecimal?>.rem(other: Expression<out Float?>): Expression<Double?> = mod(other, Double::class.javaObjectType).orNull()

/** `this % other`, a BigDecimal and a Double giving a Double. */
@JvmName("remBigDecimalDouble")
public operator fun Expression<out BigDecimal?>.rem(other: Expression<out Double?>): Expression<Double?> = mod(other, Double::class.javaObjectType).orNull()
