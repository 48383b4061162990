package dev.quarry.dialect.mysql;

import dev.quarry.dialect.CodePointRules;
import dev.quarry.sql.Column;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Select;
import java.util.List;

/**
 * Code-point text on MySQL and MariaDB, where the code-point form is
 * {@code CONVERT(text USING utf8mb4) COLLATE <binary no-pad collation>}: an explicit collation
 * decides a comparison, and the column on the other side is converted to utf8mb4 whatever its
 * character set. The collation goes on the value a column is compared with, never on the column
 * itself, so that an index on a binary utf8mb4 column (as Quarry creates them) still serves
 * {@code =}, IN, BETWEEN and ranges; a column in a COLLATE of another character set would be an
 * error, and a converted column uses no index.
 *
 * <p>A GROUP BY key stays and its code-point form follows it as a second key, so that a selected
 * bare column is still a grouping column under ONLY_FULL_GROUP_BY while the groups are those of
 * code points. ORDER BY, DISTINCT, MIN and MAX take the code-point form, which no index serves: a
 * sort, a temporary table, a scan. Stateless.
 */
final class MySqlCodePointRules extends CodePointRules {
    static final MySqlCodePointRules INSTANCE = new MySqlCodePointRules();

    private MySqlCodePointRules() {
    }

    /** The collation goes on the operand that is not a column, or on the right one when both are. */
    @Override
    protected Condition.Comparison collatedComparison(Condition.Comparison comparison) {
        if (comparison.right() instanceof Column<?> && !(comparison.left() instanceof Column<?>)) {
            return new Condition.Comparison(codePoint(comparison.left()), comparison.operator(), comparison.right());
        }
        return new Condition.Comparison(comparison.left(), comparison.operator(), codePoint(comparison.right()));
    }

    @Override
    public Condition.Between between(Condition.Between between) {
        if (!changes(between.value(), between.low(), between.high())) {
            return between;
        }
        return new Condition.Between(between.value(), codePoint(between.low()), codePoint(between.high()));
    }

    @Override
    protected Condition.In collatedIn(Condition.In in) {
        return new Condition.In(in.value(), in.candidates().stream().<Expression<?>>map(CodePointRules::codePoint).toList());
    }

    /** The subquery selects the code-point form, so that an index on the value still serves; a set operation's value takes it instead. */
    @Override
    protected Condition.InQuery collatedInQuery(Condition.InQuery in) {
        if (!(in.query() instanceof Select select)) {
            return super.collatedInQuery(in);
        }
        Expression<?> selected = select.projection().get(0);
        Expression<?> value = selected instanceof Expression.Aliased<?> aliased ? aliased.expression() : selected;
        return new Condition.InQuery(in.value(), select.columns(List.of(codePoint(value))));
    }

    @Override
    public List<Expression<?>> groupKeys(Expression<?> key) {
        Expression<?> codePoint = equalityKey(key);
        return codePoint == key ? List.of(key) : List.of(key, codePoint);
    }
}
