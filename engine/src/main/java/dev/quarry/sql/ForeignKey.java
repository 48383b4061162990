package dev.quarry.sql;

import java.util.List;
import java.util.Objects;

/**
 * {@code CONSTRAINT name FOREIGN KEY (columns…) REFERENCES other (referenced…) ON DELETE … ON UPDATE …}.
 * Declared with {@code column.references(…)} or {@code foreignKey(…)} while a table is
 * constructed; immutable.
 *
 * <p>Checked on construction: as many columns as referenced columns, pairwise of the same type
 * (varchar lengths may differ). The referenced columns must be the other table's primary key or
 * one of its unique constraints, in key order; a table checks that when the key is declared, or,
 * for a table that references itself, when it is created ({@link #requireReferencedKey()}).
 *
 * @param name the constraint's name, unique within the database schema on MySQL and MariaDB
 * @param columns the referencing columns, all of one table
 * @param referenced the referenced columns, all of one table, in the order of its key
 * @param onDelete what happens to referencing rows when the referenced row is deleted
 * @param onUpdate what happens to referencing rows when the referenced key changes
 */
public record ForeignKey(String name, List<Column<?>> columns, List<Column<?>> referenced,
        ReferenceAction onDelete, ReferenceAction onUpdate) {

    public ForeignKey {
        Identifiers.requireValid(name, "constraint name");
        columns = KeyColumns.checked(columns, "foreign key " + name);
        referenced = KeyColumns.checked(referenced, "the key that foreign key " + name + " references");
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        if (columns.size() != referenced.size()) {
            throw new IllegalArgumentException("foreign key " + name + " has " + columns.size() + " columns "
                    + KeyColumns.describe(columns) + " but references " + referenced.size() + " "
                    + KeyColumns.describe(referenced) + "; give as many of each");
        }
        for (int i = 0; i < columns.size(); i++) {
            SqlType<?> own = columns.get(i).sqlType();
            SqlType<?> other = referenced.get(i).sqlType();
            boolean varchars = own instanceof VarcharType && other instanceof VarcharType;
            if (!own.equals(other) && !varchars) {
                throw new IllegalArgumentException("foreign key " + name + ": " + columns.get(i).qualifiedName() + " is "
                        + own + " but the column it references, " + referenced.get(i).qualifiedName() + ", is " + other
                        + "; referencing and referenced columns must have the same type");
            }
        }
    }

    /** A foreign key named {@code fk_<table>_<columns>}. */
    static ForeignKey named(List<? extends Column<?>> columns, List<? extends Column<?>> referenced,
            ReferenceAction onDelete, ReferenceAction onUpdate) {
        List<Column<?>> checked = KeyColumns.checked(columns, "a foreign key");
        return new ForeignKey(ConstraintNames.of("fk", checked), checked, List.copyOf(referenced), onDelete, onUpdate);
    }

    /** The referencing table. */
    public Table table() {
        return columns.get(0).table();
    }

    /** The referenced table. */
    public Table referencedTable() {
        return referenced.get(0).table();
    }

    /**
     * Checks that the referenced columns are the referenced table's primary key or one of its
     * unique constraints, in key order.
     *
     * @throws IllegalArgumentException if they are not
     */
    public void requireReferencedKey() {
        Table target = referencedTable();
        if (!target.isUniqueKey(referenced)) {
            throw new IllegalArgumentException("foreign key " + name + " references " + target.tableName() + " "
                    + KeyColumns.describe(referenced) + ", which is neither the primary key of " + target.tableName()
                    + " nor one of its unique constraints (in key order); declare unique(…) on those columns first");
        }
    }
}
