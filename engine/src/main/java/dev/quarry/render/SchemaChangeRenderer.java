package dev.quarry.render;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.AlterColumnStyle;
import dev.quarry.dialect.Dialect;
import dev.quarry.schema.ColumnDefinition;
import dev.quarry.schema.IndexDefinition;
import dev.quarry.schema.SchemaChange;
import dev.quarry.schema.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Renders a {@link SchemaChange} as the DDL statements of a dialect, in the order they run. DDL
 * carries no bind parameters, so each statement is plain SQL text without a closing semicolon.
 *
 * <p>Stateless; safe to use from any thread.
 */
public final class SchemaChangeRenderer {
    /** The name a table is built under while SQLite rebuilds it. */
    static final String REBUILD_PREFIX = "_quarry_rebuild_";

    private SchemaChangeRenderer() {
    }

    /**
     * The statements that make the change on the dialect.
     *
     * @throws UnsupportedFeatureException if the dialect cannot make this change in place
     *     ({@link Dialect#altersInPlace}); rebuild the table instead
     */
    public static List<String> render(SchemaChange change, Dialect dialect) {
        if (!dialect.altersInPlace(change)) {
            throw new UnsupportedFeatureException(change.getClass().getSimpleName() + " in place", dialect.name(),
                    "rebuild table " + change.table() + " as its new definition (SchemaChange.RebuildTable)");
        }
        Statements statements = new Statements(dialect);
        change.accept(statements);
        return statements.sql;
    }

    /** Collects the statements of one change, each written by a fresh writer. */
    private static final class Statements implements SchemaChange.Visitor<Void> {
        private final Dialect dialect;
        private final List<String> sql = new ArrayList<>();

        Statements(Dialect dialect) {
            this.dialect = dialect;
        }

        private void add(Consumer<DdlRenderer> statement) {
            SqlWriter writer = new SqlWriter(dialect);
            statement.accept(new DdlRenderer(writer));
            sql.add(writer.toRenderedSql().sql());
        }

        private void alterTable(String table, Consumer<SqlWriter> clauses) {
            SqlWriter writer = new SqlWriter(dialect);
            writer.keyword(Keywords.ALTER_TABLE).identifier(table);
            clauses.accept(writer);
            sql.add(writer.toRenderedSql().sql());
        }

        private void createTable(TableDefinition definition) {
            sql.addAll(definition.typeDefinitions());
            add(ddl -> ddl.createTable(definition, false));
            if (!dialect.declaresIndexesInCreateTable()) {
                for (IndexDefinition index : definition.indexes()) {
                    add(ddl -> ddl.createIndex(index, false, false));
                }
            }
        }

        @Override
        public Void visitCreateTable(SchemaChange.CreateTable change) {
            createTable(change.definition());
            return null;
        }

        @Override
        public Void visitDropTable(SchemaChange.DropTable change) {
            add(ddl -> ddl.dropTable(change.table(), false));
            return null;
        }

        @Override
        public Void visitRenameTable(SchemaChange.RenameTable change) {
            alterTable(change.from(), writer -> writer.keyword("RENAME TO").identifier(change.to()));
            return null;
        }

        @Override
        public Void visitAddColumn(SchemaChange.AddColumn change) {
            add(ddl -> {
                ddl.writer().keyword(Keywords.ALTER_TABLE).identifier(change.table()).keyword("ADD COLUMN");
                ddl.column(change.column());
            });
            return null;
        }

        @Override
        public Void visitDropColumn(SchemaChange.DropColumn change) {
            alterTable(change.table(), writer -> writer.keyword("DROP COLUMN").identifier(change.column().name()));
            return null;
        }

        @Override
        public Void visitRenameColumn(SchemaChange.RenameColumn change) {
            alterTable(change.table(), writer -> writer.keyword("RENAME COLUMN").identifier(change.from())
                    .keyword("TO").identifier(change.to()));
            return null;
        }

        @Override
        public Void visitAlterColumn(SchemaChange.AlterColumn change) {
            if (dialect.alterColumnStyle() == AlterColumnStyle.MODIFY_COLUMN) {
                add(ddl -> {
                    ddl.writer().keyword(Keywords.ALTER_TABLE).identifier(change.table()).keyword("MODIFY COLUMN");
                    ddl.column(change.to());
                });
            } else {
                alterTable(change.table(), writer -> new AlterClauses(writer, change.from(), change.to()).write());
            }
            return null;
        }

        @Override
        public Void visitCreateIndex(SchemaChange.CreateIndex change) {
            add(ddl -> ddl.createIndex(change.index(), false, change.concurrently()));
            return null;
        }

        @Override
        public Void visitDropIndex(SchemaChange.DropIndex change) {
            add(ddl -> {
                ddl.writer().keyword("DROP INDEX").identifier(change.index().name());
                if (dialect.dropIndexNamesTable()) {
                    ddl.writer().keyword(Keywords.ON).identifier(change.table());
                }
            });
            return null;
        }

        @Override
        public Void visitAddConstraint(SchemaChange.AddConstraint change) {
            add(ddl -> {
                ddl.writer().keyword(Keywords.ALTER_TABLE).identifier(change.table()).keyword("ADD");
                ddl.constraint(change.constraint());
            });
            return null;
        }

        @Override
        public Void visitDropConstraint(SchemaChange.DropConstraint change) {
            alterTable(change.table(), writer -> writer.keyword("DROP")
                    .keyword(dialect.dropConstraintKeyword(change.constraint())).identifier(change.constraint().name()));
            return null;
        }

        /** Create the new table under a scratch name, copy the rows, drop the old table, rename, index. */
        @Override
        public Void visitRebuildTable(SchemaChange.RebuildTable change) {
            TableDefinition to = change.to();
            String scratch = REBUILD_PREFIX + to.name();
            TableDefinition scratchTable = new TableDefinition(scratch, to.columns(), to.primaryKey(), to.uniques(),
                    to.foreignKeys(), to.checks(), List.of(), List.of());
            add(ddl -> ddl.createTable(scratchTable, false));
            Map<String, String> copied = change.copiedColumns();
            if (!copied.isEmpty()) {
                List<String> targets = to.columns().stream().map(ColumnDefinition::name)
                        .filter(copied::containsKey).toList();
                List<String> sources = targets.stream().map(copied::get).map(Objects::requireNonNull).toList();
                add(ddl -> {
                    ddl.writer().keyword("INSERT INTO").identifier(scratch);
                    ddl.columnList(targets);
                    ddl.writer().keyword("SELECT");
                    for (int i = 0; i < sources.size(); i++) {
                        if (i > 0) {
                            ddl.writer().comma();
                        }
                        ddl.writer().identifier(sources.get(i));
                    }
                    ddl.writer().keyword("FROM").identifier(change.from().name());
                });
            }
            add(ddl -> ddl.dropTable(change.from().name(), false));
            alterTable(scratch, writer -> writer.keyword("RENAME TO").identifier(to.name()));
            for (IndexDefinition index : to.indexes()) {
                add(ddl -> ddl.createIndex(index, false, false));
            }
            return null;
        }
    }
}
