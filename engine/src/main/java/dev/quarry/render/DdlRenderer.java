package dev.quarry.render;

import dev.quarry.InvalidQueryException;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Dialect;
import dev.quarry.schema.CheckDefinition;
import dev.quarry.schema.ColumnDefinition;
import dev.quarry.schema.ConstraintDefinition;
import dev.quarry.schema.ForeignKeyDefinition;
import dev.quarry.schema.IndexDefinition;
import dev.quarry.schema.TableDefinition;
import dev.quarry.schema.UniqueDefinition;
import dev.quarry.sql.Column;
import dev.quarry.sql.CreateIndex;
import dev.quarry.sql.CreateTable;
import dev.quarry.sql.DropTable;
import dev.quarry.sql.Index;
import dev.quarry.sql.Table;
import java.util.List;
import java.util.Locale;

/**
 * Writes CREATE TABLE with its defaults and constraints, CREATE INDEX and DROP TABLE, from table
 * objects or from {@link TableDefinition}s. DDL carries no bind parameters: the values of
 * defaults and checks are written as literals.
 */
final class DdlRenderer {
    private final SqlWriter writer;

    DdlRenderer(SqlWriter writer) {
        this.writer = writer;
    }

    void createTable(CreateTable create) {
        Table table = create.table();
        if (table.kind() != Table.Kind.BASE) {
            throw new InvalidQueryException("CREATE TABLE needs a table, not the "
                    + table.kind().name().toLowerCase(Locale.ROOT) + " " + table);
        }
        TableDefinition definition = TableDefinitions.of(table, dialect());
        for (String typeDefinition : definition.typeDefinitions()) {
            writer.keyword(typeDefinition + ";");
        }
        createTable(definition, create.ifNotExists());
    }

    /** {@code CREATE TABLE name (columns…, primary key, constraints…) options}, without type definitions. */
    void createTable(TableDefinition definition, boolean ifNotExists) {
        writer.keyword(Keywords.CREATE_TABLE);
        if (ifNotExists) {
            writer.keyword(Keywords.IF_NOT_EXISTS);
        }
        writer.identifier(definition.name()).openParen();
        List<ColumnDefinition> columns = definition.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                writer.comma();
            }
            column(columns.get(i));
        }
        boolean keyDeclaredInline = definition.autoIncrementColumn() != null && dialect().autoIncrementDeclaresPrimaryKey();
        if (!definition.primaryKey().isEmpty() && !keyDeclaredInline) {
            writer.comma().keyword(Keywords.PRIMARY_KEY);
            columnList(definition.primaryKey());
        }
        for (UniqueDefinition unique : definition.uniques()) {
            writer.comma();
            constraint(unique);
        }
        for (ForeignKeyDefinition foreignKey : definition.foreignKeys()) {
            writer.comma();
            constraint(foreignKey);
        }
        for (CheckDefinition check : definition.checks()) {
            writer.comma();
            constraint(check);
        }
        if (dialect().declaresIndexesInCreateTable()) {
            for (IndexDefinition index : definition.indexes()) {
                writer.comma();
                if (index.unique()) {
                    writer.keyword(Keywords.UNIQUE);
                }
                writer.keyword(Keywords.INDEX).identifier(index.name());
                columnList(index.columns());
            }
        }
        writer.closeParen();
        dialect().renderTableOptions(writer);
    }

    void createIndex(CreateIndex create) {
        Index index = create.index();
        List<String> columns = index.columns().stream().map(Column::name).toList();
        createIndex(new IndexDefinition(index.name(), index.table().tableName(), columns, index.unique()),
                create.ifNotExists(), false);
    }

    /** {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] name ON table (columns…)}. */
    void createIndex(IndexDefinition index, boolean ifNotExists, boolean concurrently) {
        writer.keyword(Keywords.CREATE);
        if (index.unique()) {
            writer.keyword(Keywords.UNIQUE);
        }
        writer.keyword(Keywords.INDEX);
        if (concurrently) {
            if (!dialect().supportsConcurrentIndexes()) {
                throw new UnsupportedFeatureException("CREATE INDEX CONCURRENTLY", dialect().name(),
                        "create the index without CONCURRENTLY");
            }
            writer.keyword("CONCURRENTLY");
        }
        if (ifNotExists) {
            if (!dialect().supportsCreateIndexIfNotExists()) {
                throw new UnsupportedFeatureException("CREATE INDEX IF NOT EXISTS", dialect().name(),
                        "create the table with its indexes by createTableIfNotExists, which declares them inside"
                                + " CREATE TABLE");
            }
            writer.keyword(Keywords.IF_NOT_EXISTS);
        }
        writer.identifier(index.name()).keyword(Keywords.ON).identifier(index.table());
        columnList(index.columns());
    }

    void dropTable(DropTable drop) {
        dropTable(drop.table().tableName(), drop.ifExists());
    }

    void dropTable(String table, boolean ifExists) {
        writer.keyword(Keywords.DROP_TABLE);
        if (ifExists) {
            writer.keyword(Keywords.IF_EXISTS);
        }
        writer.identifier(table);
    }

    /** {@code "name" TYPE [COLLATE c] [generated] [DEFAULT x] [NOT NULL] [CHECK (length(…) <= n)]}. */
    void column(ColumnDefinition column) {
        writer.identifier(column.name()).keyword(column.type());
        if (column.collation() != null) {
            writer.keyword("COLLATE").identifier(column.collation());
        }
        if (column.autoIncrement()) {
            dialect().renderAutoIncrement(writer);
        }
        if (column.defaultSql() != null) {
            writer.keyword(Keywords.DEFAULT).keyword(column.defaultSql());
        }
        if (!column.nullable()) {
            writer.keyword(Keywords.NOT_NULL);
        }
        if (column.characterLimit() > 0 && !dialect().enforcesVarcharLength()) {
            // The database would accept longer strings; a CHECK keeps the declared limit true.
            writer.keyword(Keywords.CHECK).openParen().function("length").identifier(column.name()).closeParen()
                    .keyword("<=").keyword(Integer.toString(column.characterLimit())).closeParen();
        }
    }

    /** {@code CONSTRAINT name UNIQUE (…)}, {@code … FOREIGN KEY (…) REFERENCES …} or {@code … CHECK (…)}. */
    void constraint(ConstraintDefinition constraint) {
        writer.keyword(Keywords.CONSTRAINT).identifier(constraint.name());
        if (constraint instanceof UniqueDefinition unique) {
            writer.keyword(Keywords.UNIQUE);
            columnList(unique.columns());
        } else if (constraint instanceof ForeignKeyDefinition foreignKey) {
            writer.keyword(Keywords.FOREIGN_KEY);
            columnList(foreignKey.columns());
            writer.keyword(Keywords.REFERENCES).identifier(foreignKey.referencedTable());
            columnList(foreignKey.referencedColumns());
            dialect().renderReferenceAction(writer, Keywords.ON_DELETE, foreignKey.onDelete());
            dialect().renderReferenceAction(writer, Keywords.ON_UPDATE, foreignKey.onUpdate());
        } else {
            writer.keyword(Keywords.CHECK).openParen().keyword(((CheckDefinition) constraint).sql()).closeParen();
        }
    }

    /** {@code ("a", "b")}. */
    void columnList(List<String> columns) {
        writer.openParen();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                writer.comma();
            }
            writer.identifier(columns.get(i));
        }
        writer.closeParen();
    }

    /** The writer statements are written to. */
    SqlWriter writer() {
        return writer;
    }

    private Dialect dialect() {
        return writer.dialect();
    }
}
