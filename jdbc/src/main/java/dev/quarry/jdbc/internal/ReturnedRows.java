package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.Row;
import dev.quarry.sql.Column;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Insert;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The results a caller asked for, made from the rows of an insert that was sent with RETURNING of
 * every column (so its audit could read them). Stateless.
 */
final class ReturnedRows {
    private ReturnedRows() {
    }

    /** The rows narrowed to the expressions the caller's RETURNING named, in its order. */
    static List<Row> project(List<Row> rows, List<Expression<?>> returning) {
        RowLayout layout = new RowLayout(returning);
        List<Row> projected = new ArrayList<>(rows.size());
        for (Row row : rows) {
            @Nullable Object[] values = new Object[returning.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.get(returning.get(i));
            }
            projected.add(new Row(layout, values));
        }
        return projected;
    }

    /** The value generated for the table's auto-increment column in the first row. */
    static long generatedKey(Insert insert, List<Row> rows) {
        Column<?> key = insert.into().autoIncrementColumn();
        if (key == null) {
            throw new IllegalArgumentException("table " + insert.into() + " has no auto-increment column to return");
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("the database returned no row for the insert into " + insert.into());
        }
        return ((Number) rows.get(0).get(key)).longValue();
    }
}
