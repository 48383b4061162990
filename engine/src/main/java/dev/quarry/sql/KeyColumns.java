package dev.quarry.sql;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks the column list of a key, constraint or index: not empty, one base table, no repeats. */
final class KeyColumns {
    private KeyColumns() {
    }

    /**
     * An immutable copy of the columns after checking them.
     *
     * @param what the constraint, for messages: "a unique constraint"
     * @throws IllegalArgumentException naming the first problem
     */
    static List<Column<?>> checked(List<? extends Column<?>> columns, String what) {
        List<Column<?>> copy = List.copyOf(columns);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one column");
        }
        Table table = copy.get(0).table();
        if (table.kind() != Table.Kind.BASE) {
            throw new IllegalArgumentException(what + " needs columns of a table, not of the "
                    + table.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + table);
        }
        Set<String> seen = new HashSet<>();
        for (Column<?> column : copy) {
            if (column.table() != table) {
                throw new IllegalArgumentException(what + " takes columns of one table, but " + column.qualifiedName()
                        + " is not in " + table.tableName());
            }
            if (!seen.add(column.name())) {
                throw new IllegalArgumentException(what + " names " + column.qualifiedName() + " twice");
            }
        }
        return copy;
    }

    /** The column names, for messages: {@code (a, b)}. */
    static String describe(List<Column<?>> columns) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < columns.size(); i++) {
            text.append(i > 0 ? ", " : "").append(columns.get(i).name());
        }
        return text.append(')').toString();
    }
}
