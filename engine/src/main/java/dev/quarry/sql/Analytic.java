package dev.quarry.sql;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Aggregates and window functions. */
public sealed interface Analytic<T extends @Nullable Object> extends Expression<T>
        permits Analytic.Aggregate, Analytic.WindowCall, Analytic.Over {

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
