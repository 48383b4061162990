package dev.quarry.dialect;

import dev.quarry.sql.ComparisonOperator;
import dev.quarry.sql.Computed;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Expression;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of {@link TextSemantics#CODE_POINT}: text is given the dialect's code-point collation
 * ({@code byCodePoint}) wherever the column's own collation could give another answer. Only text
 * operands change; a comparison one of whose operands names its collation ({@code collate},
 * {@code byCodePoint}) is left as written, and so is a key that does.
 *
 * <p>By default the collation goes on the compared value (the left operand, the value of BETWEEN
 * and IN), which is where SQLite takes it from; a dialect whose equality already holds for
 * identical text only says so with {@link #equalityIsExact()}, and one that must keep the column
 * bare for its indexes overrides where the collation goes. Stateless and thread-safe.
 */
public abstract class CodePointRules extends TextRules {

    protected CodePointRules() {
    }

    /**
     * Whether {@code =} on text already holds for identical text only, whatever the collation
     * (PostgreSQL's deterministic collations): equality, grouping and DISTINCT then stay as written
     * and keep their indexes, and only ordering gets the code-point collation. False by default.
     */
    protected boolean equalityIsExact() {
        return false;
    }

    @Override
    public Condition.Comparison comparison(Condition.Comparison comparison) {
        if (!changes(comparison.left(), comparison.right()) || (isEquality(comparison.operator()) && equalityIsExact())) {
            return comparison;
        }
        return collatedComparison(comparison);
    }

    /** A text comparison with the code-point collation on one side: the left operand by default. */
    protected Condition.Comparison collatedComparison(Condition.Comparison comparison) {
        return new Condition.Comparison(codePoint(comparison.left()), comparison.operator(), comparison.right());
    }

    @Override
    public Condition.Between between(Condition.Between between) {
        if (!changes(between.value(), between.low(), between.high())) {
            return between;
        }
        return new Condition.Between(codePoint(between.value()), between.low(), between.high());
    }

    @Override
    public Condition.In in(Condition.In in) {
        List<Expression<?>> operands = new ArrayList<>(in.candidates().size() + 1);
        operands.add(in.value());
        operands.addAll(in.candidates());
        if (equalityIsExact() || !changes(operands.toArray(new Expression<?>[0]))) {
            return in;
        }
        return collatedIn(in);
    }

    /** A text IN with the code-point collation on one side: the value by default. */
    protected Condition.In collatedIn(Condition.In in) {
        return new Condition.In(codePoint(in.value()), in.candidates());
    }

    @Override
    public Condition.InQuery inQuery(Condition.InQuery in) {
        Expression<?> selected = in.query().projection().get(0);
        if (equalityIsExact() || !changes(in.value(), selected)) {
            return in;
        }
        return collatedInQuery(in);
    }

    /** A text IN (subquery) with the code-point collation on one side: the value by default. */
    protected Condition.InQuery collatedInQuery(Condition.InQuery in) {
        return new Condition.InQuery(codePoint(in.value()), in.query());
    }

    @Override
    public Expression<?> sortKey(Expression<?> key) {
        return isText(key) && !isCollated(key) ? codePoint(key) : key;
    }

    @Override
    public Expression<?> equalityKey(Expression<?> key) {
        return equalityIsExact() ? key : sortKey(key);
    }

    @Override
    public List<Expression<?>> groupKeys(Expression<?> key) {
        return List.of(equalityKey(key));
    }

    /** The text under the code-point collation: {@code byCodePoint(text)}. */
    @SuppressWarnings("unchecked")
    protected static Expression<String> codePoint(Expression<?> text) {
        return new Computed.Collate((Expression<String>) text, null);
    }

    /** Whether the operands are all text and none names its collation. */
    protected static boolean changes(Expression<?>... operands) {
        for (Expression<?> operand : operands) {
            if (!isText(operand) || isCollated(operand)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEquality(ComparisonOperator operator) {
        return operator == ComparisonOperator.EQ || operator == ComparisonOperator.NE;
    }
}
