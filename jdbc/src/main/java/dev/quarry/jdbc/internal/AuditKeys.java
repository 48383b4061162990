package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.Row;
import dev.quarry.sql.Assignment;
import dev.quarry.sql.Column;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Index;
import dev.quarry.sql.Order;
import dev.quarry.sql.Select;
import dev.quarry.sql.SmallIntType;
import dev.quarry.sql.IntegerType;
import dev.quarry.sql.Table;
import dev.quarry.sql.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finding the rows of an audited write again by the values of their keys: which unique keys a row
 * of VALUES gives in full, the condition matching such keys, and the rows read by it a bounded
 * number of keys per query. Stateless.
 */
final class AuditKeys {
    private static final int KEYS_PER_QUERY = 500;

    private AuditKeys() {
    }

    /** The primary key, then every unique constraint and unique index of the table, each as its columns. */
    static List<List<Column<?>>> uniqueKeys(Table table) {
        List<List<Column<?>>> keys = new ArrayList<>();
        keys.add(table.primaryKeyColumns());
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            keys.add(unique.columns());
        }
        for (Index index : table.indexes()) {
            if (index.unique()) {
                keys.add(index.columns());
            }
        }
        return keys;
    }

    /** The values a row gives for the columns of a key, or null unless it gives each a non-null plain value. */
    static @Nullable Map<Column<?>, Object> givenKey(List<Column<?>> key, List<Assignment<?>> row) {
        Map<Column<?>, Object> values = new LinkedHashMap<>();
        for (Column<?> column : key) {
            Object value = null;
            for (Assignment<?> assignment : row) {
                if (assignment.column().equals(column) && assignment.value() instanceof Expression.Param<?> param) {
                    value = param.value();
                }
            }
            if (value == null) {
                return null;
            }
            values.put(column, value);
        }
        return values;
    }

    /** A generated key as the Java type of its column, so it binds as that column's values do. */
    static Object generated(Column<?> column, long value) {
        if (column.sqlType() instanceof IntegerType) {
            return Math.toIntExact(value);
        }
        if (column.sqlType() instanceof SmallIntType) {
            return (short) value;
        }
        return value;
    }

    /**
     * The rows of the table that match any of the keys, each key a map from its columns to their
     * values, in the order of the primary key, read {@code FOR UPDATE} when {@code lock} is set; a
     * row matching several keys is read once per query it matches in.
     */
    static List<Row> read(JdbcTransaction transaction, Table table, List<Map<Column<?>, Object>> keys, boolean lock) {
        List<Row> rows = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            Condition any = null;
            for (Map<Column<?>, Object> key : keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY))) {
                Condition one = null;
                for (Map.Entry<Column<?>, Object> value : key.entrySet()) {
                    Condition equal = equalTo(value.getKey(), value.getValue());
                    one = one == null ? equal : one.and(equal);
                }
                any = any == null ? one : any.or(one);
            }
            Select select = Select.from(table).where(any).orderBy(byPrimaryKey(table));
            rows.addAll(transaction.fetchAsIs(lock ? select.forUpdate() : select));
        }
        return rows;
    }

    private static Order[] byPrimaryKey(Table table) {
        return table.primaryKeyColumns().stream().map(Column::asc).toArray(Order[]::new);
    }

    @SuppressWarnings("unchecked")
    static Condition equalTo(Column<?> column, @Nullable Object value) {
        return ((Column<Object>) column).eq(value);
    }
}
