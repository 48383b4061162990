package dev.quarry.sql;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Values computed from other expressions: arithmetic, string concatenation, scalar functions and
 * CASE. Each node carries its result type, chosen the same way for every dialect.
 */
public sealed interface Computed<T extends @Nullable Object> extends Expression<T>
        permits Computed.Arithmetic, Computed.Negate, Computed.Concat, Computed.FunctionCall, Computed.Case,
        Computed.Template, Computed.Collate {

    /**
     * {@code left operator right}, with the type of {@link NumericPromotion}: between integers
     * {@code /} truncates toward zero on every dialect.
     */
    record Arithmetic<T extends @Nullable Object>(Expression<?> left, ArithmeticOperator operator, Expression<?> right, SqlType<T> type)
            implements Computed<T> {
        public Arithmetic {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(right, "right");
            Objects.requireNonNull(type, "type");
        }

        /** The arithmetic with its promoted result type. */
        @SuppressWarnings("unchecked")
        static <T extends @Nullable Object> Arithmetic<T> of(Expression<?> left, ArithmeticOperator operator, Expression<?> right) {
            SqlType<T> type = (SqlType<T>) NumericPromotion.resultOf(left.sqlType(), operator, right.sqlType());
            return new Arithmetic<>(left, operator, right, type);
        }

        /**
         * The arithmetic of two numeric operands whose promoted type is of {@code resultType}.
         *
         * @throws IllegalArgumentException if the engine's numeric promotion gives another type
         */
        static <T extends Number> Arithmetic<T> promoted(Expression<?> left, ArithmeticOperator operator, Expression<?> right,
                Class<T> resultType) {
            Arithmetic<T> arithmetic = of(left, operator, right);
            Class<?> promoted = arithmetic.sqlType().javaType();
            if (!resultType.equals(promoted)) {
                throw new IllegalArgumentException(left.sqlType() + " " + operator + " " + right.sqlType() + " gives a "
                        + promoted.getSimpleName() + ", not a " + resultType.getSimpleName());
            }
            return arithmetic;
        }

        /** Whether both operands are integers, so division truncates. */
        public boolean isIntegerOperation() {
            return left.sqlType().category() == SqlType.Category.INTEGER
                    && right.sqlType().category() == SqlType.Category.INTEGER;
        }

        @Override
        public SqlType<T> sqlType() {
            return type;
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitArithmetic(this);
        }
    }

    /** {@code -operand}. */
    record Negate<T extends @Nullable Object>(Expression<T> operand) implements Computed<T> {
        public Negate {
            Objects.requireNonNull(operand, "operand");
        }

        @Override
        public SqlType<T> sqlType() {
            return operand.sqlType();
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitNegate(this);
        }
    }

    /** String concatenation; NULL if any operand is NULL, on every dialect. */
    record Concat(List<Expression<?>> operands) implements Computed<String> {
        public Concat {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("concatenation needs at least two operands");
            }
        }

        @Override
        public SqlType<String> sqlType() {
            return SqlType.TEXT;
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitConcat(this);
        }
    }

    /** A scalar function; see {@link SqlFunction} for what each one means on every dialect. */
    record FunctionCall<T extends @Nullable Object>(SqlFunction function, List<Expression<?>> arguments, SqlType<T> type)
            implements Computed<T> {
        public FunctionCall {
            Objects.requireNonNull(function, "function");
            arguments = List.copyOf(arguments);
            Objects.requireNonNull(type, "type");
            function.checkArity(arguments.size());
        }

        @Override
        public SqlType<T> sqlType() {
            return type;
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitFunctionCall(this);
        }
    }

    /**
     * Text compared and sorted by a collation: {@code operand COLLATE name}, or, without a name,
     * by code point on every dialect, trailing spaces counting (PostgreSQL's {@code "C"}, SQLite's
     * {@code BINARY}, MySQL's {@code utf8mb4_0900_bin} and MariaDB's {@code utf8mb4_nopad_bin}
     * after converting the text to utf8mb4, whatever the column's character set).
     *
     * @param collation the database's collation name, or null for code-point order
     */
    record Collate(Expression<String> operand, @Nullable String collation) implements Computed<String> {
        public Collate {
            Objects.requireNonNull(operand, "operand");
            if (operand.sqlType().category() != SqlType.Category.TEXT) {
                throw new IllegalArgumentException("COLLATE needs a text expression, but " + operand + " is " + operand.sqlType());
            }
            if (collation != null && !COLLATION_NAME.matcher(collation).matches()) {
                throw new IllegalArgumentException("\"" + collation + "\" is not a collation name: use letters, digits,"
                        + " '_', '-', '.' and '@'");
            }
        }

        private static final java.util.regex.Pattern COLLATION_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.@-]{0,62}");

        @Override
        public SqlType<String> sqlType() {
            return SqlType.TEXT;
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitCollate(this);
        }
    }

    /**
     * SQL written by hand with expressions in its placeholders, of a type the caller names: any
     * function or operator the query language has no node for. See {@link SqlTemplate}.
     */
    record Template<T extends @Nullable Object>(SqlTemplate template, SqlType<T> type) implements Computed<T> {
        public Template {
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(type, "type");
        }

        @Override
        public SqlType<T> sqlType() {
            return type;
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitTemplate(this);
        }

        @Override
        public String toString() {
            return template.toString();
        }
    }

    /**
     * {@code CASE WHEN c1 THEN r1 … [ELSE otherwise] END}; without ELSE, no match gives NULL.
     *
     * @param branches at least one
     * @param otherwise the ELSE result, or null
     */
    record Case<T extends @Nullable Object>(List<When<T>> branches, @Nullable Expression<T> otherwise, SqlType<T> type) implements Computed<T> {
        public Case {
            branches = List.copyOf(branches);
            Objects.requireNonNull(type, "type");
            if (branches.isEmpty()) {
                throw new IllegalArgumentException("CASE needs at least one WHEN");
            }
        }

        /** Adds a branch. */
        public Case<T> orWhen(Condition condition, Expression<T> result) {
            List<When<T>> more = new java.util.ArrayList<>(branches);
            more.add(new When<>(condition, result));
            return new Case<>(more, otherwise, type);
        }

        /** Adds a branch with a bound value as result. */
        public Case<T> orWhen(Condition condition, T result) {
            return orWhen(condition, new Param<>(result, type));
        }

        /** The ELSE result. */
        public Case<T> otherwise(Expression<T> result) {
            return new Case<>(branches, result, type);
        }

        /** The ELSE result, bound. */
        public Case<T> otherwise(T result) {
            return otherwise(new Param<>(result, type));
        }

        @Override
        public SqlType<T> sqlType() {
            return type;
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitCase(this);
        }
    }

    /** One {@code WHEN condition THEN result} of a {@link Case}. */
    record When<T extends @Nullable Object>(Condition condition, Expression<T> result) {
        public When {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(result, "result");
        }
    }
}
