package dev.quarry.render;

import dev.quarry.sql.Column;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Order;
import java.util.List;

/**
 * Writes ORDER BY keys of one rendering, text in the text rules' sort-key form, with NULL
 * placement made explicit where the dialect's own placement differs from the one asked for. Holds what the keys depend on: the select list
 * they may refer to and whether an outer join may null-extend rows. Not thread-safe: one per
 * {@link ExpressionRenderer}.
 */
final class SortKeys {
    private final ExpressionRenderer renderer;
    private boolean outerJoined;
    private List<Expression<?>> selectList = List.of();

    SortKeys(ExpressionRenderer renderer) {
        this.renderer = renderer;
    }

    /** Writes sort keys separated by commas. */
    void render(List<Order> keys) {
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                renderer.writer().comma();
            }
            render(keys.get(i));
        }
    }

    /** Writes sort keys inside a call (an aggregate's ORDER BY), where they cannot refer to the select list. */
    void renderInsideCall(List<Order> keys) {
        List<Expression<?>> previous = selectList;
        selectList = List.of();
        try {
            render(keys);
        } finally {
            selectList = previous;
        }
    }

    /**
     * Writes one sort key: NULLS FIRST/LAST where the dialect has the syntax, otherwise a leading
     * {@code expr IS NULL} key, when the placement asked for is not the dialect's own.
     */
    private void render(Order key) {
        SqlWriter writer = renderer.writer();
        Expression<?> expression = key.expression() instanceof Expression.Aliased<?> aliased
                ? aliased.expression() : key.expression();
        boolean ascending = key.direction() == Order.Direction.ASC;
        boolean nativeNullsFirst = ascending == renderer.dialect().nullsSortAsSmallest();
        boolean wantedNullsFirst = key.nullsComeFirst();
        boolean mayBeNull = outerJoined || !(expression instanceof Column<?> column) || column.isNullable();
        boolean adjust = mayBeNull && nativeNullsFirst != wantedNullsFirst;
        boolean emulate = adjust && !renderer.dialect().supportsNullsOrdering();
        Runnable sortKey = selectListReference(expression, emulate);
        if (emulate) {
            sortKey.run();
            writer.keyword(Keywords.IS_NULL).keyword(wantedNullsFirst ? Keywords.DESC : Keywords.ASC).comma();
        }
        sortKey.run();
        writer.keyword(ascending ? Keywords.ASC : Keywords.DESC);
        if (adjust && renderer.dialect().supportsNullsOrdering()) {
            writer.keyword(wantedNullsFirst ? Keywords.NULLS_FIRST : Keywords.NULLS_LAST);
        }
    }

    /** The select list that ORDER BY keys may refer to; empty outside a select's ORDER BY. */
    void selectList(List<Expression<?>> projection) {
        selectList = projection;
    }

    /** Treats every column as nullable while an outer join may null-extend rows; returns the previous setting. */
    boolean outerJoined(boolean value) {
        boolean previous = outerJoined;
        outerJoined = value;
        return previous;
    }

    /**
     * How a sort key is written: a computed expression that is also selected is referred to by
     * its alias or select-list position, because its bind parameters would otherwise differ from
     * the select list's and PostgreSQL would not see them as one expression in a grouped query.
     * Inside another expression (the IS NULL key that emulates NULLS FIRST/LAST) only an alias will do.
     * A key written as itself takes the text rules' sort-key form; a selected one has it in the
     * select list already (see {@link SelectedText}).
     */
    private Runnable selectListReference(Expression<?> expression, boolean insideExpression) {
        if (!(expression instanceof Column<?>)) {
            for (int i = 0; i < selectList.size(); i++) {
                Expression<?> item = selectList.get(i);
                if (item instanceof Expression.Aliased<?> aliased && aliased.expression().equals(expression)) {
                    return () -> renderer.writer().identifier(aliased.alias());
                }
                if (item.equals(expression) && !insideExpression) {
                    String position = Integer.toString(i + 1);
                    return () -> renderer.writer().keyword(position);
                }
            }
        }
        Expression<?> written = renderer.textRules().sortKey(expression);
        return () -> renderer.renderOperand(written);
    }
}
