package dev.quarry.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A boolean expression used in WHERE clauses, nested to any depth with {@link #and},
 * {@link #or} and {@link #not}. Conditions are immutable records compared structurally;
 * {@code a.and(b).and(c)} flattens into one {@link And} of three operands.
 */
public sealed interface Condition extends Expression<Boolean> {

    /** A condition that always holds. */
    Condition TRUE = new Constant(true);
    /** A condition that never holds. */
    Condition FALSE = new Constant(false);

    @Override
    default SqlType<Boolean> sqlType() {
        return SqlType.BOOLEAN;
    }

    /** {@code this AND other}. */
    default Condition and(Condition other) {
        return allOf(this, other);
    }

    /** {@code this OR other}. */
    default Condition or(Condition other) {
        return anyOf(this, other);
    }

    /** {@code NOT this}. */
    default Condition not() {
        return this instanceof Not negated ? negated.operand() : new Not(this);
    }

    /** All of the conditions; {@link #TRUE} when there are none. */
    static Condition allOf(Condition... conditions) {
        return allOf(List.of(conditions));
    }

    /** All of the conditions; {@link #TRUE} when there are none. */
    static Condition allOf(List<? extends Condition> conditions) {
        List<Condition> operands = new ArrayList<>(conditions.size());
        for (Condition condition : conditions) {
            if (condition instanceof And and) {
                operands.addAll(and.operands());
            } else {
                operands.add(Objects.requireNonNull(condition, "condition"));
            }
        }
        return switch (operands.size()) {
            case 0 -> TRUE;
            case 1 -> operands.get(0);
            default -> new And(operands);
        };
    }

    /** Any of the conditions; {@link #FALSE} when there are none. */
    static Condition anyOf(Condition... conditions) {
        return anyOf(List.of(conditions));
    }

    /** Any of the conditions; {@link #FALSE} when there are none. */
    static Condition anyOf(List<? extends Condition> conditions) {
        List<Condition> operands = new ArrayList<>(conditions.size());
        for (Condition condition : conditions) {
            if (condition instanceof Or or) {
                operands.addAll(or.operands());
            } else {
                operands.add(Objects.requireNonNull(condition, "condition"));
            }
        }
        return switch (operands.size()) {
            case 0 -> FALSE;
            case 1 -> operands.get(0);
            default -> new Or(operands);
        };
    }

    /** {@code NOT condition}. */
    static Condition not(Condition condition) {
        return condition.not();
    }

    /** {@code EXISTS (subquery)}. */
    static Condition exists(Query subquery) {
        return new Exists(subquery);
    }

    /** {@code NOT EXISTS (subquery)}. */
    static Condition notExists(Query subquery) {
        return new Exists(subquery).not();
    }

    /**
     * A condition written by hand with expressions in its placeholders, for operators the query
     * language has no node for (PostgreSQL's {@code @@} or {@code &&}). See {@link SqlTemplate}.
     */
    record Template(SqlTemplate template) implements Condition {
        public Template {
            Objects.requireNonNull(template, "template");
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitConditionTemplate(this);
        }

        @Override
        public String toString() {
            return template.toString();
        }
    }

    /** {@code left operator right}. */
    record Comparison(Expression<?> left, ComparisonOperator operator, Expression<?> right) implements Condition {
        public Comparison {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitComparison(this);
        }
    }

    /** {@code value LIKE pattern}. */
    record Like(Expression<?> value, Expression<?> pattern) implements Condition {
        public Like {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(pattern, "pattern");
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitLike(this);
        }
    }

    /**
     * The text matches a regular expression somewhere (it is not anchored unless the expression
     * says {@code ^…$}), case-sensitively: {@code ~} on PostgreSQL, {@code REGEXP} under the
     * tables' binary collation on MySQL/MariaDB, a function Quarry installs on SQLite. NULL when
     * the text is NULL. Built by {@link Expression#matches}, which keeps the expression within
     * the portable subset.
     */
    record Matches(Expression<?> value, Expression<?> regex) implements Condition {
        public Matches {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(regex, "regex");
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitMatches(this);
        }
    }

    /** {@code value BETWEEN low AND high}. */
    record Between(Expression<?> value, Expression<?> low, Expression<?> high) implements Condition {
        public Between {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitBetween(this);
        }
    }

    /** {@code value IN (candidates…)}, with at least one candidate. */
    record In(Expression<?> value, List<Expression<?>> candidates) implements Condition {
        public In {
            Objects.requireNonNull(value, "value");
            candidates = List.copyOf(candidates);
            if (candidates.isEmpty()) {
                throw new IllegalArgumentException("IN needs at least one candidate; use Condition.FALSE");
            }
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitIn(this);
        }
    }

    /** {@code value IN (subquery)}; the subquery selects one column. */
    record InQuery(Expression<?> value, Query query) implements Condition {
        public InQuery {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(query, "query");
            if (query.projection().size() != 1) {
                throw new IllegalArgumentException("IN (subquery) needs a subquery of one column, this one selects "
                        + query.projection().size());
            }
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitInQuery(this);
        }
    }

    /** {@code EXISTS (subquery)}. */
    record Exists(Query query) implements Condition {
        public Exists {
            Objects.requireNonNull(query, "query");
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitExists(this);
        }
    }

    /** Null-safe equality: both null, or both equal; never NULL itself. */
    record IsNotDistinctFrom(Expression<?> left, Expression<?> right) implements Condition {
        public IsNotDistinctFrom {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitIsNotDistinctFrom(this);
        }
    }

    /** Null-safe inequality; never NULL itself. */
    record IsDistinctFrom(Expression<?> left, Expression<?> right) implements Condition {
        public IsDistinctFrom {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitIsDistinctFrom(this);
        }
    }

    /**
     * The container holds everything {@code contained} holds: a JSON document containing a fragment,
     * or an array containing all given elements. Built by {@link JsonFunctions} and {@link ArrayFunctions}.
     */
    record Contains(Expression<?> container, Expression<?> contained) implements Condition {
        public Contains {
            Objects.requireNonNull(container, "container");
            Objects.requireNonNull(contained, "contained");
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitContains(this);
        }
    }

    /** {@code value IS NULL}. */
    record IsNull(Expression<?> value) implements Condition {
        public IsNull {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitIsNull(this);
        }
    }

    /** {@code value IS NOT NULL}. */
    record IsNotNull(Expression<?> value) implements Condition {
        public IsNotNull {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitIsNotNull(this);
        }
    }

    /** All operands hold; at least two operands, none of them an {@code And}. */
    record And(List<Condition> operands) implements Condition {
        public And {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("AND needs at least two operands; use Condition.allOf");
            }
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitAnd(this);
        }
    }

    /** At least one operand holds; at least two operands, none of them an {@code Or}. */
    record Or(List<Condition> operands) implements Condition {
        public Or {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("OR needs at least two operands; use Condition.anyOf");
            }
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitOr(this);
        }
    }

    /** The operand does not hold. */
    record Not(Condition operand) implements Condition {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }

        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitNot(this);
        }
    }

    /** Always true or always false. */
    record Constant(boolean value) implements Condition {
        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitConstant(this);
        }
    }
}
