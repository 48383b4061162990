package dev.quarry.sql;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Columns of tables made from a query's select list (derived tables and CTEs). */
final class ProjectedColumns {
    private ProjectedColumns() {
    }

    /** The name a selected expression has in the result: the column's name or the alias. */
    static String outputName(Expression<?> expression) {
        if (expression instanceof Column<?> column) {
            return column.name();
        }
        if (expression instanceof Expression.Aliased<?> aliased) {
            return aliased.alias();
        }
        throw new IllegalArgumentException("the selected expression " + expression
                + " needs a name here; give it one with as(\"name\")");
    }

    static void register(Table table, List<Expression<?>> projection) {
        for (Expression<?> expression : projection) {
            boolean nullable = !(expression instanceof Column<?> column) || column.isNullable();
            table.addColumn(new Column<>(table, outputName(expression), expression.sqlType(), nullable, false));
        }
    }

    static <T extends @Nullable Object> Column<T> columnFor(Table table, List<Expression<?>> projection, Expression<T> selected) {
        for (int i = 0; i < projection.size(); i++) {
            if (projection.get(i).equals(selected)) {
                @SuppressWarnings("unchecked")
                Column<T> column = (Column<T>) table.columns().get(i);
                return column;
            }
        }
        throw new IllegalArgumentException(selected + " is not selected by " + table.referenceName()
                + "; it selects " + projection);
    }
}
