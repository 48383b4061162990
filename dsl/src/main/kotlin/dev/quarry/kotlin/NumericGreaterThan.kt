package dev.quarry.kotlin

import dev.quarry.sql.ComparisonOperator
import dev.quarry.sql.Condition
import dev.quarry.sql.Expression
import java.math.BigDecimal

// `gt` and `gte` between expressions of two different numeric types,
// one overload per ordered pair of Short, Int, Long, Float, Double and BigDecimal; either side may be
// nullable. The database compares them after the engine's numeric promotion (integers widen, a
// decimal or a double makes the comparison exact or floating point), so `Orders.quantity gt
// avgQuantity` needs no cast. Same-type comparisons are in Operators.kt; there is no pair of a type
// with itself, so the two sets of overloads never compete for one call.

/** `this > other`, a Short against an Int. */
@JvmName("gtShortInt")
public infix fun Expression<out Short?>.gt(other: Expression<out Int?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Short against a Long. */
@JvmName("gtShortLong")
public infix fun Expression<out Short?>.gt(other: Expression<out Long?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Short against a Float. */
@JvmName("gtShortFloat")
public infix fun Expression<out Short?>.gt(other: Expression<out Float?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Short against a Double. */
@JvmName("gtShortDouble")
public infix fun Expression<out Short?>.gt(other: Expression<out Double?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Short against a BigDecimal. */
@JvmName("gtShortBigDecimal")
public infix fun Expression<out Short?>.gt(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, an Int against a Short. */
@JvmName("gtIntShort")
public infix fun Expression<out Int?>.gt(other: Expression<out Short?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, an Int against a Long. */
@JvmName("gtIntLong")
public infix fun Expression<out Int?>.gt(other: Expression<out Long?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, an Int against a Float. */
@JvmName("gtIntFloat")
public infix fun Expression<out Int?>.gt(other: Expression<out Float?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, an Int against a Double. */
@JvmName("gtIntDouble")
public infix fun Expression<out Int?>.gt(other: Expression<out Double?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, an Int against a BigDecimal. */
@JvmName("gtIntBigDecimal")
public infix fun Expression<out Int?>.gt(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Long against a Short. */
@JvmName("gtLongShort")
public infix fun Expression<out Long?>.gt(other: Expression<out Short?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Long against an Int. */
@JvmName("gtLongInt")
public infix fun Expression<out Long?>.gt(other: Expression<out Int?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Long against a Float. */
@JvmName("gtLongFloat")
public infix fun Expression<out Long?>.gt(other: Expression<out Float?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Long against a Double. */
@JvmName("gtLongDouble")
public infix fun Expression<out Long?>.gt(other: Expression<out Double?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Long against a BigDecimal. */
@JvmName("gtLongBigDecimal")
public infix fun Expression<out Long?>.gt(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Float against a Short. */
@JvmName("gtFloatShort")
public infix fun Expression<out Float?>.gt(other: Expression<out Short?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Float against an Int. */
@JvmName("gtFloatInt")
public infix fun Expression<out Float?>.gt(other: Expression<out Int?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Float against a Long. */
@JvmName("gtFloatLong")
public infix fun Expression<out Float?>.gt(other: Expression<out Long?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Float against a Double. */
@JvmName("gtFloatDouble")
public infix fun Expression<out Float?>.gt(other: Expression<out Double?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Float against a BigDecimal. */
@JvmName("gtFloatBigDecimal")
public infix fun Expression<out Float?>.gt(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Double against a Short. */
@JvmName("gtDoubleShort")
public infix fun Expression<out Double?>.gt(other: Expression<out Short?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Double against an Int. */
@JvmName("gtDoubleInt")
public infix fun Expression<out Double?>.gt(other: Expression<out Int?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Double against a Long. */
@JvmName("gtDoubleLong")
public infix fun Expression<out Double?>.gt(other: Expression<out Long?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Double against a Float. */
@JvmName("gtDoubleFloat")
public infix fun Expression<out Double?>.gt(other: Expression<out Float?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Double against a BigDecimal. */
@JvmName("gtDoubleBigDecimal")
public infix fun Expression<out Double?>.gt(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a BigDecimal against a Short. */
@JvmName("gtBigDecimalShort")
public infix fun Expression<out BigDecimal?>.gt(other: Expression<out Short?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a BigDecimal against an Int. */
@JvmName("gtBigDecimalInt")
public infix fun Expression<out BigDecimal?>.gt(other: Expression<out Int?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a BigDecimal against a Long. */
@JvmName("gtBigDecimalLong")
public infix fun Expression<out BigDecimal?>.gt(other: Expression<out Long?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a BigDecimal against a Float. */
@JvmName("gtBigDecimalFloat")
public infix fun Expression<out BigDecimal?>.gt(other: Expression<out Float?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a BigDecimal against a Double. */
@JvmName("gtBigDecimalDouble")
public infix fun Expression<out BigDecimal?>.gt(other: Expression<out Double?>): Condition = compare(ComparisonOperator.GT, other)

/** `this >= other`, a Short against an Int. */
@JvmName("gteShortInt")
public infix fun Expression<out Short?>.gte(other: Expression<out Int?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Short against a Long. */
@JvmName("gteShortLong")
public infix fun Expression<out Short?>.gte(other: Expression<out Long?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Short against a Float. */
@JvmName("gteShortFloat")
public infix fun Expression<out Short?>.gte(other: Expression<out Float?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Short against a Double. */
@JvmName("gteShortDouble")
public infix fun Expression<out Short?>.gte(other: Expression<out Double?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Short against a BigDecimal. */
@JvmName("gteShortBigDecimal")
public infix fun Expression<out Short?>.gte(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, an Int against a Short. */
@JvmName("gteIntShort")
public infix fun Expression<out Int?>.gte(other: Expression<out Short?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, an Int against a Long. */
@JvmName("gteIntLong")
public infix fun Expression<out Int?>.gte(other: Expression<out Long?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, an Int against a Float. */
@JvmName("gteIntFloat")
public infix fun Expression<out Int?>.gte(other: Expression<out Float?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, an Int against a Double. */
@JvmName("gteIntDouble")
public infix fun Expression<out Int?>.gte(other: Expression<out Double?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, an Int against a BigDecimal. */
@JvmName("gteIntBigDecimal")
public infix fun Expression<out Int?>.gte(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Long against a Short. */
@JvmName("gteLongShort")
public infix fun Expression<out Long?>.gte(other: Expression<out Short?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Long against an Int. */
@JvmName("gteLongInt")
public infix fun Expression<out Long?>.gte(other: Expression<out Int?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Long against a Float. */
@JvmName("gteLongFloat")
public infix fun Expression<out Long?>.gte(other: Expression<out Float?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Long against a Double. */
@JvmName("gteLongDouble")
public infix fun Expression<out Long?>.gte(other: Expression<out Double?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Long against a BigDecimal. */
@JvmName("gteLongBigDecimal")
public infix fun Expression<out Long?>.gte(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Float against a Short. */
@JvmName("gteFloatShort")
public infix fun Expression<out Float?>.gte(other: Expression<out Short?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Float against an Int. */
@JvmName("gteFloatInt")
public infix fun Expression<out Float?>.gte(other: Expression<out Int?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Float against a Long. */
@JvmName("gteFloatLong")
public infix fun Expression<out Float?>.gte(other: Expression<out Long?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Float against a Double. */
@JvmName("gteFloatDouble")
public infix fun Expression<out Float?>.gte(other: Expression<out Double?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Float against a BigDecimal. */
@JvmName("gteFloatBigDecimal")
public infix fun Expression<out Float?>.gte(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Double against a Short. */
@JvmName("gteDoubleShort")
public infix fun Expression<out Double?>.gte(other: Expression<out Short?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Double against an Int. */
@JvmName("gteDoubleInt")
public infix fun Expression<out Double?>.gte(other: Expression<out Int?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Double against a Long. */
@JvmName("gteDoubleLong")
public infix fun Expression<out Double?>.gte(other: Expression<out Long?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Double against a Float. */
@JvmName("gteDoubleFloat")
public infix fun Expression<out Double?>.gte(other: Expression<out Float?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Double against a BigDecimal. */
@JvmName("gteDoubleBigDecimal")
public infix fun Expression<out Double?>.gte(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a BigDecimal against a Short. */
@JvmName("gteBigDecimalShort")
public infix fun Expression<out BigDecimal?>.gte(other: Expression<out Short?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a BigDecimal against an Int. */
@JvmName("gteBigDecimalInt")
public infix fun Expression<out BigDecimal?>.gte(other: Expression<out Int?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a BigDecimal against a Long. */
@JvmName("gteBigDecimalLong")
public infix fun Expression<out BigDecimal?>.gte(other: Expression<out Long?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a BigDecimal against a Float. */
@JvmName("gteBigDecimalFloat")
public infix fun Expression<out BigDecimal?>.gte(other: Expression<out Float?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a BigDecimal against a Double. */
@JvmName("gteBigDecimalDouble")
public infix fun Expression<out BigDecimal?>.gte(other: Expression<out Double?>): Condition = compare(ComparisonOperator.GE, other)
