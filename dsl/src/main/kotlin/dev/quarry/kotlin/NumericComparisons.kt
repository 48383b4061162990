package dev.quarry.kotlin

import dev.quarry.sql.ComparisonOperator
import dev.quarry.sql.Condition
import dev.quarry.sql.Expression
import java.math.BigDecimal

// Comparisons between expressions of two different numeric types, one overload per ordered pair
// of Short, Int, Long, Float, Double and BigDecimal; either side may be nullable. The database
// compares them after the engine's numeric promotion (integers widen, a decimal or a double makes
// the comparison exact or floating point), so `Orders.quantity gt avgQuantity` needs no cast.
// Same-type comparisons are in Operators.kt; there is no pair of a type with itself, so the two
// sets of overloads never compete for one call.

/** `this = other`, a Short against a Int. */
@JvmName("eqShortInt")
public infix fun Expression<out Short?>.eq(other: Expression<out Int?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Short against a Long. */
@JvmName("eqShortLong")
public infix fun Expression<out Short?>.eq(other: Expression<out Long?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Short against a Float. */
@JvmName("eqShortFloat")
public infix fun Expression<out Short?>.eq(other: Expression<out Float?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Short against a Double. */
@JvmName("eqShortDouble")
public infix fun Expression<out Short?>.eq(other: Expression<out Double?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Short against a BigDecimal. */
@JvmName("eqShortBigDecimal")
public infix fun Expression<out Short?>.eq(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Int against a Short. */
@JvmName("eqIntShort")
public infix fun Expression<out Int?>.eq(other: Expression<out Short?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Int against a Long. */
@JvmName("eqIntLong")
public infix fun Expression<out Int?>.eq(other: Expression<out Long?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Int against a Float. */
@JvmName("eqIntFloat")
public infix fun Expression<out Int?>.eq(other: Expression<out Float?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Int against a Double. */
@JvmName("eqIntDouble")
public infix fun Expression<out Int?>.eq(other: Expression<out Double?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Int against a BigDecimal. */
@JvmName("eqIntBigDecimal")
public infix fun Expression<out Int?>.eq(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Long against a Short. */
@JvmName("eqLongShort")
public infix fun Expression<out Long?>.eq(other: Expression<out Short?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Long against a Int. */
@JvmName("eqLongInt")
public infix fun Expression<out Long?>.eq(other: Expression<out Int?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Long against a Float. */
@JvmName("eqLongFloat")
public infix fun Expression<out Long?>.eq(other: Expression<out Float?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Long against a Double. */
@JvmName("eqLongDouble")
public infix fun Expression<out Long?>.eq(other: Expression<out Double?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Long against a BigDecimal. */
@JvmName("eqLongBigDecimal")
public infix fun Expression<out Long?>.eq(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Float against a Short. */
@JvmName("eqFloatShort")
public infix fun Expression<out Float?>.eq(other: Expression<out Short?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Float against a Int. */
@JvmName("eqFloatInt")
public infix fun Expression<out Float?>.eq(other: Expression<out Int?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Float against a Long. */
@JvmName("eqFloatLong")
public infix fun Expression<out Float?>.eq(other: Expression<out Long?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Float against a Double. */
@JvmName("eqFloatDouble")
public infix fun Expression<out Float?>.eq(other: Expression<out Double?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Float against a BigDecimal. */
@JvmName("eqFloatBigDecimal")
public infix fun Expression<out Float?>.eq(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Double against a Short. */
@JvmName("eqDoubleShort")
public infix fun Expression<out Double?>.eq(other: Expression<out Short?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Double against a Int. */
@JvmName("eqDoubleInt")
public infix fun Expression<out Double?>.eq(other: Expression<out Int?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Double against a Long. */
@JvmName("eqDoubleLong")
public infix fun Expression<out Double?>.eq(other: Expression<out Long?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Double against a Float. */
@JvmName("eqDoubleFloat")
public infix fun Expression<out Double?>.eq(other: Expression<out Float?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Double against a BigDecimal. */
@JvmName("eqDoubleBigDecimal")
public infix fun Expression<out Double?>.eq(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a BigDecimal against a Short. */
@JvmName("eqBigDecimalShort")
public infix fun Expression<out BigDecimal?>.eq(other: Expression<out Short?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a BigDecimal against a Int. */
@JvmName("eqBigDecimalInt")
public infix fun Expression<out BigDecimal?>.eq(other: Expression<out Int?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a BigDecimal against a Long. */
@JvmName("eqBigDecimalLong")
public infix fun Expression<out BigDecimal?>.eq(other: Expression<out Long?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a BigDecimal against a Float. */
@JvmName("eqBigDecimalFloat")
public infix fun Expression<out BigDecimal?>.eq(other: Expression<out Float?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a BigDecimal against a Double. */
@JvmName("eqBigDecimalDouble")
public infix fun Expression<out BigDecimal?>.eq(other: Expression<out Double?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this <> other`, a Short against a Int. */
@JvmName("neqShortInt")
public infix fun Expression<out Short?>.neq(other: Expression<out Int?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Short against a Long. */
@JvmName("neqShortLong")
public infix fun Expression<out Short?>.neq(other: Expression<out Long?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Short against a Float. */
@JvmName("neqShortFloat")
public infix fun Expression<out Short?>.neq(other: Expression<out Float?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Short against a Double. */
@JvmName("neqShortDouble")
public infix fun Expression<out Short?>.neq(other: Expression<out Double?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Short against a BigDecimal. */
@JvmName("neqShortBigDecimal")
public infix fun Expression<out Short?>.neq(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Int against a Short. */
@JvmName("neqIntShort")
public infix fun Expression<out Int?>.neq(other: Expression<out Short?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Int against a Long. */
@JvmName("neqIntLong")
public infix fun Expression<out Int?>.neq(other: Expression<out Long?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Int against a Float. */
@JvmName("neqIntFloat")
public infix fun Expression<out Int?>.neq(other: Expression<out Float?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Int against a Double. */
@JvmName("neqIntDouble")
public infix fun Expression<out Int?>.neq(other: Expression<out Double?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Int against a BigDecimal. */
@JvmName("neqIntBigDecimal")
public infix fun Expression<out Int?>.neq(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Long against a Short. */
@JvmName("neqLongShort")
public infix fun Expression<out Long?>.neq(other: Expression<out Short?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Long against a Int. */
@JvmName("neqLongInt")
public infix fun Expression<out Long?>.neq(other: Expression<out Int?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Long against a Float. */
@JvmName("neqLongFloat")
public infix fun Expression<out Long?>.neq(other: Expression<out Float?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Long against a Double. */
@JvmName("neqLongDouble")
public infix fun Expression<out Long?>.neq(other: Expression<out Double?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Long against a BigDecimal. */
@JvmName("neqLongBigDecimal")
public infix fun Expression<out Long?>.neq(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Float against a Short. */
@JvmName("neqFloatShort")
public infix fun Expression<out Float?>.neq(other: Expression<out Short?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Float against a Int. */
@JvmName("neqFloatInt")
public infix fun Expression<out Float?>.neq(other: Expression<out Int?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Float against a Long. */
@JvmName("neqFloatLong")
public infix fun Expression<out Float?>.neq(other: Expression<out Long?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Float against a Double. */
@JvmName("neqFloatDouble")
public infix fun Expression<out Float?>.neq(other: Expression<out Double?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Float against a BigDecimal. */
@JvmName("neqFloatBigDecimal")
public infix fun Expression<out Float?>.neq(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Double against a Short. */
@JvmName("neqDoubleShort")
public infix fun Expression<out Double?>.neq(other: Expression<out Short?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Double against a Int. */
@JvmName("neqDoubleInt")
public infix fun Expression<out Double?>.neq(other: Expression<out Int?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Double against a Long. */
@JvmName("neqDoubleLong")
public infix fun Expression<out Double?>.neq(other: Expression<out Long?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Double against a Float. */
@JvmName("neqDoubleFloat")
public infix fun Expression<out Double?>.neq(other: Expression<out Float?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Double against a BigDecimal. */
@JvmName("neqDoubleBigDecimal")
public infix fun Expression<out Double?>.neq(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a BigDecimal against a Short. */
@JvmName("neqBigDecimalShort")
public infix fun Expression<out BigDecimal?>.neq(other: Expression<out Short?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a BigDecimal against a Int. */
@JvmName("neqBigDecimalInt")
public infix fun Expression<out BigDecimal?>.neq(other: Expression<out Int?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a BigDecimal against a Long. */
@JvmName("neqBigDecimalLong")
public infix fun Expression<out BigDecimal?>.neq(other: Expression<out Long?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a BigDecimal against a Float. */
@JvmName("neqBigDecimalFloat")
public infix fun Expression<out BigDecimal?>.neq(other: Expression<out Float?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a BigDecimal against a Double. */
@JvmName("neqBigDecimalDouble")
public infix fun Expression<out BigDecimal?>.neq(other: Expression<out Double?>): Condition = compare(ComparisonOperator.NE, other)

/** `this < other`, a Short against a Int. */
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

/** `this < other`, a Int against a Short. */
@JvmName("ltIntShort")
public infix fun Expression<out Int?>.lt(other: Expression<out Short?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Int against a Long. */
@JvmName("ltIntLong")
public infix fun Expression<out Int?>.lt(other: Expression<out Long?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Int against a Float. */
@JvmName("ltIntFloat")
public infix fun Expression<out Int?>.lt(other: Expression<out Float?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Int against a Double. */
@JvmName("ltIntDouble")
public infix fun Expression<out Int?>.lt(other: Expression<out Double?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Int against a BigDecimal. */
@JvmName("ltIntBigDecimal")
public infix fun Expression<out Int?>.lt(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Long against a Short. */
@JvmName("ltLongShort")
public infix fun Expression<out Long?>.lt(other: Expression<out Short?>): Condition = compare(ComparisonOperator.LT, other)

/** `this < other`, a Long against a Int. */
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

/** `this < other`, a Float against a Int. */
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

/** `this < other`, a Double against a Int. */
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

/** `this < other`, a BigDecimal against a Int. */
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

/** `this <= other`, a Short against a Int. */
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

/** `this <= other`, a Int against a Short. */
@JvmName("lteIntShort")
public infix fun Expression<out Int?>.lte(other: Expression<out Short?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Int against a Long. */
@JvmName("lteIntLong")
public infix fun Expression<out Int?>.lte(other: Expression<out Long?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Int against a Float. */
@JvmName("lteIntFloat")
public infix fun Expression<out Int?>.lte(other: Expression<out Float?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Int against a Double. */
@JvmName("lteIntDouble")
public infix fun Expression<out Int?>.lte(other: Expression<out Double?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Int against a BigDecimal. */
@JvmName("lteIntBigDecimal")
public infix fun Expression<out Int?>.lte(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Long against a Short. */
@JvmName("lteLongShort")
public infix fun Expression<out Long?>.lte(other: Expression<out Short?>): Condition = compare(ComparisonOperator.LE, other)

/** `this <= other`, a Long against a Int. */
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

/** `this <= other`, a Float against a Int. */
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

/** `this <= other`, a Double against a Int. */
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

/** `this <= other`, a BigDecimal against a Int. */
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

/** `this > other`, a Short against a Int. */
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

/** `this > other`, a Int against a Short. */
@JvmName("gtIntShort")
public infix fun Expression<out Int?>.gt(other: Expression<out Short?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Int against a Long. */
@JvmName("gtIntLong")
public infix fun Expression<out Int?>.gt(other: Expression<out Long?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Int against a Float. */
@JvmName("gtIntFloat")
public infix fun Expression<out Int?>.gt(other: Expression<out Float?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Int against a Double. */
@JvmName("gtIntDouble")
public infix fun Expression<out Int?>.gt(other: Expression<out Double?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Int against a BigDecimal. */
@JvmName("gtIntBigDecimal")
public infix fun Expression<out Int?>.gt(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Long against a Short. */
@JvmName("gtLongShort")
public infix fun Expression<out Long?>.gt(other: Expression<out Short?>): Condition = compare(ComparisonOperator.GT, other)

/** `this > other`, a Long against a Int. */
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

/** `this > other`, a Float against a Int. */
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

/** `this > other`, a Double against a Int. */
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

/** `this > other`, a BigDecimal against a Int. */
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

/** `this >= other`, a Short against a Int. */
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

/** `this >= other`, a Int against a Short. */
@JvmName("gteIntShort")
public infix fun Expression<out Int?>.gte(other: Expression<out Short?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Int against a Long. */
@JvmName("gteIntLong")
public infix fun Expression<out Int?>.gte(other: Expression<out Long?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Int against a Float. */
@JvmName("gteIntFloat")
public infix fun Expression<out Int?>.gte(other: Expression<out Float?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Int against a Double. */
@JvmName("gteIntDouble")
public infix fun Expression<out Int?>.gte(other: Expression<out Double?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Int against a BigDecimal. */
@JvmName("gteIntBigDecimal")
public infix fun Expression<out Int?>.gte(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Long against a Short. */
@JvmName("gteLongShort")
public infix fun Expression<out Long?>.gte(other: Expression<out Short?>): Condition = compare(ComparisonOperator.GE, other)

/** `this >= other`, a Long against a Int. */
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

/** `this >= other`, a Float against a Int. */
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

/** `this >= other`, a Double against a Int. */
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

/** `this >= other`, a BigDecimal against a Int. */
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
