package dev.quarry.render;

import dev.quarry.InvalidQueryException;
import dev.quarry.dialect.Dialect;
import dev.quarry.sql.Column;
import dev.quarry.sql.CreateTable;
import dev.quarry.sql.DropTable;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.Table;
import java.util.List;

/** Writes CREATE TABLE and DROP TABLE. */
final class DdlRenderer {
    private final SqlWriter writer;

    DdlRenderer(SqlWriter writer) {
        this.writer = writer;
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
            writer.comma().keyword(Keywords.PRIMARY_KEY).openParen();
            for (int i = 0; i < key.size(); i++) {
                if (i > 0) {
                    writer.comma();
                }
                writer.identifier(key.get(i).name());
            }
            writer.closeParen();
        }
        writer.closeParen();
        dialect().renderTableOptions(writer);
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
        if (type instanceof SqlType.VarcharType varchar) {
            return varchar.length();
        }
        if (type instanceof SqlType.CharType fixed) {
            return fixed.length();
        }
        return type instanceof SqlType.MappedType<?, ?> mapped ? maxLength(mapped.storage()) : 0;
    }

    private Dialect dialect() {
        return writer.dialect();
    }
}
