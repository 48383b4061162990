package dev.quarry.jdbc.internal;

import dev.quarry.sql.Expression;
import java.util.List;

/**
 * The selected expressions of a query, shared by all its rows: position lookup by expression.
 * Immutable.
 */
public final class RowLayout {
    private final Expression<?>[] expressions;

    public RowLayout(List<? extends Expression<?>> expressions) {
        this.expressions = expressions.toArray(new Expression<?>[0]);
    }

    public int size() {
        return expressions.length;
    }

    public Expression<?> expression(int index) {
        return expressions[index];
    }

    public List<Expression<?>> expressions() {
        return List.of(expressions);
    }

    /** The position of the expression, or -1; the same object is found before an equal one. */
    public int indexOf(Expression<?> expression) {
        for (int i = 0; i < expressions.length; i++) {
            if (expressions[i] == expression) {
                return i;
            }
        }
        for (int i = 0; i < expressions.length; i++) {
            if (expressions[i].equals(expression)) {
                return i;
            }
        }
        return -1;
    }
}
