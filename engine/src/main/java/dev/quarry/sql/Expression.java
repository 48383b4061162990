package dev.quarry.sql;

import dev.quarry.render.Bind;

import dev.quarry.InvalidValueException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A typed SQL value expression: a column, a bound parameter, a literal, a computation, an
 * aggregate or window function, a subquery or a condition. Expressions are immutable and compare
 * structurally; building one never touches a database.
 *
 * <p>The default methods are the Java facade's operators ({@code USERS.age.ge(18)},
 * {@code PRICE.multiply(QTY)}); the Kotlin DSL offers the same as infix functions and operators.
 * Comparing with a Java {@code null} means {@code IS NULL} / {@code IS NOT NULL}, never
 * {@code = NULL}.
 *
 * @param <T> the Java type of the expression's value
 */
public sealed interface Expression<T extends @Nullable Object> permits Column, Condition, Computed, Analytic, DateExpression, Expression.Param,
        Expression.Literal, Expression.Cast, Expression.ScalarSubquery, Expression.Excluded, Expression.Aliased {

    /** The SQL type of the value, used to bind parameters compared with it and to read results. */
    SqlType<T> sqlType();

    <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor);

    // ---- comparisons -------------------------------------------------------------------------

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

    // Types in comparisons: eq, ne, lt, le, gt and ge take an expression of this expression's own
    // type, so comparing unrelated types does not compile. Two numeric expressions of different
    // types (an Integer column against a BigDecimal subquery) compare with the *Number variants
    // below, which the database evaluates after numeric promotion.

    /**
     * {@code this = other} for numeric expressions of different types, compared after numeric promotion.
     *
     * @throws IllegalArgumentException if this expression is not numeric
     */
    default Condition eqNumber(Expression<? extends @Nullable Number> other) {
        requireNumeric("eqNumber");
        return new Condition.Comparison(this, ComparisonOperator.EQ, other);
    }

    /**
     * {@code this <> other} for numeric expressions of different types, compared after numeric promotion.
     *
     * @throws IllegalArgumentException if this expression is not numeric
     */
    default Condition neNumber(Expression<? extends @Nullable Number> other) {
        requireNumeric("neNumber");
        return new Condition.Comparison(this, ComparisonOperator.NE, other);
    }

    /**
     * {@code this < other} for numeric expressions of different types, compared after numeric promotion.
     *
     * @throws IllegalArgumentException if this expression is not numeric
     */
    default Condition ltNumber(Expression<? extends @Nullable Number> other) {
        requireNumeric("ltNumber");
        return new Condition.Comparison(this, ComparisonOperator.LT, other);
    }

    /**
     * {@code this <= other} for numeric expressions of different types, compared after numeric promotion.
     *
     * @throws IllegalArgumentException if this expression is not numeric
     */
    default Condition leNumber(Expression<? extends @Nullable Number> other) {
        requireNumeric("leNumber");
        return new Condition.Comparison(this, ComparisonOperator.LE, other);
    }

    /**
     * {@code this > other} for numeric expressions of different types, compared after numeric promotion.
     *
     * @throws IllegalArgumentException if this expression is not numeric
     */
    default Condition gtNumber(Expression<? extends @Nullable Number> other) {
        requireNumeric("gtNumber");
        return new Condition.Comparison(this, ComparisonOperator.GT, other);
    }

    /**
     * {@code this >= other} for numeric expressions of different types, compared after numeric promotion.
     *
     * @throws IllegalArgumentException if this expression is not numeric
     */
    default Condition geNumber(Expression<? extends @Nullable Number> other) {
        requireNumeric("geNumber");
        return new Condition.Comparison(this, ComparisonOperator.GE, other);
    }

    /** Null-safe equality: true when both are null or both are equal, never null itself. */
    default Condition isNotDistinctFrom(Expression<T> other) {
        return new Condition.IsNotDistinctFrom(this, other);
    }

    /** Null-safe equality with a value, which may be null. */
    default Condition isNotDistinctFrom(@Nullable T value) {
        return isNotDistinctFrom(value == null ? new Param<>(null, sqlType()) : bindable(value));
    }

    /** Null-safe inequality: the negation of {@link #isNotDistinctFrom}. */
    default Condition isDistinctFrom(Expression<T> other) {
        return new Condition.IsDistinctFrom(this, other);
    }

    /** Null-safe inequality with a value, which may be null. */
    default Condition isDistinctFrom(@Nullable T value) {
        return isDistinctFrom(value == null ? new Param<>(null, sqlType()) : bindable(value));
    }

    /** {@code this BETWEEN low AND high}, both ends included. */
    default Condition between(T low, T high) {
        return new Condition.Between(this, bindable(low), bindable(high));
    }

    /** {@code this BETWEEN low AND high} with expressions as bounds. */
    default Condition between(Expression<T> low, Expression<T> high) {
        return new Condition.Between(this, low, high);
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

    /** {@code this IN (subquery)}; the subquery selects one column. */
    default Condition in(Query subquery) {
        return new Condition.InQuery(this, subquery);
    }

    /** {@code this NOT IN (subquery)}. */
    default Condition notIn(Query subquery) {
        return in(subquery).not();
    }

    /**
     * {@code this LIKE pattern}, with {@code %} and {@code _} as wildcards and backslash escaping
     * them. Case-sensitive on every dialect.
     *
     * @throws IllegalArgumentException if this is not a character expression
     * @throws dev.quarry.InvalidQueryException if the pattern ends with a lone backslash
     */
    default Condition like(String pattern) {
        requireCategory(SqlType.Category.TEXT, "LIKE");
        return new Condition.Like(this, new Param<>(LikePatterns.requireValid(pattern), SqlType.TEXT));
    }

    default Condition notLike(String pattern) {
        return like(pattern).not();
    }

    /**
     * The text starts with {@code prefix}, case-sensitively. The prefix is plain text, never a
     * pattern: {@code %}, {@code _} and backslash in it match themselves (a LIKE with them escaped).
     *
     * @throws IllegalArgumentException if this is not a character expression
     */
    default Condition startsWith(String prefix) {
        return new Condition.Like(this, textParam(LikePatterns.literal(plainText(prefix, "startsWith")) + "%", "startsWith"));
    }

    /**
     * The text ends with {@code suffix}, case-sensitively; the suffix is plain text, never a
     * pattern (see {@link #startsWith}).
     *
     * @throws IllegalArgumentException if this is not a character expression
     */
    default Condition endsWith(String suffix) {
        return new Condition.Like(this, textParam("%" + LikePatterns.literal(plainText(suffix, "endsWith")), "endsWith"));
    }

    /**
     * The text contains {@code part}, case-sensitively; the part is plain text, never a pattern
     * (see {@link #startsWith}), so a user's search text can be passed as it is.
     *
     * @throws IllegalArgumentException if this is not a character expression
     */
    default Condition contains(String part) {
        return new Condition.Like(this, textParam("%" + LikePatterns.literal(plainText(part, "contains")) + "%", "contains"));
    }

    /**
     * {@code this LIKE pattern} ignoring case: both sides lower-cased letter by letter the same way
     * on every dialect (Unicode simple case mapping: {@code É} matches {@code é}, {@code ß} matches
     * only {@code ß}), then compared as {@link #like} does.
     *
     * @throws IllegalArgumentException if this is not a character expression
     * @throws dev.quarry.InvalidQueryException if the pattern ends with a lone backslash
     */
    default Condition ilike(String pattern) {
        String checked = LikePatterns.requireValid(plainText(pattern, "ilike"));
        return new Condition.Like(lowered(this), lowered(textParam(checked, "ilike")));
    }

    /**
     * The text contains {@code part} ignoring case (as {@link #ilike} compares); the part is plain
     * text, never a pattern.
     *
     * @throws IllegalArgumentException if this is not a character expression
     */
    default Condition containsIgnoreCase(String part) {
        String pattern = "%" + LikePatterns.literal(plainText(part, "containsIgnoreCase")) + "%";
        return new Condition.Like(lowered(this), lowered(textParam(pattern, "containsIgnoreCase")));
    }

    /**
     * The text equals {@code other} ignoring case (as {@link #ilike} compares); accents and
     * trailing spaces still count.
     *
     * @throws IllegalArgumentException if this is not a character expression
     */
    default Condition equalsIgnoreCase(String other) {
        return new Condition.Comparison(lowered(this), ComparisonOperator.EQ,
                lowered(textParam(plainText(other, "equalsIgnoreCase"), "equalsIgnoreCase")));
    }

    /**
     * The text matches the regular expression somewhere in it, case-sensitively, with the same
     * rows on every dialect. The expression must stay within the portable subset: literal
     * characters, {@code .}, bracket expressions ({@code [a-z]}, {@code [^0-9]}), {@code ^},
     * {@code $}, groups, {@code |}, greedy quantifiers ({@code * + ? {n} {n,} {n,m}}) and a
     * backslash before punctuation to match it literally. Texts containing line breaks are read
     * differently by {@code .} and {@code $} across databases and are outside what is promised.
     *
     * @throws IllegalArgumentException if this is not a character expression
     * @throws dev.quarry.InvalidQueryException if the expression is invalid or uses syntax outside
     *     the subset ({@code \d}, {@code (?:…)}, lazy quantifiers, POSIX classes …), naming it
     */
    default Condition matches(String regex) {
        return new Condition.Matches(this, textParam(RegexSubset.requireValid(plainText(regex, "matches")), "matches"));
    }

    default Condition isNull() {
        return new Condition.IsNull(this);
    }

    default Condition isNotNull() {
        return new Condition.IsNotNull(this);
    }

    // ---- arithmetic --------------------------------------------------------------------------
    //
    // Types in arithmetic: an expression combines with another of its own type (or a value of
    // that type) and the result keeps the type: USERS.age.add(1) is an Expression<Integer>.
    // Operands of two different numeric types use the variants taking the result class, which
    // must be the class of the engine's numeric promotion (integers give the wider integer, a
    // decimal with an integer gives a BigDecimal, a double on either side gives a Double):
    // PRICE.multiply(QUANTITY, BigDecimal.class). Arithmetic on a non-numeric expression fails
    // when it is built.

    /** {@code this + other}; both of this expression's type, which the result keeps. */
    default Expression<T> add(Expression<? extends T> other) {
        return Computed.Arithmetic.of(this, ArithmeticOperator.ADD, other);
    }

    /** {@code this + value}; the value is of this expression's type, which the result keeps. */
    default Expression<T> add(T value) {
        return Computed.Arithmetic.of(this, ArithmeticOperator.ADD, numericValue(value));
    }

    /**
     * {@code this + other}, for operands of two different numeric types; {@code resultType} is
     * the class of their numeric promotion, checked when the expression is built.
     *
     * @throws IllegalArgumentException if an operand is not numeric or the promotion gives another type
     */
    default <N extends Number> Expression<N> add(Expression<? extends @Nullable Number> other, Class<N> resultType) {
        return Computed.Arithmetic.promoted(this, ArithmeticOperator.ADD, other, resultType);
    }

    /**
     * {@code this + value} for a value of another numeric type; {@code resultType} is the class
     * of their numeric promotion, checked when the expression is built.
     *
     * @throws IllegalArgumentException if this is not numeric or the promotion gives another type
     */
    default <N extends Number> Expression<N> add(Number value, Class<N> resultType) {
        return Computed.Arithmetic.promoted(this, ArithmeticOperator.ADD, numericValue(value), resultType);
    }

    /** {@code this - other}; both of this expression's type, which the result keeps. */
    default Expression<T> subtract(Expression<? extends T> other) {
        return Computed.Arithmetic.of(this, ArithmeticOperator.SUBTRACT, other);
    }

    /** {@code this - value}; the value is of this expression's type, which the result keeps. */
    default Expression<T> subtract(T value) {
        return Computed.Arithmetic.of(this, ArithmeticOperator.SUBTRACT, numericValue(value));
    }

    /**
     * {@code this - other}, for operands of two different numeric types; {@code resultType} is
     * the class of their numeric promotion, checked when the expression is built.
     *
     * @throws IllegalArgumentException if an operand is not numeric or the promotion gives another type
     */
    default <N extends Number> Expression<N> subtract(Expression<? extends @Nullable Number> other, Class<N> resultType) {
        return Computed.Arithmetic.promoted(this, ArithmeticOperator.SUBTRACT, other, resultType);
    }

    /**
     * {@code this - value} for a value of another numeric type; {@code resultType} is the class
     * of their numeric promotion, checked when the expression is built.
     *
     * @throws IllegalArgumentException if this is not numeric or the promotion gives another type
     */
    default <N extends Number> Expression<N> subtract(Number value, Class<N> resultType) {
        return Computed.Arithmetic.promoted(this, ArithmeticOperator.SUBTRACT, numericValue(value), resultType);
    }

    /** {@code this * other}; both of this expression's type, which the result keeps. */
    default Expression<T> multiply(Expression<? extends T> other) {
        return Computed.Arithmetic.of(this, ArithmeticOperator.MULTIPLY, other);
    }

    /** {@code this * value}; the value is of this expression's type, which the result keeps. */
    default Expression<T> multiply(T value) {
        return Computed.Arithmetic.of(this, ArithmeticOperator.MULTIPLY, numericValue(value));
    }

    /**
     * {@code this * other}, for operands of two different numeric types; {@code resultType} is
     * the class of their numeric promotion, checked when the expression is built.
     *
     * @throws IllegalArgumentException if an operand is not numeric or the promotion gives another type
     */
    default <N extends Number> Expression<N> multiply(Expression<? extends @Nullable Number> other, Class<N> resultType) {
        return Computed.Arithmetic.promoted(this, ArithmeticOperator.MULTIPLY, other, resultType);
    }

    /**
     * {@code this * value} for a value of another numeric type; {@code resultType} is the class
     * of their numeric promotion, checked when the expression is built.
     *
     * @throws IllegalArgumentException if this is not numeric or the promotion gives another type
     */
    default <N extends Number> Expression<N> multiply(Number value, Class<N> resultType) {
        return Computed.Arithmetic.promoted(this, ArithmeticOperator.MULTIPLY, numericValue(value), resultType);
    }

    /** {@code this / other}; between integers it truncates toward zero on every dialect; both of this expression's type, which the result keeps. */
    default Expression<T> divide(Expression<? extends T> other) {
        return Computed.Arithmetic.of(this, ArithmeticOperator.DIVIDE, other);
    }

    /** {@code this / value}; between integers it truncates toward zero on every dialect; the value is of this expression's type, which the result keeps. */
    default Expression<T> divide(T value) {
        return Computed.Arithmetic.of(this, ArithmeticOperator.DIVIDE, numericValue(value));
    }

    /**
     * {@code this / other}; between integers it truncates toward zero on every dialect, for operands of two different numeric types; {@code resultType} is
     * the class of their numeric promotion, checked when the expression is built.
     *
     * @throws IllegalArgumentException if an operand is not numeric or the promotion gives another type
     */
    default <N extends Number> Expression<N> divide(Expression<? extends @Nullable Number> other, Class<N> resultType) {
        return Computed.Arithmetic.promoted(this, ArithmeticOperator.DIVIDE, other, resultType);
    }

    /**
     * {@code this / value} for a value of another numeric type; {@code resultType} is the class
     * of their numeric promotion, checked when the expression is built.
     *
     * @throws IllegalArgumentException if this is not numeric or the promotion gives another type
     */
    default <N extends Number> Expression<N> divide(Number value, Class<N> resultType) {
        return Computed.Arithmetic.promoted(this, ArithmeticOperator.DIVIDE, numericValue(value), resultType);
    }

    /** {@code this % other}, with the sign of this; both of this expression's type, which the result keeps. */
    default Expression<T> mod(Expression<? extends T> other) {
        return Computed.Arithmetic.of(this, ArithmeticOperator.MODULO, other);
    }

    /** {@code this % value}, with the sign of this; the value is of this expression's type, which the result keeps. */
    default Expression<T> mod(T value) {
        return Computed.Arithmetic.of(this, ArithmeticOperator.MODULO, numericValue(value));
    }

    /**
     * {@code this % other}, with the sign of this, for operands of two different numeric types; {@code resultType} is
     * the class of their numeric promotion, checked when the expression is built.
     *
     * @throws IllegalArgumentException if an operand is not numeric or the promotion gives another type
     */
    default <N extends Number> Expression<N> mod(Expression<? extends @Nullable Number> other, Class<N> resultType) {
        return Computed.Arithmetic.promoted(this, ArithmeticOperator.MODULO, other, resultType);
    }

    /**
     * {@code this % value} for a value of another numeric type; {@code resultType} is the class
     * of their numeric promotion, checked when the expression is built.
     *
     * @throws IllegalArgumentException if this is not numeric or the promotion gives another type
     */
    default <N extends Number> Expression<N> mod(Number value, Class<N> resultType) {
        return Computed.Arithmetic.promoted(this, ArithmeticOperator.MODULO, numericValue(value), resultType);
    }

    /**
     * {@code this + interval} for a date, date-time or instant: {@code ORDERS.placed.plus(days(3))}
     * with {@link DateFunctions#days}; months and years clamp the day to the end of the month.
     */
    default Expression<T> plus(Interval interval) {
        return new DateExpression.Shift<>(this, interval);
    }

    /** {@code this - interval}; see {@link #plus(Interval)}. */
    default Expression<T> minus(Interval interval) {
        return new DateExpression.Shift<>(this, interval.negated());
    }

    /** {@code -this}. */
    default Expression<T> negate() {
        requireNumeric("unary minus");
        return new Computed.Negate<>(this);
    }

    // ---- other -------------------------------------------------------------------------------

    /** {@code CAST(this AS type)}. */
    default <R extends @Nullable Object> Expression<R> cast(SqlType<R> type) {
        return new Cast<>(this, type);
    }

    /** This expression under a name in a select list: {@code expr AS alias}. */
    default Aliased<T> as(String alias) {
        return new Aliased<>(this, alias);
    }

    /** Ascending order; NULLs sort as the smallest value on every dialect. */
    default Order asc() {
        return new Order(this, Order.Direction.ASC, Order.Nulls.DEFAULT);
    }

    /** Descending order; NULLs sort as the smallest value (so last) on every dialect. */
    default Order desc() {
        return new Order(this, Order.Direction.DESC, Order.Nulls.DEFAULT);
    }

    /** A bound text for a text operation on this expression, which must be text. */
    private Expression<String> textParam(String text, String operation) {
        requireCategory(SqlType.Category.TEXT, operation);
        return new Param<>(text, SqlType.TEXT);
    }

    /** The argument of a text operation, which must not be null. */
    private static String plainText(@Nullable String text, String operation) {
        if (text == null) {
            throw new InvalidValueException(operation + " needs a text, got null; use isNull() to find NULLs");
        }
        return text;
    }

    /** The expression lower-cased the same way on every dialect. */
    private static Expression<String> lowered(Expression<?> text) {
        return new Computed.FunctionCall<>(SqlFunction.LOWER, List.of(text), SqlType.TEXT);
    }

    /** A parameter of this expression's type, checked to be of its Java class. */
    private Expression<T> bindable(@Nullable T value) {
        if (value == null) {
            throw new InvalidValueException("null cannot be compared with " + this
                    + " by this operator; use isNull()/isNotNull()");
        }
        if (!sqlType().javaType().isInstance(value)) {
            throw new InvalidValueException("cannot compare " + this + " with "
                    + (this instanceof Column<?> column && column.isSensitive() ? Bind.MASK : value) + ": expected a "
                    + sqlType().javaType().getSimpleName() + " but got a " + value.getClass().getName());
        }
        return new Param<>(value, sqlType());
    }

    /** A number as a parameter of its own numeric type. */
    private Expression<?> numericValue(@Nullable Object candidate) {
        if (!(candidate instanceof Number value)) {
            throw new IllegalArgumentException("arithmetic needs a number, got " + candidate);
        }
        @SuppressWarnings("unchecked")
        SqlType<Object> type = (SqlType<Object>) NumericPromotion.typeOfValue(value);
        Object converted = value instanceof Short || value instanceof Byte ? Integer.valueOf(value.intValue())
                : value instanceof Float ? Double.valueOf(value.doubleValue()) : value;
        return new Param<>(converted, type);
    }

    private void requireCategory(SqlType.Category category, String operation) {
        if (sqlType().category() != category) {
            throw new IllegalArgumentException(operation + " needs a " + category.name().toLowerCase(java.util.Locale.ROOT)
                    + " expression, but " + this + " is " + sqlType());
        }
    }

    private void requireNumeric(String operation) {
        if (!sqlType().category().isNumeric()) {
            throw new IllegalArgumentException(operation + " needs a numeric expression, but " + this + " is " + sqlType());
        }
    }

    /**
     * A value sent to the database as a bind parameter, never inlined into the SQL text.
     *
     * @param value the value, null for SQL NULL
     * @param type how to bind it
     */
    record Param<T extends @Nullable Object>(@Nullable T value, SqlType<T> type) implements Expression<T> {
        public Param {
            Objects.requireNonNull(type, "type");
        }

        @Override
        public SqlType<T> sqlType() {
            return type;
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitParam(this);
        }

        @Override
        public String toString() {
            return "?(" + value + ")";
        }
    }

    /**
     * A constant written into the SQL text, for where a bind parameter will not do (or is not
     * wanted). Numbers, booleans and strings only; strings are quoted and escaped by the dialect.
     */
    record Literal<T extends @Nullable Object>(T value, SqlType<T> type) implements Expression<T> {
        public Literal {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(type, "type");
            if (type.category() == SqlType.Category.TEMPORAL) {
                throw new IllegalArgumentException("date and time literals differ per dialect; bind " + value
                        + " as a parameter instead");
            }
            String violation = type.violation(value);
            if (violation != null) {
                throw new InvalidValueException("invalid literal: " + violation);
            }
        }

        @Override
        public SqlType<T> sqlType() {
            return type;
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitLiteral(this);
        }
    }

    /** {@code CAST(operand AS type)}. */
    record Cast<T extends @Nullable Object>(Expression<?> operand, SqlType<T> type) implements Expression<T> {
        public Cast {
            Objects.requireNonNull(operand, "operand");
            Objects.requireNonNull(type, "type");
        }

        @Override
        public SqlType<T> sqlType() {
            return type;
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitCast(this);
        }
    }

    /** A subquery used as a value: it selects one column and at most one row. */
    record ScalarSubquery<T extends @Nullable Object>(Query query, SqlType<T> type) implements Expression<T> {
        public ScalarSubquery {
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(type, "type");
            if (query.projection().size() != 1) {
                throw new IllegalArgumentException("a scalar subquery selects one column, this one selects "
                        + query.projection().size());
            }
        }

        @Override
        public SqlType<T> sqlType() {
            return type;
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitScalarSubquery(this);
        }
    }

    /**
     * In an upsert's update, the value the insert proposed for a column ({@code excluded.col} on
     * PostgreSQL and SQLite, {@code VALUES(col)} on MySQL and MariaDB).
     */
    record Excluded<T extends @Nullable Object>(Column<T> column) implements Expression<T> {
        public Excluded {
            Objects.requireNonNull(column, "column");
        }

        @Override
        public SqlType<T> sqlType() {
            return column.sqlType();
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitExcluded(this);
        }
    }

    /**
     * An expression with a name in a select list. Rows are read with the aliased expression
     * itself: {@code row.get(total)}.
     */
    record Aliased<T extends @Nullable Object>(Expression<T> expression, String alias) implements Expression<T> {
        public Aliased {
            Objects.requireNonNull(expression, "expression");
            Identifiers.requireValid(alias, "alias");
            if (expression instanceof Aliased<?>) {
                throw new IllegalArgumentException("an expression is aliased once; " + expression + " already is");
            }
        }

        @Override
        public SqlType<T> sqlType() {
            return expression.sqlType();
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitAliased(this);
        }

        @Override
        public String toString() {
            return alias;
        }
    }
}
