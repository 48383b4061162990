package dev.quarry.kotlin

import dev.quarry.sql.ComparisonOperator
import dev.quarry.sql.Condition
import dev.quarry.sql.Expression
import java.math.BigDecimal

// `lt` and `lte` between expressions of two different numeric types,
// one overload per ordered pair of Short, Int, Long, Float, Double and BigDecimal; either side may be
// nullable. The database compares them after the engine's numeric promotion (integers widen, a
// decimal or a double makes the comparison exact or floating point), so `Orders.quantity gt
// avgQuantity` needs no cast. Same-type comparisons are in Operators.kt; there is no pair of a type
// with itself, so the two sets of overloads never compete for one call.

/** `this < other`, a Short against an Int. */
@JvmName("ltShortInt")
public infix fun Expression<out Short?>.lt(other: Expression<out Int?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Short against a Long. */
@JvmName("ltShortLong")
public infix fun Expression<out Short?>.lt(other: Expression<out Long?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Short against a Float. */
@JvmName("ltShortFloat")
public infix fun Expression<out Short?>.lt(other: Expression<out Float?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Short against a Double. */
@JvmName("ltShortDouble")
public infix fun Expression<out Short?>.lt(other: Expression<out Double?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Short against a BigDecimal. */
@JvmName("ltShortBigDecimal")
public infix fun Expression<out Short?>.lt(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, an Int against a Short. */
@JvmName("ltIntShort")
public infix fun Expression<out Int?>.lt(other: Expression<out Short?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, an Int against a Long. */
@JvmName("ltIntLong")
public infix fun Expression<out Int?>.lt(other: Expression<out Long?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, an Int against a Float. */
@JvmName("ltIntFloat")
public infix fun Expression<out Int?>.lt(other: Expression<out Float?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, an Int against a Double. */
@JvmName("ltIntDouble")
public infix fun Expression<out Int?>.lt(other: Expression<out Double?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, an Int against a BigDecimal. */
@JvmName("ltIntBigDecimal")
public infix fun Expression<out Int?>.lt(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Long against a Short. */
@JvmName("ltLongShort")
public infix fun Expression<out Long?>.lt(other: Expression<out Short?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Long against an Int. */
@JvmName("ltLongInt")
public infix fun Expression<out Long?>.lt(other: Expression<out Int?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Long against a Float. */
@JvmName("ltLongFloat")
public infix fun Expression<out Long?>.lt(other: Expression<out Float?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Long against a Double. */
@JvmName("ltLongDouble")
public infix fun Expression<out Long?>.lt(other: Expression<out Double?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Long against a BigDecimal. */
@JvmName("ltLongBigDecimal")
public infix fun Expression<out Long?>.lt(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Float against a Short. */
@JvmName("ltFloatShort")
public infix fun Expression<out Float?>.lt(other: Expression<out Short?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Float against an Int. */
@JvmName("ltFloatInt")
public infix fun Expression<out Float?>.lt(other: Expression<out Int?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Float against a Long. */
@JvmName("ltFloatLong")
public infix fun Expression<out Float?>.lt(other: Expression<out Long?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Float against a Double. */
@JvmName("ltFloatDouble")
public infix fun Expression<out Float?>.lt(other: Expression<out Double?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Float against a BigDecimal. */
@JvmName("ltFloatBigDecimal")
public infix fun Expression<out Float?>.lt(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Double against a Short. */
@JvmName("ltDoubleShort")
public infix fun Expression<out Double?>.lt(other: Expression<out Short?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Double against an Int. */
@JvmName("ltDoubleInt")
public infix fun Expression<out Double?>.lt(other: Expression<out Int?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Double against a Long. */
@JvmName("ltDoubleLong")
public infix fun Expression<out Double?>.lt(other: Expression<out Long?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Double against a Float. */
@JvmName("ltDoubleFloat")
public infix fun Expression<out Double?>.lt(other: Expression<out Float?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Double against a BigDecimal. */
@JvmName("ltDoubleBigDecimal")
public infix fun Expression<out Double?>.lt(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a BigDecimal against a Short. */
@JvmName("ltBigDecimalShort")
public infix fun Expression<out BigDecimal?>.lt(other: Expression<out Short?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a BigDecimal against an Int. */
@JvmName("ltBigDecimalInt")
public infix fun Expression<out BigDecimal?>.lt(other: Expression<out Int?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a BigDecimal against a Long. */
@JvmName("ltBigDecimalLong")
public infix fun Expression<out BigDecimal?>.lt(other: Expression<out Long?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a BigDecimal against a Float. */
@JvmName("ltBigDecimalFloat")
public infix fun Expression<out BigDecimal?>.lt(other: Expression<out Float?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a BigDecimal against a Double. */
@JvmName("ltBigDecimalDouble")
public infix fun Expression<out BigDecimal?>.lt(other: Expression<out Double?>): Condition = compare(ComparisonOperator.LT, other)

/** `this <= other`, a Short against an Int. */
@JvmName("lteShortInt")
public infix fun Expression<out Short?>.lte(other: Expression<out Int?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Short against a Long. */
@JvmName("lteShortLong")
public infix fun Expression<out Short?>.lte(other: Expression<out Long?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Short against a Float. */
@JvmName("lteShortFloat")
public infix fun Expression<out Short?>.lte(other: Expression<out Float?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Short against a Double. */
@JvmName("lteShortDouble")
public infix fun Expression<out Short?>.lte(other: Expression<out Double?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Short against a BigDecimal. */
@JvmName("lteShortBigDecimal")
public infix fun Expression<out Short?>.lte(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, an Int against a Short. */
@JvmName("lteIntShort")
public infix fun Expression<out Int?>.lte(other: Expression<out Short?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, an Int against a Long. */
@JvmName("lteIntLong")
public infix fun Expression<out Int?>.lte(other: Expression<out Long?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, an Int against a Float. */
@JvmName("lteIntFloat")
public infix fun Expression<out Int?>.lte(other: Expression<out Float?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, an Int against a Double. */
@JvmName("lteIntDouble")
public infix fun Expression<out Int?>.lte(other: Expression<out Double?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, an Int against a BigDecimal. */
@JvmName("lteIntBigDecimal")
public infix fun Expression<out Int?>.lte(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Long against a Short. */
@JvmName("lteLongShort")
public infix fun Expression<out Long?>.lte(other: Expression<out Short?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Long against an Int. */
@JvmName("lteLongInt")
public infix fun Expression<out Long?>.lte(other: Expression<out Int?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Long against a Float. */
@JvmName("lteLongFloat")
public infix fun Expression<out Long?>.lte(other: Expression<out Float?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Long against a Double. */
@JvmName("lteLongDouble")
public infix fun Expression<out Long?>.lte(other: Expression<out Double?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Long against a BigDecimal. */
@JvmName("lteLongBigDecimal")
public infix fun Expression<out Long?>.lte(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Float against a Short. */
@JvmName("lteFloatShort")
public infix fun Expression<out Float?>.lte(other: Expression<out Short?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Float against an Int. */
@JvmName("lteFloatInt")
public infix fun Expression<out Float?>.lte(other: Expression<out Int?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Float against a Long. */
@JvmName("lteFloatLong")
public infix fun Expression<out Float?>.lte(other: Expression<out Long?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Float against a Double. */
@JvmName("lteFloatDouble")
public infix fun Expression<out Float?>.lte(other: Expression<out Double?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Float against a BigDecimal. */
@JvmName("lteFloatBigDecimal")
public infix fun Expression<out Float?>.lte(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Double against a Short. */
@JvmName("lteDoubleShort")
public infix fun Expression<out Double?>.lte(other: Expression<out Short?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Double against an Int. */
@JvmName("lteDoubleInt")
public infix fun Expression<out Double?>.lte(other: Expression<out Int?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Double against a Long. */
@JvmName("lteDoubleLong")
public infix fun Expression<out Double?>.lte(other: Expression<out Long?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Double against a Float. */
@JvmName("lteDoubleFloat")
public infix fun Expression<out Double?>.lte(other: Expression<out Float?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Double against a BigDecimal. */
@JvmName("lteDoubleBigDecimal")
public infix fun Expression<out Double?>.lte(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a BigDecimal against a Short. */
@JvmName("lteBigDecimalShort")
public infix fun Expression<out BigDecimal?>.lte(other: Expression<out Short?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a BigDecimal against an Int. */
@JvmName("lteBigDecimalInt")
public infix fun Expression<out BigDecimal?>.lte(other: Expression<out Int?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a BigDecimal against a Long. */
@JvmName("lteBigDecimalLong")
public infix fun Expression<out BigDecimal?>.lte(other: Expression<out Long?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a BigDecimal against a Float. */
@JvmName("lteBigDecimalFloat")
public infix fun Expression<out BigDecimal?>.lte(other: Expression<out Float?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a BigDecimal against a Double. */
@JvmName("lteBigDecimalDouble")
public infix fun Expression<out BigDecimal?>.lte(other: Expression<out Double?>): Condition = compare(ComparisonOperator.LE, other)
