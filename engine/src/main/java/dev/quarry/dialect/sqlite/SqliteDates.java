package dev.quarry.dialect.sqlite;

import dev.quarry.dialect.DateRendering;
import dev.quarry.render.ExpressionRenderer;
import dev.quarry.render.SqlWriter;
import dev.quarry.sql.DateExpression;
import dev.quarry.sql.DateType;
import dev.quarry.sql.DateUnit;
import dev.quarry.sql.Expression;
import dev.quarry.sql.TimestampType;

/**
 * Date functions on SQLite's text storage: dates {@code yyyy-MM-dd}, date-times
 * {@code yyyy-MM-dd HH:mm:ss.SSSSSS} and instants the same with a trailing {@code Z}. Every result
 * is written back in exactly that form, so it compares with stored and bound values as text.
 * SQLite's date functions see only the first 19 characters (up to whole seconds): they would round
 * a fraction to milliseconds, and .9995 would carry into the next second. The fraction and zone
 * suffix are copied unchanged. Month shifts are clamped here, as {@code date(…, '+1 months')} does not
 * clamp (January 31 becomes March 2).
 */
final class SqliteDates implements DateRendering {
    static final DateRendering INSTANCE = new SqliteDates();

    private SqliteDates() {
    }

    @Override
    public void part(ExpressionRenderer renderer, DateExpression.Part part) {
        SqlWriter writer = renderer.writer();
        switch (part.part()) {
            case QUARTER -> {
                writer.openParen().openParen();
                field(renderer, "%m", part.operand());
                writer.keyword("+ 2").closeParen().keyword("/ 3").closeParen();
            }
            case DAY_OF_WEEK -> {
                // %w counts from Sunday = 0; ISO counts from Monday = 1.
                writer.openParen().openParen();
                field(renderer, "%w", part.operand());
                writer.keyword("+ 6").closeParen().keyword("% 7 + 1").closeParen();
            }
            case YEAR -> field(renderer, "%Y", part.operand());
            case MONTH -> field(renderer, "%m", part.operand());
            case DAY -> field(renderer, "%d", part.operand());
            case HOUR -> field(renderer, "%H", part.operand());
            case MINUTE -> field(renderer, "%M", part.operand());
            case SECOND -> field(renderer, "%S", part.operand());
        }
    }

    @Override
    public void truncate(ExpressionRenderer renderer, DateExpression.Truncate<?> truncate) {
        SqlWriter writer = renderer.writer();
        Expression<?> value = truncate.operand();
        writer.openParen();
        switch (truncate.unit()) {
            case YEAR -> date(renderer, value, "'start of year'");
            case MONTH -> date(renderer, value, "'start of month'");
            case DAY -> date(renderer, value);
            case WEEK -> date(renderer, value, "'weekday 0'", "'-6 days'");
            case QUARTER -> {
                writer.function("date");
                seconds(renderer, value);
                writer.comma().keyword("'start of month'").comma().openParen().prefix("-").openParen().openParen();
                field(renderer, "%m", value);
                writer.keyword("- 1").closeParen().keyword("% 3").closeParen().closeParen()
                        .keyword("|| ' months'").closeParen();
            }
            case HOUR -> clock(renderer, value, "'%Y-%m-%d %H:00:00'");
            case MINUTE -> clock(renderer, value, "'%Y-%m-%d %H:%M:00'");
            case SECOND -> clock(renderer, value, "'%Y-%m-%d %H:%M:%S'");
        }
        if (!(value.sqlType() instanceof DateType)) {
            String zone = value.sqlType() instanceof TimestampType ? "Z" : "";
            writer.keyword(truncate.unit().isTimeOfDay() ? "|| '.000000" + zone + "'" : "|| ' 00:00:00.000000" + zone + "'");
        }
        writer.closeParen();
    }

