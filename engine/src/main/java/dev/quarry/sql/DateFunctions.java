package dev.quarry.sql;

import java.time.temporal.Temporal;
import org.jspecify.annotations.Nullable;

/**
 * Date and time functions for static import: {@code import static dev.quarry.sql.DateFunctions.*}.
 * Date parts and truncation take {@link SqlType#DATE}, {@link SqlType#DATETIME} and
 * {@link SqlType#TIMESTAMP} expressions (instants in UTC); shifts are written
 * {@code ORDERS.placed.plus(days(3))} with the intervals made here. Each means the same on every
 * dialect; an operand of the wrong type fails when the expression is built.
 */
public final class DateFunctions {
    private DateFunctions() {
    }

    // ---- parts -------------------------------------------------------------------------------

    /** One field of a date, date-time or instant, as an integer. */
    public static Expression<Integer> extract(DatePart part, Expression<? extends @Nullable Temporal> value) {
        return new DateExpression.Part(part, value);
    }

    /** The year. */
    public static Expression<Integer> year(Expression<? extends @Nullable Temporal> value) {
        return extract(DatePart.YEAR, value);
    }

    /** The quarter, 1 to 4. */
    public static Expression<Integer> quarter(Expression<? extends @Nullable Temporal> value) {
        return extract(DatePart.QUARTER, value);
    }

    /** The month, 1 to 12. */
    public static Expression<Integer> month(Expression<? extends @Nullable Temporal> value) {
        return extract(DatePart.MONTH, value);
    }

    /** The day of the month, 1 to 31. */
    public static Expression<Integer> day(Expression<? extends @Nullable Temporal> value) {
        return extract(DatePart.DAY, value);
    }

    /** The ISO day of the week: 1 is Monday, 7 is Sunday. */
    public static Expression<Integer> dayOfWeek(Expression<? extends @Nullable Temporal> value) {
        return extract(DatePart.DAY_OF_WEEK, value);
    }

    /** The hour, 0 to 23, of a date-time or instant. */
    public static Expression<Integer> hour(Expression<? extends @Nullable Temporal> value) {
        return extract(DatePart.HOUR, value);
    }

    /** The minute, 0 to 59, of a date-time or instant. */
    public static Expression<Integer> minute(Expression<? extends @Nullable Temporal> value) {
        return extract(DatePart.MINUTE, value);
    }

    /** The whole second, 0 to 59, of a date-time or instant; the fraction is dropped. */
    public static Expression<Integer> second(Expression<? extends @Nullable Temporal> value) {
        return extract(DatePart.SECOND, value);
    }

    // ---- truncation --------------------------------------------------------------------------

    /**
     * The value truncated to the start of its {@code unit}, of the value's own type; weeks start on
     * Monday. A date cannot be truncated to an hour, minute or second.
     */
    public static <T extends @Nullable Temporal> Expression<T> dateTrunc(DateUnit unit, Expression<T> value) {
        return new DateExpression.Truncate<>(unit, value);
    }

    // ---- intervals ---------------------------------------------------------------------------

    /** {@code amount} years, bound; shifting clamps the day to the month's end. */
    public static Interval years(int amount) {
        return interval(DateUnit.YEAR, amount);
    }

    /** A column's or expression's number of years. */
    public static Interval years(Expression<? extends @Nullable Number> amount) {
        return new Interval(DateUnit.YEAR, amount);
    }

    /** {@code amount} quarters (3 months each), bound. */
    public static Interval quarters(int amount) {
        return interval(DateUnit.QUARTER, amount);
    }

    /** A column's or expression's number of quarters. */
    public static Interval quarters(Expression<? extends @Nullable Number> amount) {
        return new Interval(DateUnit.QUARTER, amount);
    }

    /** {@code amount} months, bound; shifting clamps the day to the month's end. */
    public static Interval months(int amount) {
        return interval(DateUnit.MONTH, amount);
    }

    /** A column's or expression's number of months. */
    public static Interval months(Expression<? extends @Nullable Number> amount) {
        return new Interval(DateUnit.MONTH, amount);
    }

    /** {@code amount} weeks (7 days each), bound. */
    public static Interval weeks(int amount) {
        return interval(DateUnit.WEEK, amount);
    }

    /** A column's or expression's number of weeks. */
    public static Interval weeks(Expression<? extends @Nullable Number> amount) {
        return new Interval(DateUnit.WEEK, amount);
    }

    /** {@code amount} days, bound. */
    public static Interval days(int amount) {
        return interval(DateUnit.DAY, amount);
    }

    /** A column's or expression's number of days. */
    public static Interval days(Expression<? extends @Nullable Number> amount) {
        return new Interval(DateUnit.DAY, amount);
    }

    /** {@code amount} hours, bound; not for dates. */
    public static Interval hours(int amount) {
        return interval(DateUnit.HOUR, amount);
    }

    /** A column's or expression's number of hours. */
    public static Interval hours(Expression<? extends @Nullable Number> amount) {
        return new Interval(DateUnit.HOUR, amount);
    }

    /** {@code amount} minutes, bound; not for dates. */
    public static Interval minutes(int amount) {
        return interval(DateUnit.MINUTE, amount);
    }

    /** A column's or expression's number of minutes. */
    public static Interval minutes(Expression<? extends @Nullable Number> amount) {
        return new Interval(DateUnit.MINUTE, amount);
    }

    /** {@code amount} seconds, bound; not for dates. */
    public static Interval seconds(int amount) {
        return interval(DateUnit.SECOND, amount);
    }

    /** A column's or expression's number of seconds. */
    public static Interval seconds(Expression<? extends @Nullable Number> amount) {
        return new Interval(DateUnit.SECOND, amount);
    }

    // ---- differences -------------------------------------------------------------------------

    /**
     * Whole days from {@code start} to {@code end}, truncated toward zero; negative when end is
     * earlier. Both have the same type.
     */
    public static Expression<Integer> daysBetween(Expression<?> start, Expression<?> end) {
        return new DateExpression.Difference<>(DateUnit.DAY, start, end, SqlType.INTEGER);
    }

    /**
     * Whole seconds from {@code start} to {@code end}, truncated toward zero; negative when end is
     * earlier. Both have the same type.
     */
    public static Expression<Long> secondsBetween(Expression<?> start, Expression<?> end) {
        return new DateExpression.Difference<>(DateUnit.SECOND, start, end, SqlType.BIGINT);
    }

    private static Interval interval(DateUnit unit, int amount) {
        return new Interval(unit, new Expression.Param<>(amount, SqlType.INTEGER));
    }
}
