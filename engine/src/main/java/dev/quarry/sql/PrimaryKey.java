package dev.quarry.sql;

import java.util.List;

/**
 * The primary key of a table: one or more of its columns, in key order.
 *
 * @param columns the key columns, at least one, all of the same table
 */
public record PrimaryKey(List<Column<?>> columns) {
    public PrimaryKey {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a primary key needs at least one column");
        }
        Table table = columns.get(0).table();
        for (Column<?> column : columns) {
            if (column.table() != table) {
                throw new IllegalArgumentException("primary key columns must belong to one table, but "
                        + column.qualifiedName() + " is not in " + table.tableName());
            }
        }
    }
}
