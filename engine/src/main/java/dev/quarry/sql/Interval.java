package dev.quarry.sql;

import java.util.Objects;

/**
 * An amount of a {@link DateUnit} added to or subtracted from a date, date-time or instant:
 * {@code ORDERS.placed.plus(DateFunctions.days(3))}. The amount is an integer expression: a bound
 * value, a literal or a column. Shifts by months, quarters and years keep the day of the month
 * but clamp it to the last day of the target month, as {@link java.time.LocalDate#plusMonths}
 * does: January 31 plus one month is February 29 in a leap year and February 28 otherwise.
 *
 * @param unit what the amount counts
 * @param amount how many, possibly negative; an integer expression
 */
public record Interval(DateUnit unit, Expression<? extends Number> amount) {
    public Interval {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(amount, "amount");
        if (amount.sqlType().category() != SqlType.Category.INTEGER) {
            throw new IllegalArgumentException("an interval of " + unit.sqlName() + "s needs an integer amount, but "
                    + amount + " is " + amount.sqlType());
        }
    }

    /** The same interval counted backwards, for subtraction. */
    Interval negated() {
        return new Interval(unit, new Computed.Negate<>(amount));
    }
}
