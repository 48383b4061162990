package dev.quarry.kotlin

import dev.quarry.sql.ComparisonOperator
import dev.quarry.sql.Condition
import dev.quarry.sql.Expression
import java.math.BigDecimal

// `eq` and `neq` between expressions of two different numeric types,
// one overload per ordered pair of Short, Int, Long, Float, Double and BigDecimal; either side may be
// nullable. The database compares them after the engine's numeric promotion (integers widen, a
// decimal or a double makes the comparison exact or floating point), so `Orders.quantity gt
// avgQuantity` needs no cast. Same-type comparisons are in Operators.kt; there is no pair of a type
// with itself, so the two sets of overloads never compete for one call.

/** `this = other`, a Short against an Int. */
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

/** `this = other`, an Int against a Short. */
@JvmName("eqIntShort")
public infix fun Expression<out Int?>.eq(other: Expression<out Short?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, an Int against a Long. */
@JvmName("eqIntLong")
public infix fun Expression<out Int?>.eq(other: Expression<out Long?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, an Int against a Float. */
@JvmName("eqIntFloat")
public infix fun Expression<out Int?>.eq(other: Expression<out Float?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, an Int against a Double. */
@JvmName("eqIntDouble")
public infix fun Expression<out Int?>.eq(other: Expression<out Double?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, an Int against a BigDecimal. */
@JvmName("eqIntBigDecimal")
public infix fun Expression<out Int?>.eq(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Long against a Short. */
@JvmName("eqLongShort")
public infix fun Expression<out Long?>.eq(other: Expression<out Short?>): Condition = compare(ComparisonOperator.EQ, other)

/** `this = other`, a Long against an Int. */
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

/** `this = other`, a Float against an Int. */
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

/** `this = other`, a Double against an Int. */
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

/** `this = other`, a BigDecimal against an Int. */
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

/** `this <> other`, a Short against an Int. */
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

/** `this <> other`, an Int against a Short. */
@JvmName("neqIntShort")
public infix fun Expression<out Int?>.neq(other: Expression<out Short?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, an Int against a Long. */
@JvmName("neqIntLong")
public infix fun Expression<out Int?>.neq(other: Expression<out Long?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, an Int against a Float. */
@JvmName("neqIntFloat")
public infix fun Expression<out Int?>.neq(other: Expression<out Float?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, an Int against a Double. */
@JvmName("neqIntDouble")
public infix fun Expression<out Int?>.neq(other: Expression<out Double?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, an Int against a BigDecimal. */
@JvmName("neqIntBigDecimal")
public infix fun Expression<out Int?>.neq(other: Expression<out BigDecimal?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Long against a Short. */
@JvmName("neqLongShort")
public infix fun Expression<out Long?>.neq(other: Expression<out Short?>): Condition = compare(ComparisonOperator.NE, other)

/** `this <> other`, a Long against an Int. */
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

/** `this <> other`, a Float against an Int. */
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

/** `this <> other`, a Double against an Int. */
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

/** `this <> other`, a BigDecimal against an Int. */
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
