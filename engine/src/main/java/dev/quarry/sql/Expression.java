package dev.quarry.sql;

import dev.quarry.InvalidValueException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A typed SQL value expression: a column, a bound parameter, an aggregate or a condition.
 * Expressions are immutable and compare structurally; building one never touches a database.
 *
 * <p>The default methods are the Java facade's operators ({@code USERS.age.ge(18)}); the Kotlin
 * DSL offers the same as infix functions. Comparing with a Java {@code null} means
 * {@code IS NULL} / {@code IS NOT NULL}, never {@code = NULL}.
 *
 * @param <T> the Java type of the expression's value
 */
public sealed interface Expression<T> permits Column, Condition, Expression.Param, Expression.Aggregate {

    /** The SQL type of the value, used to bind parameters compared with it. */
    SqlType<T> sqlType();

    <R> R accept(ExpressionVisitor<R> visitor);

    /** {@code this = value}, or {@code this IS NULL} when value is null. */
    default Condition eq(@Nullable T value) {
        return value == null ? isNull() : eq(bindable(value));
    }

    default Condition eq(Expression<T> other) {
        return new Condition.Comparison(this, ComparisonOperator.EQ, other);
    }

    /** {@code this <> value}, or {@code this IS NOT NULL} when value is null. */
    default Condition ne(@Nullable T value) {
        return value == null ? isNotNull() : ne(bindable(value));
    }

    default Condition ne(Expression<T> other) {
        return new Condition.Comparison(this, ComparisonOperator.NE, other);
    }

    default Condition lt(T value) {
        return lt(bindable(value));
    }

    default Condition lt(Expression<T> other) {
        return new Condition.Comparison(this, ComparisonOperator.LT, other);
    }

    default Condition le(T value) {
        return le(bindable(value));
    }

    default Condition le(Expression<T> other) {
        return new Condition.Comparison(this, ComparisonOperator.LE, other);
    }

    default Condition gt(T value) {
        return gt(bindable(value));
    }

    default Condition gt(Expression<T> other) {
        return new Condition.Comparison(this, ComparisonOperator.GT, other);
    }

    default Condition ge(T value) {
        return ge(bindable(value));
    }

    default Condition ge(Expression<T> other) {
        return new Condition.Comparison(this, ComparisonOperator.GE, other);
    }

    /** {@code this BETWEEN low AND high}, both ends included. */
    default Condition between(T low, T high) {
        return new Condition.Between(this, bindable(low), bindable(high));
    }

    /** {@code this IN (values…)}; an empty collection gives a condition that is always false. */
    default Condition in(Collection<? extends T> values) {
        if (values.isEmpty()) {
            return Condition.FALSE;
        }
        List<Expression<?>> candidates = new ArrayList<>(values.size());
        for (T value : values) {
            candidates.add(bindable(value));
        }
        return new Condition.In(this, candidates);
    }

    /** {@code this NOT IN (values…)}; an empty collection gives a condition that is always true. */
    default Condition notIn(Collection<? extends T> values) {
        return in(values).not();
    }

    /**
     * {@code this LIKE pattern}, with {@code %} and {@code _} as wildcards. Case-sensitive on
     * every dialect.
     *
     * @throws IllegalArgumentException if this is not a character expression
     */
    default Condition like(String pattern) {
        if (sqlType().javaType() != String.class) {
            throw new IllegalArgumentException("LIKE needs a character expression, but " + this
                    + " is " + sqlType());
        }
        return new Condition.Like(this, new Param<>(pattern, SqlType.TEXT));
    }

    default Condition notLike(String pattern) {
        return like(pattern).not();
    }

    default Condition isNull() {
        return new Condition.IsNull(this);
    }

    default Condition isNotNull() {
        return new Condition.IsNotNull(this);
    }

    /** Ascending order; NULLs sort as the smallest value on every dialect. */
    default Order asc() {
        return new Order(this, Order.Direction.ASC, Order.Nulls.DEFAULT);
    }

    /** Descending order; NULLs sort as the smallest value (so last) on every dialect. */
    default Order desc() {
        return new Order(this, Order.Direction.DESC, Order.Nulls.DEFAULT);
    }

    /** A parameter of this expression's type, checked to be of its Java class. */
    private Expression<T> bindable(@Nullable T value) {
        if (value == null) {
            throw new InvalidValueException("null cannot be compared with " + this
                    + " by this operator; use isNull()/isNotNull()");
        }
        if (!sqlType().javaType().isInstance(value)) {
            throw new InvalidValueException("cannot compare " + this + " with " + value + ": expected a "
                    + sqlType().javaType().getSimpleName() + " but got a " + value.getClass().getName());
        }
        return new Param<>(value, sqlType());
    }

    /**
     * A value sent to the database as a bind parameter, never inlined into the SQL text.
     *
     * @param value the value, null for SQL NULL
     * @param type how to bind it
     */
    record Param<T>(@Nullable T value, SqlType<T> type) implements Expression<T> {
        public Param {
            Objects.requireNonNull(type, "type");
        }

        @Override
        public SqlType<T> sqlType() {
            return type;
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitParam(this);
        }

        @Override
        public String toString() {
            return "?(" + value + ")";
        }
    }

    /**
     * An aggregate function call, such as {@code COUNT(*)}.
     *
     * @param function the aggregate
     * @param argument its argument, or null for {@code COUNT(*)}
     * @param type the type of the result
     */
    record Aggregate<T>(AggregateFunction function, @Nullable Expression<?> argument, SqlType<T> type)
            implements Expression<T> {
        /** {@code COUNT(*)}. */
        public static Aggregate<Long> countAll() {
            return new Aggregate<>(AggregateFunction.COUNT, null, SqlType.BIGINT);
        }

        @Override
        public SqlType<T> sqlType() {
            return type;
        }

        @Override
        public <R> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitAggregate(this);
        }
    }
}
