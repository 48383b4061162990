package dev.quarry.schema;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One change to a database schema, by names and SQL text, that the render package turns into DDL
 * for a dialect ({@code SchemaChangeRenderer}). Immutable.
 */
public sealed interface SchemaChange {

    /** The name of the table the change acts on (for a rename: the new name). */
    String table();

    <R extends @Nullable Object> R accept(Visitor<R> visitor);

    /** {@code CREATE TABLE} with its indexes and the types it needs. */
    record CreateTable(TableDefinition definition) implements SchemaChange {
        public String table() {
            return definition.name();
        }

        public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
            return visitor.visitCreateTable(this);
        }
    }

    /** {@code DROP TABLE}; the definition is what the table was. */
    record DropTable(TableDefinition definition) implements SchemaChange {
        public String table() {
            return definition.name();
        }

        public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
            return visitor.visitDropTable(this);
        }
    }

    /** {@code ALTER TABLE from RENAME TO to}. */
    record RenameTable(String from, String to) implements SchemaChange {
        public String table() {
            return to;
        }

        public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
            return visitor.visitRenameTable(this);
        }
    }

    /** {@code ALTER TABLE table ADD COLUMN …}. */
    record AddColumn(String table, ColumnDefinition column) implements SchemaChange {

        public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
            return visitor.visitAddColumn(this);
        }
    }

    /** {@code ALTER TABLE table DROP COLUMN …}; the definition is what the column was. */
    record DropColumn(String table, ColumnDefinition column) implements SchemaChange {

        public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
            return visitor.visitDropColumn(this);
        }
    }

    /** {@code ALTER TABLE table RENAME COLUMN from TO to}. */
    record RenameColumn(String table, String from, String to) implements SchemaChange {

        public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
            return visitor.visitRenameColumn(this);
        }
    }

    /** Changes a column's type, nullability or default in place; both definitions have one name. */
    record AlterColumn(String table, ColumnDefinition from, ColumnDefinition to) implements SchemaChange {
        public AlterColumn {
            if (!from.name().equals(to.name())) {
                throw new IllegalArgumentException("an altered column keeps its name; rename " + from.name()
                        + " to " + to.name() + " with RenameColumn");
            }
        }

        public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
            return visitor.visitAlterColumn(this);
        }
    }

    /**
     * {@code CREATE INDEX}; concurrently (PostgreSQL) means without blocking writes, outside any
     * transaction.
     */
    record CreateIndex(IndexDefinition index, boolean concurrently) implements SchemaChange {
        public String table() {
            return index.table();
        }

        public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
            return visitor.visitCreateIndex(this);
        }
    }

    /** {@code DROP INDEX}. */
    record DropIndex(IndexDefinition index) implements SchemaChange {
        public String table() {
            return index.table();
        }

        public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
            return visitor.visitDropIndex(this);
        }
    }

    /** {@code ALTER TABLE table ADD CONSTRAINT … UNIQUE | FOREIGN KEY | CHECK}. */
    record AddConstraint(String table, ConstraintDefinition constraint) implements SchemaChange {

        public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
            return visitor.visitAddConstraint(this);
        }
    }

    /** Drops a constraint by name; the definition is what it was. */
    record DropConstraint(String table, ConstraintDefinition constraint) implements SchemaChange {

        public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
            return visitor.visitDropConstraint(this);
        }
    }

    /**
     * Rebuilds a table as another definition where the dialect cannot alter it in place (SQLite):
     * creates the new table, copies the rows, drops the old one and renames the new one.
     *
     * @param copiedColumns for each column of {@code to} that takes its values from {@code from}:
     *     its name mapped to the name in {@code from}; other columns get their defaults
     */
    record RebuildTable(TableDefinition from, TableDefinition to, Map<String, String> copiedColumns)
            implements SchemaChange {
        public RebuildTable {
            copiedColumns = Map.copyOf(copiedColumns);
        }

        public String table() {
            return to.name();
        }

        public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
            return visitor.visitRebuildTable(this);
        }
    }

    /** One method per kind of change. */
    interface Visitor<R extends @Nullable Object> {
        R visitCreateTable(CreateTable change);

        R visitDropTable(DropTable change);

        R visitRenameTable(RenameTable change);

        R visitAddColumn(AddColumn change);

        R visitDropColumn(DropColumn change);

        R visitRenameColumn(RenameColumn change);

        R visitAlterColumn(AlterColumn change);

        R visitCreateIndex(CreateIndex change);

        R visitDropIndex(DropIndex change);

        R visitAddConstraint(AddConstraint change);

        R visitDropConstraint(DropConstraint change);

        R visitRebuildTable(RebuildTable change);
    }
}
