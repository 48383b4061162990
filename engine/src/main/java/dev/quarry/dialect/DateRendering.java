package dev.quarry.dialect;

import dev.quarry.render.ExpressionRenderer;
import dev.quarry.sql.DateExpression;

/**
 * How one dialect writes the date functions ({@link DateExpression}): each dialect has one,
 * returned by {@link Dialect#dates()}. Stateless and thread-safe.
 */
public interface DateRendering {

    /** Writes a field of a date, date-time or instant (in UTC) as an integer; see {@link dev.quarry.sql.DatePart}. */
    void part(ExpressionRenderer renderer, DateExpression.Part part);

    /** Writes a truncation, whose result has the operand's storage form; weeks start on Monday. */
    void truncate(ExpressionRenderer renderer, DateExpression.Truncate<?> truncate);

    /**
     * Writes a shift by an interval, whose result has the operand's storage form; months, quarters
     * and years clamp the day to the end of the target month.
     */
    void shift(ExpressionRenderer renderer, DateExpression.Shift<?> shift);

    /** Writes a difference in whole days or seconds, truncated toward zero. */
    void difference(ExpressionRenderer renderer, DateExpression.Difference<?> difference);
}
