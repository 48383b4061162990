package dev.quarry.render;

import dev.quarry.InvalidQueryException;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Dialect;
import dev.quarry.sql.CharType;
import dev.quarry.sql.CheckConstraint;
import dev.quarry.sql.Column;
import dev.quarry.sql.CreateIndex;
import dev.quarry.sql.CreateTable;
import dev.quarry.sql.DropTable;
import dev.quarry.sql.Expression;
import dev.quarry.sql.ForeignKey;
import dev.quarry.sql.Index;
import dev.quarry.sql.MappedType;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.Table;
import dev.quarry.sql.UniqueConstraint;
import dev.quarry.sql.VarcharType;
import java.util.List;

/**
 * Writes CREATE TABLE with its defaults and constraints, CREATE INDEX and DROP TABLE. DDL carries
 * no bind parameters: the values of defaults and checks are written as literals.
 */
final class DdlRenderer {
    private final SqlWriter writer;
    private final ExpressionRenderer expressions;

    DdlRenderer(SqlWriter writer, ExpressionRenderer expressions) {
        this.writer = writer;
        this.expressions = expressions;
    }

    void createTable(CreateTable create) {
        Table table = create.table();
        if (table.kind() != Table.Kind.BASE) {
            throw new InvalidQueryException("CREATE TABLE needs a table, not the " + table.kind().name().toLowerCase(
                    java.util.Locale.ROOT) + " " + table);
        }
        dialect().renderTypeDefinitions(writer, table);
        writer.keyword(Keywords.CREATE_TABLE);
        if (create.ifNotExists()) {
            writer.keyword(Keywords.IF_NOT_EXISTS);
        }
        writer.identifier(table.tableName()).openParen();
        List<Column<?>> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                writer.comma();
            }
            column(columns.get(i));
        }
        List<Column<?>> key = table.primaryKeyColumns();
        boolean keyDeclaredInline = table.autoIncrementColumn() != null && dialect().autoIncrementDeclaresPrimaryKey();
        if (!key.isEmpty() && !keyDeclaredInline) {
            writer.comma().keyword(Keywords.PRIMARY_KEY);
            columnList(key);
        }
        constraints(table);
        writer.closeParen();
        dialect().renderTableOptions(writer);
    }

    void createIndex(CreateIndex create) {
        Index index = create.index();
        writer.keyword(Keywords.CREATE);
        if (index.unique()) {
            writer.keyword(Keywords.UNIQUE);
        }
        writer.keyword(Keywords.INDEX);
        if (create.ifNotExists()) {
            if (!dialect().supportsCreateIndexIfNotExists()) {
                throw new UnsupportedFeatureException("CREATE INDEX IF NOT EXISTS", dialect().name(),
                        "create the table with its indexes by createTableIfNotExists, which declares them inside"
                                + " CREATE TABLE");
            }
            writer.keyword(Keywords.IF_NOT_EXISTS);
        }
        writer.identifier(index.name()).keyword(Keywords.ON).identifier(index.table().tableName());
        columnList(index.columns());
    }

    void dropTable(DropTable drop) {
        writer.keyword(Keywords.DROP_TABLE);
        if (drop.ifExists()) {
            writer.keyword(Keywords.IF_EXISTS);
        }
        writer.identifier(drop.table().tableName());
    }

    private void column(Column<?> column) {
        writer.identifier(column.name()).keyword(dialect().columnTypeName(column));
        dialect().renderColumnCollation(writer, column);
        if (column.isAutoIncrement()) {
            dialect().renderAutoIncrement(writer);
        }
        Expression<?> defaultValue = column.databaseDefault();
        if (defaultValue != null) {
            columnDefault(column, defaultValue);
        }
        if (!column.isNullable()) {
            writer.keyword(Keywords.NOT_NULL);
        }
        int maxLength = maxLength(column.sqlType());
        if (maxLength > 0 && !dialect().enforcesVarcharLength()) {
            // The database would accept longer strings; a CHECK keeps the declared limit true.
            writer.keyword(Keywords.CHECK).openParen().function("length").identifier(column.name()).closeParen()
                    .keyword("<=").keyword(Integer.toString(maxLength)).closeParen();
        }
    }

    /** The declared character limit of a string type, or 0 for none. */
    private static int maxLength(SqlType<?> type) {
        if (type instanceof VarcharType varchar) {
            return varchar.length();
        }
        if (type instanceof CharType fixed) {
            return fixed.length();
        }
        return type instanceof MappedType<?, ?> mapped ? maxLength(mapped.storage()) : 0;
    }

    /** {@code DEFAULT literal} or {@code DEFAULT (expression)}. */
    private void columnDefault(Column<?> column, Expression<?> value) {
        boolean literal = value instanceof Expression.Param<?> || value instanceof Expression.Literal<?>;
        boolean parenthesised = !literal || dialect().parenthesizesLiteralDefaults();
        writer.keyword(Keywords.DEFAULT);
        if (parenthesised) {
            writer.openParen();
        }
        expressions.forDdl("the DEFAULT of " + column.qualifiedName(), null).render(value);
        if (parenthesised) {
            writer.closeParen();
        }
    }

    /** The table constraints after the primary key, and the indexes where the dialect declares them here. */
    private void constraints(Table table) {
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            writer.comma().keyword(Keywords.CONSTRAINT).identifier(unique.name()).keyword(Keywords.UNIQUE);
            columnList(unique.columns());
        }
        for (ForeignKey foreignKey : table.foreignKeys()) {
            writer.comma().keyword(Keywords.CONSTRAINT).identifier(foreignKey.name()).keyword(Keywords.FOREIGN_KEY);
            columnList(foreignKey.columns());
            writer.keyword(Keywords.REFERENCES).identifier(foreignKey.referencedTable().tableName());
            columnList(foreignKey.referenced());
            dialect().renderReferenceAction(writer, Keywords.ON_DELETE, foreignKey.onDelete());
            dialect().renderReferenceAction(writer, Keywords.ON_UPDATE, foreignKey.onUpdate());
        }
        for (CheckConstraint check : table.checks()) {
            writer.comma().keyword(Keywords.CONSTRAINT).identifier(check.name()).keyword(Keywords.CHECK).openParen();
            expressions.forDdl("CHECK constraint " + check.name(), table).render(check.condition());
            writer.closeParen();
        }
        if (dialect().declaresIndexesInCreateTable()) {
            for (Index index : table.indexes()) {
                writer.comma();
                if (index.unique()) {
                    writer.keyword(Keywords.UNIQUE);
                }
                writer.keyword(Keywords.INDEX).identifier(index.name());
                columnList(index.columns());
            }
        }
    }

    /** {@code ("a", "b")}. */
    private void columnList(List<? extends Column<?>> columns) {
        writer.openParen();
        expressions.renderColumnNames(columns);
        writer.closeParen();
    }

    private Dialect dialect() {
        return writer.dialect();
    }
}
