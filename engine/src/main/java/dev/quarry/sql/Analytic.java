package dev.quarry.sql;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Aggregates and window functions. */
public sealed interface Analytic<T extends @Nullable Object> extends Expression<T>
        permits Analytic.Aggregate, Analytic.StringAgg, Analytic.WindowCall, Analytic.Over {

    /**
     * An aggregate: {@code COUNT(*)}, {@code COUNT([DISTINCT] x)}, {@code SUM}, {@code AVG},
     * {@code MIN}, {@code MAX}. Usable with GROUP BY or as a window function with
     * {@link #over(Window)}.
     *
     * @param argument the argument, or null for {@code COUNT(*)}
     */
    record Aggregate<T extends @Nullable Object>(AggregateFunction function, @Nullable Expression<?> argument, boolean distinct, SqlType<T> type)
            implements Analytic<T> {
        public Aggregate {
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(type, "type");
            if (argument == null && (function != AggregateFunction.COUNT || distinct)) {
                throw new IllegalArgumentException(function + (distinct ? "(DISTINCT …)" : "") + " needs an argument");
            }
        }

        /** This aggregate computed over a window instead of a group. */
        public Over<T> over(Window window) {
            return new Over<>(this, window);
        }

        @Override
        public SqlType<T> sqlType() {
            return type;
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitAggregate(this);
        }
    }

    /**
     * The non-null texts of a group joined with a separator, in a given order: {@code string_agg}
     * on PostgreSQL and SQLite, {@code GROUP_CONCAT} on MySQL/MariaDB (whose sessions Quarry opens
     * with {@code group_concat_max_len} at its maximum, so the result is not cut). NULL when the
     * group has no non-null text. An aggregate only: it cannot be used over a window.
     *
     * @param value the text to join
     * @param separator put between two texts, bound
     * @param order the order the texts are joined in, at least one key; ties between keys leave
     *     the order of the tied texts to the database, so end with a unique key
     */
    record StringAgg(Expression<?> value, Expression<String> separator, List<Order> order) implements Analytic<String> {
        public StringAgg {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(separator, "separator");
            order = List.copyOf(order);
            if (order.isEmpty()) {
                throw new IllegalArgumentException("string aggregation needs an order, or the result differs between"
                        + " databases and runs");
            }
        }

        @Override
        public SqlType<String> sqlType() {
            return SqlType.TEXT;
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitStringAgg(this);
        }
    }

    /**
     * A function that exists only over a window: ROW_NUMBER, RANK, DENSE_RANK, LAG and LEAD.
     * It must be wrapped with {@link #over(Window)}.
     */
    record WindowCall<T extends @Nullable Object>(WindowFunction function, List<Expression<?>> arguments, SqlType<T> type)
            implements Analytic<T> {
        public WindowCall {
            Objects.requireNonNull(function, "function");
            arguments = List.copyOf(arguments);
            Objects.requireNonNull(type, "type");
        }

        /** This function over a window. */
        public Over<T> over(Window window) {
            return new Over<>(this, window);
        }

        @Override
        public SqlType<T> sqlType() {
            return type;
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitWindowCall(this);
        }
    }

    /** {@code function OVER (window)}. */
    record Over<T extends @Nullable Object>(Analytic<T> function, Window window) implements Analytic<T> {
        public Over {
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(window, "window");
            if (function instanceof Over<?>) {
                throw new IllegalArgumentException("a window function cannot be nested in OVER twice");
            }
            if (function instanceof StringAgg) {
                throw new IllegalArgumentException("string aggregation cannot be used over a window:"
                        + " MySQL and MariaDB have no window form of GROUP_CONCAT");
            }
        }

        @Override
        public SqlType<T> sqlType() {
            return function.sqlType();
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitOver(this);
        }
    }
}
