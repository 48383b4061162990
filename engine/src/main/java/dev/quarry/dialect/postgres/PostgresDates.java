package dev.quarry.dialect.postgres;

import dev.quarry.dialect.DateRendering;
import dev.quarry.render.ExpressionRenderer;
import dev.quarry.render.SqlWriter;
import dev.quarry.sql.DateExpression;
import dev.quarry.sql.DateType;
import dev.quarry.sql.DateUnit;
import dev.quarry.sql.Expression;
import dev.quarry.sql.TimestampType;

/**
 * Date functions on PostgreSQL. Instants ({@code timestamptz}) are converted to UTC with
 * {@code AT TIME ZONE 'UTC'} before anything reads or shifts them, and back afterwards, so the
 * session's time zone changes no result. Interval arithmetic clamps month ends by itself. Bound
 * operands are cast to their type, as the driver may send them untyped.
 */
final class PostgresDates implements DateRendering {
    static final DateRendering INSTANCE = new PostgresDates();

    private PostgresDates() {
    }

    @Override
    public void part(ExpressionRenderer renderer, DateExpression.Part part) {
        SqlWriter writer = renderer.writer();
        writer.function("CAST");
        if (part.part() == dev.quarry.sql.DatePart.SECOND) {
            writer.function("FLOOR");
        }
        String field = switch (part.part()) {
            case DAY_OF_WEEK -> "ISODOW";
            default -> part.part().name();
        };
        writer.function("EXTRACT").keyword(field).keyword("FROM");
        utc(renderer, part.operand());
        writer.closeParen();
        if (part.part() == dev.quarry.sql.DatePart.SECOND) {
            writer.closeParen();
        }
        writer.keyword("AS INTEGER").closeParen();
    }

    @Override
    public void truncate(ExpressionRenderer renderer, DateExpression.Truncate<?> truncate) {
        SqlWriter writer = renderer.writer();
        Expression<?> value = truncate.operand();
        String unit = "'" + truncate.unit().sqlName() + "'";
        if (value.sqlType() instanceof DateType) {
            writer.function("CAST").function("date_trunc").keyword(unit).comma().function("CAST");
            typed(renderer, value);
            writer.keyword("AS TIMESTAMP").closeParen().closeParen().keyword("AS DATE").closeParen();
        } else if (value.sqlType() instanceof TimestampType) {
            writer.openParen().function("date_trunc").keyword(unit).comma();
            utc(renderer, value);
            writer.closeParen().keyword("AT TIME ZONE 'UTC'").closeParen();
        } else {
            writer.function("date_trunc").keyword(unit).comma();
            typed(renderer, value);
            writer.closeParen();
        }
    }

    @Override
    public void shift(ExpressionRenderer renderer, DateExpression.Shift<?> shift) {
        SqlWriter writer = renderer.writer();
        Expression<?> value = shift.operand();
        boolean isDate = value.sqlType() instanceof DateType;
        boolean isInstant = value.sqlType() instanceof TimestampType;
        if (isDate) {
            writer.function("CAST");
        } else if (isInstant) {
            writer.openParen();
        }
        writer.openParen();
        utc(renderer, value);
        writer.keyword("+");
        renderer.renderOperand(shift.interval().amount());
        writer.keyword("* INTERVAL").keyword(intervalOne(shift.interval().unit())).closeParen();
        if (isDate) {
            writer.keyword("AS DATE").closeParen();
        } else if (isInstant) {
            writer.keyword("AT TIME ZONE 'UTC'").closeParen();
        }
    }

    @Override
    public void difference(ExpressionRenderer renderer, DateExpression.Difference<?> difference) {
        SqlWriter writer = renderer.writer();
        boolean days = difference.unit() == DateUnit.DAY;
        if (difference.start().sqlType() instanceof DateType) {
            // date - date is a whole number of days.
            if (!days) {
                writer.openParen();
            }
            writer.function("CAST").openParen();
            typed(renderer, difference.end());
            writer.keyword("-");
            typed(renderer, difference.start());
            writer.closeParen().keyword(days ? "AS INTEGER" : "AS BIGINT").closeParen();
            if (!days) {
                writer.keyword("* 86400").closeParen();
            }
            return;
        }
        writer.function("CAST").function("TRUNC").function("EXTRACT").keyword("EPOCH FROM").openParen();
        typed(renderer, difference.end());
        writer.keyword("-");
        typed(renderer, difference.start());
        writer.closeParen().closeParen();
        if (days) {
            writer.keyword("/ 86400");
        }
        writer.closeParen().keyword(days ? "AS INTEGER" : "AS BIGINT").closeParen();
    }

    private static String intervalOne(DateUnit unit) {
        return switch (unit) {
            case YEAR -> "'1 year'";
            case QUARTER -> "'3 months'";
            case MONTH -> "'1 month'";
            case WEEK -> "'7 days'";
            case DAY -> "'1 day'";
            case HOUR -> "'1 hour'";
            case MINUTE -> "'1 minute'";
            case SECOND -> "'1 second'";
        };
    }

    /** The value, an instant as its UTC date-time: {@code (value AT TIME ZONE 'UTC')}. */
    private static void utc(ExpressionRenderer renderer, Expression<?> value) {
        if (value.sqlType() instanceof TimestampType) {
            renderer.writer().openParen();
            typed(renderer, value);
            renderer.writer().keyword("AT TIME ZONE 'UTC'").closeParen();
        } else {
            typed(renderer, value);
        }
    }

    /** The value, cast to its type when bound. */
    private static void typed(ExpressionRenderer renderer, Expression<?> value) {
        if (value instanceof Expression.Param<?> param) {
            renderer.render(new Expression.Cast<>(param, param.sqlType()));
        } else {
            renderer.renderOperand(value);
        }
    }
}