    @Override
    public void shift(ExpressionRenderer renderer, DateExpression.Shift<?> shift) {
        SqlWriter writer = renderer.writer();
        Expression<?> value = shift.operand();
        DateUnit unit = shift.interval().unit();
        Expression<? extends Number> amount = shift.interval().amount();
        boolean isDate = value.sqlType() instanceof DateType;
        writer.openParen();
        switch (unit) {
            case YEAR, QUARTER, MONTH -> {
                int monthsPerUnit = unit == DateUnit.YEAR ? 12 : unit == DateUnit.QUARTER ? 3 : 1;
                // The day as shifted, or the last day of the target month where the shift ran past it.
                writer.function("min").function("date");
                seconds(renderer, value);
                writer.comma();
                count(renderer, amount, monthsPerUnit, "");
                writer.keyword("|| ' months'").closeParen().comma().function("date");
                seconds(renderer, value);
                writer.comma().keyword("'start of month'").comma();
                count(renderer, amount, monthsPerUnit, "+ 1");
                writer.keyword("|| ' months'").comma().keyword("'-1 day'").closeParen().closeParen();
                if (!isDate) {
                    writer.keyword("||").function("substr");
                    renderer.render(value);
                    writer.comma().keyword("11").closeParen();
                }
            }
            case WEEK, DAY, HOUR, MINUTE, SECOND -> {
                String name = unit == DateUnit.WEEK ? "days" : unit.sqlName() + "s";
                writer.function(isDate ? "date" : "datetime");
                seconds(renderer, value);
                writer.comma();
                count(renderer, amount, unit == DateUnit.WEEK ? 7 : 1, "");
                writer.keyword("|| ' " + name + "'").closeParen();
                if (!isDate) {
                    writer.keyword("||").function("substr");
                    renderer.render(value);
                    writer.comma().keyword("20").closeParen();
                }
            }
        }
        writer.closeParen();
    }

    @Override
    public void difference(ExpressionRenderer renderer, DateExpression.Difference<?> difference) {
        SqlWriter writer = renderer.writer();
        // Microseconds from start to end: whole seconds by strftime, the fraction read from the text.
        writer.openParen().openParen().openParen();
        epochSeconds(renderer, difference.end());
        writer.keyword("-");
        epochSeconds(renderer, difference.start());
        writer.closeParen().keyword("* 1000000 +").openParen();
        micros(renderer, difference.end());
        writer.keyword("-");
        micros(renderer, difference.start());
        writer.closeParen().closeParen().keyword(difference.unit() == DateUnit.DAY ? "/ 86400000000" : "/ 1000000")
                .closeParen();
    }

    /** {@code CAST(strftime(format, value) AS INTEGER)}. */
    private static void field(ExpressionRenderer renderer, String format, Expression<?> value) {
        renderer.writer().function("CAST").function("strftime").keyword("'" + format + "'").comma();
        seconds(renderer, value);
        renderer.writer().closeParen().keyword("AS INTEGER").closeParen();
    }

    /** {@code date(value, modifiers…)}. */
    private static void date(ExpressionRenderer renderer, Expression<?> value, String... modifiers) {
        renderer.writer().function("date");
        seconds(renderer, value);
        for (String modifier : modifiers) {
            renderer.writer().comma().keyword(modifier);
        }
        renderer.writer().closeParen();
    }

    private static void clock(ExpressionRenderer renderer, Expression<?> value, String format) {
        renderer.writer().function("strftime").keyword(format).comma();
        seconds(renderer, value);
        renderer.writer().closeParen();
    }

    /** The value up to whole seconds: {@code substr(value, 1, 19)}. */
    private static void seconds(ExpressionRenderer renderer, Expression<?> value) {
        renderer.writer().function("substr");
        renderer.render(value);
        renderer.writer().comma().keyword("1").comma().keyword("19").closeParen();
    }

    private static void epochSeconds(ExpressionRenderer renderer, Expression<?> value) {
        renderer.writer().function("strftime").keyword("'%s'").comma();
        seconds(renderer, value);
        renderer.writer().closeParen();
    }

    /** The microseconds of the fraction, 0 for dates. */
    private static void micros(ExpressionRenderer renderer, Expression<?> value) {
        renderer.writer().function("CAST").function("substr");
        renderer.render(value);
        renderer.writer().comma().keyword("21").comma().keyword("6").closeParen().keyword("AS INTEGER").closeParen();
    }

    /** {@code (amount * factor extra)}. */
    private static void count(ExpressionRenderer renderer, Expression<? extends Number> amount, int factor, String extra) {
        SqlWriter writer = renderer.writer();
        writer.openParen();
        renderer.renderOperand(amount);
        if (factor != 1) {
            writer.keyword("* " + factor);
        }
        if (!extra.isEmpty()) {
            writer.keyword(extra);
        }
        writer.closeParen();
    }
}
