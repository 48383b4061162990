package dev.quarry.sql;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The values one written row gives its columns, as a table validator sees them
 * ({@code Table.validator}): only values written as plain values, never expressions the database
 * computes. Read-only; valid during the validator's call.
 */
public final class RowValues {
    private final Table table;
    private final Map<Column<?>, @Nullable Object> values;

    RowValues(Table table, Map<Column<?>, @Nullable Object> values) {
        this.table = table;
        this.values = values;
    }

    /** Whether the row gives the column a plain value (possibly null). */
    public boolean has(Column<?> column) {
        return values.containsKey(column);
    }

    /**
     * The column's value in the row; in Kotlin {@code row[Events.endsAt]}.
     *
     * @throws IllegalArgumentException if the row gives the column no plain value, which a
     *     validator declaring the column never sees
     */
    @SuppressWarnings("unchecked")
    public <T extends @Nullable Object> T get(Column<T> column) {
        if (!values.containsKey(column)) {
            throw new IllegalArgumentException("the row written to " + table + " has no value for " + column.qualifiedName()
                    + "; declare the column in the validator's columns");
        }
        return (T) values.get(column);
    }
}
