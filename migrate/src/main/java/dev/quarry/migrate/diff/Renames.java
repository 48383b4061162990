package dev.quarry.migrate.diff;

import java.util.HashMap;
import java.util.Map;

/**
 * Tables and columns the user says were renamed. A diff never guesses a rename: without one, a
 * renamed column is a dropped column plus a new one. Immutable; each method returns a new value.
 */
public final class Renames {
    private static final Renames NONE = new Renames(Map.of(), Map.of());

    private final Map<String, String> tables;
    private final Map<String, Map<String, String>> columns;

    private Renames(Map<String, String> tables, Map<String, Map<String, String>> columns) {
        this.tables = tables;
        this.columns = columns;
    }

    /** No renames. */
    public static Renames none() {
        return NONE;
    }

    /** Adds a table renamed from {@code from} to {@code to}. */
    public Renames table(String from, String to) {
        Map<String, String> copy = new HashMap<>(tables);
        if (copy.put(from, to) != null) {
            throw new IllegalArgumentException("table " + from + " is renamed twice");
        }
        return new Renames(Map.copyOf(copy), columns);
    }

    /** Adds a column of {@code table} (its new name if it is renamed too) renamed from {@code from} to {@code to}. */
    public Renames column(String table, String from, String to) {
        Map<String, Map<String, String>> copy = new HashMap<>(columns);
        Map<String, String> ofTable = new HashMap<>(copy.getOrDefault(table, Map.of()));
        if (ofTable.put(from, to) != null) {
            throw new IllegalArgumentException("column " + table + "." + from + " is renamed twice");
        }
        copy.put(table, Map.copyOf(ofTable));
        return new Renames(tables, Map.copyOf(copy));
    }

    /**
     * The renames that undo these: each table back to its old name, each column back to its old
     * name in the table under its old name.
     */
    public Renames inverse() {
        Renames inverse = NONE;
        for (Map.Entry<String, String> table : tables.entrySet()) {
            inverse = inverse.table(table.getValue(), table.getKey());
        }
        for (Map.Entry<String, Map<String, String>> table : columns.entrySet()) {
            String oldTableName = table.getKey();
            for (Map.Entry<String, String> renamed : tables.entrySet()) {
                if (renamed.getValue().equals(table.getKey())) {
                    oldTableName = renamed.getKey();
                }
            }
            for (Map.Entry<String, String> column : table.getValue().entrySet()) {
                inverse = inverse.column(oldTableName, column.getValue(), column.getKey());
            }
        }
        return inverse;
    }

    /** The renamed tables, old name to new name. */
    public Map<String, String> tables() {
        return tables;
    }

    /** The renamed columns by table (its new name), each old name to new name. */
    public Map<String, Map<String, String>> columns() {
        return columns;
    }
}
