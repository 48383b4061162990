package dev.quarry.kotlin

import dev.quarry.sql.DateFunctions
import dev.quarry.sql.DatePart
import dev.quarry.sql.DateUnit
import dev.quarry.sql.Expression
import dev.quarry.sql.Interval
import java.time.temporal.Temporal

// Date and time functions over date, date-time and instant expressions (instants in UTC), the same
// on every dialect. Shift with the engine's operators: `Orders.placed + days(3)`, `placed - months(1)`;
// months, quarters and years clamp the day to the end of the month (Jan 31 + 1 month = Feb 29 in 2024).

/** One [part] of a date, date-time or instant, as an integer. */
public fun extract(part: DatePart, value: Expression<out Temporal?>): Expression<Int> = DateFunctions.extract(part, value)

/** The year. */
public fun year(value: Expression<out Temporal?>): Expression<Int> = DateFunctions.year(value)

/** The quarter, 1 to 4. */
public fun quarter(value: Expression<out Temporal?>): Expression<Int> = DateFunctions.quarter(value)

/** The month, 1 to 12. */
public fun month(value: Expression<out Temporal?>): Expression<Int> = DateFunctions.month(value)

/** The day of the month, 1 to 31. */
public fun day(value: Expression<out Temporal?>): Expression<Int> = DateFunctions.day(value)

/** The ISO day of the week: 1 is Monday, 7 is Sunday. */
public fun dayOfWeek(value: Expression<out Temporal?>): Expression<Int> = DateFunctions.dayOfWeek(value)

/** The hour, 0 to 23, of a date-time or instant. */
public fun hour(value: Expression<out Temporal?>): Expression<Int> = DateFunctions.hour(value)

/** The minute, 0 to 59, of a date-time or instant. */
public fun minute(value: Expression<out Temporal?>): Expression<Int> = DateFunctions.minute(value)

/** The whole second, 0 to 59, of a date-time or instant; the fraction is dropped. */
public fun second(value: Expression<out Temporal?>): Expression<Int> = DateFunctions.second(value)

/** The value truncated to the start of its [unit] (weeks start on Monday), of the value's own type. */
public fun <T : Temporal?> dateTrunc(unit: DateUnit, value: Expression<T>): Expression<T> = DateFunctions.dateTrunc(unit, value)

/** [amount] years; shifting by them clamps the day to the end of the month. */
public fun years(amount: Int): Interval = DateFunctions.years(amount)

/** A column's or expression's number of years. */
public fun years(amount: Expression<out Number?>): Interval = DateFunctions.years(amount)

/** [amount] quarters of 3 months. */
public fun quarters(amount: Int): Interval = DateFunctions.quarters(amount)

/** A column's or expression's number of quarters. */
public fun quarters(amount: Expression<out Number?>): Interval = DateFunctions.quarters(amount)

/** [amount] months; shifting by them clamps the day to the end of the month. */
public fun months(amount: Int): Interval = DateFunctions.months(amount)

/** A column's or expression's number of months. */
public fun months(amount: Expression<out Number?>): Interval = DateFunctions.months(amount)

/** [amount] weeks of 7 days. */
public fun weeks(amount: Int): Interval = DateFunctions.weeks(amount)

/** A column's or expression's number of weeks. */
public fun weeks(amount: Expression<out Number?>): Interval = DateFunctions.weeks(amount)

/** [amount] days. */
public fun days(amount: Int): Interval = DateFunctions.days(amount)

/** A column's or expression's number of days. */
public fun days(amount: Expression<out Number?>): Interval = DateFunctions.days(amount)

/** [amount] hours; not for dates. */
public fun hours(amount: Int): Interval = DateFunctions.hours(amount)

/** A column's or expression's number of hours. */
public fun hours(amount: Expression<out Number?>): Interval = DateFunctions.hours(amount)

/** [amount] minutes; not for dates. */
public fun minutes(amount: Int): Interval = DateFunctions.minutes(amount)

/** A column's or expression's number of minutes. */
public fun minutes(amount: Expression<out Number?>): Interval = DateFunctions.minutes(amount)

/** [amount] seconds; not for dates. */
public fun seconds(amount: Int): Interval = DateFunctions.seconds(amount)

/** A column's or expression's number of seconds. */
public fun seconds(amount: Expression<out Number?>): Interval = DateFunctions.seconds(amount)

/** Whole days from [start] to [end] (of the same type), truncated toward zero; negative when end is earlier. */
public fun daysBetween(start: Expression<out Temporal?>, end: Expression<out Temporal?>): Expression<Int> =
    DateFunctions.daysBetween(start, end)

/** Whole seconds from [start] to [end] (of the same type), truncated toward zero; negative when end is earlier. */
public fun secondsBetween(start: Expression<out Temporal?>, end: Expression<out Temporal?>): Expression<Long> =
    DateFunctions.secondsBetween(start, end)
