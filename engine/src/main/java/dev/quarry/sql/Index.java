package dev.quarry.sql;

import java.util.List;

/**
 * An index on columns of a table, optionally unique. Declared with {@code index(…)} or
 * {@code uniqueIndex(…)} while a table is constructed; immutable. Where the dialect allows it the
 * index is declared inside CREATE TABLE, elsewhere it is a {@link CreateIndex} run right after.
 *
 * @param name the index's name, unique within the database schema
 * @param columns the indexed columns, at least one, all of one table, in index order
 * @param unique whether the index rejects rows whose values in these columns another row has
 */
public record Index(String name, List<Column<?>> columns, boolean unique) {
    public Index {
        Identifiers.requireValid(name, "index name");
        columns = KeyColumns.checked(columns, "index " + name);
    }

    /** An index named {@code ix_<table>_<columns>}, or {@code ux_…} when unique. */
    static Index named(List<? extends Column<?>> columns, boolean unique) {
        List<Column<?>> checked = KeyColumns.checked(columns, unique ? "a unique index" : "an index");
        return new Index(ConstraintNames.of(unique ? "ux" : "ix", checked), checked, unique);
    }

    /** The indexed table. */
    public Table table() {
        return columns.get(0).table();
    }
}
