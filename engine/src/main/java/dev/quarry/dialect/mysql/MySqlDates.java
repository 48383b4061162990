package dev.quarry.dialect.mysql;

import dev.quarry.dialect.DateRendering;
import dev.quarry.render.ExpressionRenderer;
import dev.quarry.render.SqlWriter;
import dev.quarry.sql.DateExpression;
import dev.quarry.sql.DateType;
import dev.quarry.sql.DateUnit;
import dev.quarry.sql.Expression;

/**
 * Date functions on MySQL and MariaDB, where instants are UTC {@code DATETIME(6)} values and so
 * are read like date-times. {@code DATE_ADD} clamps month ends by itself; truncation, which MySQL
 * lacks, is built from the date's fields. Bound operands are cast to their type, so a result is a
 * date or date-time rather than text.
 */
final class MySqlDates implements DateRendering {
    static final DateRendering INSTANCE = new MySqlDates();

    private MySqlDates() {
    }

    @Override
    public void part(ExpressionRenderer renderer, DateExpression.Part part) {
        SqlWriter writer = renderer.writer();
        switch (part.part()) {
            case DAY_OF_WEEK -> {
                // WEEKDAY counts from Monday = 0.
                writer.openParen();
                call(renderer, "WEEKDAY", part.operand());
                writer.keyword("+ 1").closeParen();
            }
            case DAY -> call(renderer, "DAYOFMONTH", part.operand());
            default -> call(renderer, part.part().name(), part.operand());
        }
    }

    @Override
    public void truncate(ExpressionRenderer renderer, DateExpression.Truncate<?> truncate) {
        SqlWriter writer = renderer.writer();
        Expression<?> value = truncate.operand();
        DateUnit unit = truncate.unit();
        if (unit.isTimeOfDay()) {
            String format = switch (unit) {
                case HOUR -> "'%Y-%m-%d %H:00:00'";
                case MINUTE -> "'%Y-%m-%d %H:%i:00'";
                default -> "'%Y-%m-%d %H:%i:%s'";
            };
            writer.function("CAST").function("DATE_FORMAT");
            typed(renderer, value);
            writer.comma().keyword(format).closeParen().keyword("AS DATETIME(6)").closeParen();
            return;
        }
        boolean isDate = value.sqlType() instanceof DateType;
        if (!isDate) {
            writer.function("CAST");
        }
        writer.openParen();
        switch (unit) {
            case YEAR -> startOfYear(renderer, value);
            case QUARTER -> {
                startOfYear(renderer, value);
                writer.keyword("+ INTERVAL").openParen();
                call(renderer, "QUARTER", value);
                writer.keyword("- 1").closeParen().keyword("QUARTER");
            }
            case MONTH -> {
                call(renderer, "DATE", value);
                writer.keyword("- INTERVAL").openParen();
                call(renderer, "DAYOFMONTH", value);
                writer.keyword("- 1").closeParen().keyword("DAY");
            }
            case WEEK -> {
                call(renderer, "DATE", value);
                writer.keyword("- INTERVAL");
                call(renderer, "WEEKDAY", value);
                writer.keyword("DAY");
            }
            default -> call(renderer, "DATE", value);
        }
        writer.closeParen();
        if (!isDate) {
            writer.keyword("AS DATETIME(6)").closeParen();
        }
    }

    @Override
    public void shift(ExpressionRenderer renderer, DateExpression.Shift<?> shift) {
        SqlWriter writer = renderer.writer();
        writer.function("DATE_ADD");
        typed(renderer, shift.operand());
        writer.comma().keyword("INTERVAL").openParen();
        renderer.render(shift.interval().amount());
        writer.closeParen().keyword(shift.interval().unit().name()).closeParen();
    }

    @Override
    public void difference(ExpressionRenderer renderer, DateExpression.Difference<?> difference) {
        SqlWriter writer = renderer.writer();
        writer.function("TIMESTAMPDIFF").keyword(difference.unit().name()).comma();
        typed(renderer, difference.start());
        writer.comma();
        typed(renderer, difference.end());
        writer.closeParen();
    }

    private static void startOfYear(ExpressionRenderer renderer, Expression<?> value) {
        renderer.writer().function("MAKEDATE");
        call(renderer, "YEAR", value);
        renderer.writer().comma().keyword("1").closeParen();
    }

    private static void call(ExpressionRenderer renderer, String function, Expression<?> value) {
        renderer.writer().function(function);
        typed(renderer, value);
        renderer.writer().closeParen();
    }

    /** The value, cast to its type when bound. */
    private static void typed(ExpressionRenderer renderer, Expression<?> value) {
        if (value instanceof Expression.Param<?> param) {
            renderer.render(new Expression.Cast<>(param, param.sqlType()));
        } else {
            renderer.render(value);
        }
    }
}
