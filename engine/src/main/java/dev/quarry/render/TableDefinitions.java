package dev.quarry.render;

import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.NamingStrategy;
import dev.quarry.schema.CheckDefinition;
import dev.quarry.schema.ColumnDefinition;
import dev.quarry.schema.ForeignKeyDefinition;
import dev.quarry.schema.IndexDefinition;
import dev.quarry.schema.TableDefinition;
import dev.quarry.schema.UniqueDefinition;
import dev.quarry.sql.CharType;
import dev.quarry.sql.CheckConstraint;
import dev.quarry.sql.Column;
import dev.quarry.sql.Expression;
import dev.quarry.sql.ForeignKey;
import dev.quarry.sql.MappedType;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.Table;
import dev.quarry.sql.VarcharType;
import java.util.List;
import java.util.function.Consumer;

/**
 * Describes a table object as the DDL of one dialect describes it: type names, collations,
 * defaults and check conditions rendered as that dialect writes them. CREATE TABLE is rendered
 * from this description, and the migration module compares it with live schemas.
 *
 * <p>Stateless; safe to use from any thread.
 */
public final class TableDefinitions {
    private TableDefinitions() {
    }

    /**
     * The definition of a table object for a dialect.
     *
     * @throws dev.quarry.UnsupportedFeatureException if the dialect cannot store a column's type
     *     or write a default or check value as a literal
     */
    public static TableDefinition of(Table table, Dialect dialect) {
        NamingStrategy naming = dialect.naming();
        List<ColumnDefinition> columns = table.columns().stream().map(column -> column(column, dialect)).toList();
        List<String> primaryKey = names(table.primaryKeyColumns(), naming);
        List<UniqueDefinition> uniques = table.uniqueConstraints().stream()
                .map(unique -> new UniqueDefinition(naming.databaseName(unique.name()), names(unique.columns(), naming))).toList();
        List<ForeignKeyDefinition> foreignKeys = table.foreignKeys().stream()
                .map(key -> foreignKey(key, naming)).toList();
        List<CheckDefinition> checks = table.checks().stream()
                .map(check -> new CheckDefinition(naming.databaseName(check.name()), checkSql(check, table, dialect))).toList();
        String tableName = naming.databaseName(table.tableName());
        List<IndexDefinition> indexes = table.indexes().stream()
                .map(index -> new IndexDefinition(naming.databaseName(index.name()), tableName, names(index.columns(), naming),
                        index.unique()))
                .toList();
        return new TableDefinition(tableName, columns, primaryKey, uniques, foreignKeys, checks, indexes,
                dialect.typeDefinitions(table));
    }

    /** The definition of one column for a dialect, named as the dialect's naming strategy writes it. */
    public static ColumnDefinition column(Column<?> column, Dialect dialect) {
        Expression<?> defaultValue = column.databaseDefault();
        String defaultSql = defaultValue == null ? null : defaultSql(column, defaultValue, dialect);
        String typeName = column.declaredTypeName() != null ? column.declaredTypeName() : dialect.columnTypeName(column);
        String collation = column.declaresCollation() ? column.declaredCollation() : dialect.columnCollation(column);
        return new ColumnDefinition(dialect.naming().databaseName(column.name()), typeName, collation,
                column.isNullable(), defaultSql, column.isAutoIncrement(),
                characterLimit(column.sqlType()));
    }

    private static ForeignKeyDefinition foreignKey(ForeignKey key, NamingStrategy naming) {
        return new ForeignKeyDefinition(naming.databaseName(key.name()), names(key.columns(), naming),
                naming.databaseName(key.referencedTable().tableName()), names(key.referenced(), naming), key.onDelete(),
                key.onUpdate());
    }

    /** The literal as written, or the expression in parentheses, as the text after DEFAULT. */
    private static String defaultSql(Column<?> column, Expression<?> value, Dialect dialect) {
        boolean literal = value instanceof Expression.Param<?> || value instanceof Expression.Literal<?>;
        boolean parenthesised = !literal || dialect.parenthesizesLiteralDefaults();
        String sql = render(dialect, expressions ->
                expressions.forDdl("the DEFAULT of " + column.qualifiedName(), null).render(value));
        return parenthesised ? "(" + sql + ")" : sql;
    }

    private static String checkSql(CheckConstraint check, Table table, Dialect dialect) {
        return render(dialect, expressions ->
                expressions.forDdl("CHECK constraint " + check.name(), table).render(check.condition()));
    }

    private static String render(Dialect dialect, Consumer<ExpressionRenderer> expression) {
        SqlWriter writer = new SqlWriter(dialect);
        expression.accept(new QueryRenderer(writer).expressions());
        return writer.toRenderedSql().sql();
    }

    /** The declared character limit of a string type, or 0 for none. */
    private static int characterLimit(SqlType<?> type) {
        if (type instanceof VarcharType varchar) {
            return varchar.length();
        }
        if (type instanceof CharType fixed) {
            return fixed.length();
        }
        return type instanceof MappedType<?, ?> mapped ? characterLimit(mapped.storage()) : 0;
    }

    private static List<String> names(List<? extends Column<?>> columns, NamingStrategy naming) {
        return columns.stream().map(column -> naming.databaseName(column.name())).toList();
    }
}
