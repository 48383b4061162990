package dev.quarry.sql;

import java.util.List;

/**
 * {@code CONSTRAINT name UNIQUE (columns…)}: no two rows share the same values in these columns
 * (rows with a NULL in them never conflict). Declared with {@code column.unique()} or
 * {@code unique(a, b)} while a table is constructed; immutable.
 *
 * @param name the constraint's name, unique within the database schema on PostgreSQL
 * @param columns the columns, at least one, all of one table, in key order
 */
public record UniqueConstraint(String name, List<Column<?>> columns) {
    public UniqueConstraint {
        Identifiers.requireValid(name, "constraint name");
        columns = KeyColumns.checked(columns, "unique constraint " + name);
    }

    /** A unique constraint named {@code uq_<table>_<columns>}. */
    static UniqueConstraint named(List<? extends Column<?>> columns) {
        List<Column<?>> checked = KeyColumns.checked(columns, "a unique constraint");
        return new UniqueConstraint(ConstraintNames.of("uq", checked), checked);
    }

    /** The constrained table. */
    public Table table() {
        return columns.get(0).table();
    }
}
