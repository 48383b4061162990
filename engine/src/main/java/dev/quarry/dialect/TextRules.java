package dev.quarry.dialect;

import dev.quarry.sql.Computed;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Expression;
import dev.quarry.sql.SqlType;
import java.util.List;

/**
 * Where the renderer changes text operands so that they compare, group and sort under the
 * database's {@link TextSemantics}: each method takes a part of a statement and returns the part
 * to write instead, as a tree (the added collations are {@link Computed.Collate} nodes without a
 * name, written as each dialect writes {@code byCodePoint}). {@link Dialect#textRules()} gives the
 * rules in force; this class, {@link #AS_WRITTEN}, changes nothing, which is
 * {@link TextSemantics#DATABASE}, and {@link CodePointRules} enforces {@link TextSemantics#CODE_POINT}.
 *
 * <p>Callers pass expressions without their alias. Implementations are stateless and thread-safe.
 */
public class TextRules {
    /** Text as written: each column's collation decides. */
    public static final TextRules AS_WRITTEN = new TextRules();

    protected TextRules() {
    }

    /** The comparison to write for {@code left op right}, for the operators {@code = <> < <= > >=} and null-safe equality. */
    public Condition.Comparison comparison(Condition.Comparison comparison) {
        return comparison;
    }

    /** The BETWEEN to write. */
    public Condition.Between between(Condition.Between between) {
        return between;
    }

    /** The IN with a list of candidates to write. */
    public Condition.In in(Condition.In in) {
        return in;
    }

    /** The IN with a subquery to write. */
    public Condition.InQuery inQuery(Condition.InQuery in) {
        return in;
    }

    /** What an ORDER BY key, a DISTINCT ON key or the argument of MIN or MAX is written as. */
    public Expression<?> sortKey(Expression<?> key) {
        return key;
    }

    /**
     * What a value is written as where only equality matters: a selected value of a DISTINCT
     * select or of a set operation that removes duplicates, a window's PARTITION BY key, the
     * argument of {@code COUNT(DISTINCT …)}.
     */
    public Expression<?> equalityKey(Expression<?> key) {
        return key;
    }

    /**
     * The GROUP BY keys written for one key, in order; the key itself is written as the renderer
     * writes any key (by its position in the select list when it is a selected computed value).
     */
    public List<Expression<?>> groupKeys(Expression<?> key) {
        return List.of(key);
    }

    /** Whether an expression is text, which is all these rules change. */
    protected static boolean isText(Expression<?> expression) {
        return expression.sqlType().category() == SqlType.Category.TEXT;
    }

    /** Whether an expression names its collation itself ({@code collate}, {@code byCodePoint}), which wins over any rule. */
    protected static boolean isCollated(Expression<?> expression) {
        Expression<?> target = expression instanceof Expression.Aliased<?> aliased ? aliased.expression() : expression;
        return target instanceof Computed.Collate;
    }
}
