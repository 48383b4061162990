package dev.quarry.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The unique constraints, foreign keys, checks and indexes of one table, collected while the table
 * is constructed, in declaration order. Names are unique within the table. Not thread-safe while
 * collecting; read-only once the table is constructed.
 */
final class TableConstraints {
    private final Table table;
    private final Set<String> names = new HashSet<>();
    private final List<UniqueConstraint> uniques = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();

    TableConstraints(Table table) {
        this.table = table;
    }

    List<UniqueConstraint> uniques() {
        return Collections.unmodifiableList(uniques);
    }

    List<ForeignKey> foreignKeys() {
        return Collections.unmodifiableList(foreignKeys);
    }

    List<CheckConstraint> checks() {
        return Collections.unmodifiableList(checks);
    }

    List<Index> indexes() {
        return Collections.unmodifiableList(indexes);
    }

    UniqueConstraint add(UniqueConstraint unique) {
        requireOwnColumns(unique.columns(), "unique constraint " + unique.name());
        claim(unique.name());
        uniques.add(unique);
        return unique;
    }

    /** Adds a foreign key; one to another table has its referenced key checked now. */
    ForeignKey add(ForeignKey foreignKey) {
        requireOwnColumns(foreignKey.columns(), "foreign key " + foreignKey.name());
        if (foreignKey.referencedTable() != table) {
            foreignKey.requireReferencedKey();
        }
        claim(foreignKey.name());
        foreignKeys.add(foreignKey);
        return foreignKey;
    }

    CheckConstraint add(CheckConstraint check) {
        claim(check.name());
        checks.add(check);
        return check;
    }

    Index add(Index index) {
        requireOwnColumns(index.columns(), "index " + index.name());
        claim(index.name());
        indexes.add(index);
        return index;
    }

    private void requireOwnColumns(List<Column<?>> columns, String what) {
        if (columns.get(0).table() != table) {
            throw new IllegalArgumentException(what + " of " + table.tableName() + " cannot be on "
                    + columns.get(0).qualifiedName() + ", a column of another table");
        }
    }

    private void claim(String name) {
        if (!names.add(name)) {
            throw new IllegalArgumentException("table " + table.tableName()
                    + " declares two constraints or indexes named " + name + "; give one of them another name");
        }
    }
}
