package dev.quarry.render;

import dev.quarry.dialect.TextRules;
import dev.quarry.sql.Column;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Order;
import dev.quarry.sql.Select;
import java.util.List;

/**
 * The selected values of one SELECT as the text rules write them, without their aliases. A value
 * an ORDER BY key refers to by alias or position takes its sort-key form, so that the order is the
 * text rules' order; so does any value equal to a key of a select whose rows are compared for
 * duplicates, so that PostgreSQL finds the key among the DISTINCT values. Another value of such a
 * select takes its equality form. The rest is written as selected. Immutable once built; one per
 * SELECT rendered.
 */
final class SelectedText {
    private final Expression<?>[] selected;
    private final Expression<?>[] written;

    /**
     * @param removesDuplicates whether the rows are compared for duplicates (DISTINCT, or an
     *     operand of a set operation that removes them)
     */
    SelectedText(TextRules text, Select select, boolean removesDuplicates) {
        List<Expression<?>> projection = select.projection();
        selected = new Expression<?>[projection.size()];
        written = new Expression<?>[projection.size()];
        for (int i = 0; i < written.length; i++) {
            Expression<?> value = unaliased(projection.get(i));
            selected[i] = value;
            if (isOrderedBy(value, select.orderBy(), removesDuplicates)) {
                written[i] = text.sortKey(value);
            } else if (removesDuplicates) {
                written[i] = text.equalityKey(value);
            } else {
                written[i] = value;
            }
        }
    }

    /** What the selected value at this position is written as, without its alias. */
    Expression<?> written(int index) {
        return written[index];
    }

    /** Whether the selected value at this position is written in a form of the text rules rather than as selected. */
    boolean isChanged(int index) {
        return written[index] != selected[index];
    }

    /** Whether an ORDER BY key refers to the value ({@link SortKeys} writes a column key itself instead). */
    private static boolean isOrderedBy(Expression<?> value, List<Order> keys, boolean removesDuplicates) {
        for (Order key : keys) {
            Expression<?> expression = unaliased(key.expression());
            if (expression.equals(value) && (removesDuplicates || !(expression instanceof Column<?>))) {
                return true;
            }
        }
        return false;
    }

    private static Expression<?> unaliased(Expression<?> expression) {
        return expression instanceof Expression.Aliased<?> aliased ? aliased.expression() : expression;
    }
}
