package dev.quarry.sql;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Computations on dates ({@link SqlType#DATE}), date-times ({@link SqlType#DATETIME}) and instants
 * ({@link SqlType#TIMESTAMP}), meaning the same on every dialect: instants are read in UTC, and
 * each result has the operand's storage form, so it compares with stored values and bound ones.
 * Operands are checked when a node is built, so a wrong one fails before any SQL is written.
 */
public sealed interface DateExpression<T extends @Nullable Object> extends Expression<T>
        permits DateExpression.Part, DateExpression.Truncate, DateExpression.Shift, DateExpression.Difference {

    /** One field of a date, date-time or instant as an integer: {@code year(placed)}. */
    record Part(DatePart part, Expression<?> operand) implements DateExpression<Integer> {
        public Part {
            Objects.requireNonNull(part, "part");
            requireDateOrTime(operand, "the " + part.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            if (part.isTimeOfDay() && operand.sqlType() instanceof DateType) {
                throw new IllegalArgumentException("a date has no " + part.name().toLowerCase(java.util.Locale.ROOT)
                        + ": " + operand + " is a DATE; use a DATETIME or TIMESTAMP expression");
            }
        }

        @Override
        public SqlType<Integer> sqlType() {
            return SqlType.INTEGER;
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitDatePart(this);
        }
    }

    /**
     * The operand truncated to the start of its year, quarter, month, ISO week (Monday), day, hour,
     * minute or second; of the operand's type.
     */
    record Truncate<T extends @Nullable Object>(DateUnit unit, Expression<T> operand) implements DateExpression<T> {
        public Truncate {
            Objects.requireNonNull(unit, "unit");
            requireDateOrTime(operand, "truncation to " + unit.sqlName());
            if (unit.isTimeOfDay() && operand.sqlType() instanceof DateType) {
                throw new IllegalArgumentException("a date cannot be truncated to the " + unit.sqlName() + ": "
                        + operand + " is a DATE, which has no time of day");
            }
        }

        @Override
        public SqlType<T> sqlType() {
            return operand.sqlType();
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitDateTrunc(this);
        }
    }

    /**
     * {@code operand + interval}, of the operand's type; see {@link Interval} for how months clamp.
     */
    record Shift<T extends @Nullable Object>(Expression<T> operand, Interval interval) implements DateExpression<T> {
        public Shift {
            Objects.requireNonNull(interval, "interval");
            requireDateOrTime(operand, "adding " + interval.unit().sqlName() + "s");
            if (interval.unit().isTimeOfDay() && operand.sqlType() instanceof DateType) {
                throw new IllegalArgumentException("cannot add " + interval.unit().sqlName() + "s to a date: "
                        + operand + " is a DATE, which has no time of day; use days or a DATETIME");
            }
        }

        @Override
        public SqlType<T> sqlType() {
            return operand.sqlType();
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitDateShift(this);
        }
    }

    /**
     * The time from {@code start} to {@code end} in whole days or whole seconds, truncated toward
     * zero (negative when end is earlier), as {@link java.time.temporal.ChronoUnit#between} counts:
     * days as an {@code Integer}, seconds as a {@code Long}. Both operands have the same type.
     */
    record Difference<T extends @Nullable Object>(DateUnit unit, Expression<?> start, Expression<?> end, SqlType<T> type)
            implements DateExpression<T> {
        public Difference {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(type, "type");
            if (unit != DateUnit.DAY && unit != DateUnit.SECOND) {
                throw new IllegalArgumentException("differences are counted in days or seconds, not in " + unit.sqlName() + "s");
            }
            requireDateOrTime(start, "a difference");
            requireDateOrTime(end, "a difference");
            if (!start.sqlType().equals(end.sqlType())) {
                throw new IllegalArgumentException("a difference needs two values of the same type, but " + start + " is "
                        + start.sqlType() + " and " + end + " is " + end.sqlType());
            }
        }

        @Override
        public SqlType<T> sqlType() {
            return type;
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitDateDifference(this);
        }
    }

    private static void requireDateOrTime(@Nullable Expression<?> operand, String operation) {
        Objects.requireNonNull(operand, "operand");
        SqlType<?> type = operand.sqlType();
        if (!(type instanceof DateType || type instanceof DateTimeType || type instanceof TimestampType)) {
            throw new IllegalArgumentException(operation + " needs a DATE, DATETIME or TIMESTAMP expression, but "
                    + operand + " is " + type);
        }
    }
}
