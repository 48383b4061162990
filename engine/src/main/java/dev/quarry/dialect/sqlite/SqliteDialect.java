package dev.quarry.dialect.sqlite;

import dev.quarry.dialect.DateTimeStorage;
import dev.quarry.dialect.DecimalStorage;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.InstantStorage;
import dev.quarry.render.Keywords;
import dev.quarry.render.SqlWriter;
import dev.quarry.sql.Column;
import java.util.Map;

/** SQLite 3.35 and later. Stateless; use {@link dev.quarry.dialect.Dialects#SQLITE}. */
public final class SqliteDialect extends Dialect {
    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public boolean supportsReturning() {
        return true;
    }

    @Override
    public boolean nullsSortAsSmallest() {
        return true;
    }

    @Override
    public boolean supportsNullsOrdering() {
        return true;
    }

    @Override
    public boolean enforcesVarcharLength() {
        return false;
    }

    @Override
    public boolean autoIncrementDeclaresPrimaryKey() {
        return true;
    }

    @Override
    public DateTimeStorage dateTimeStorage() {
        return DateTimeStorage.ISO_TEXT;
    }

    @Override
    public InstantStorage instantStorage() {
        return InstantStorage.UTC_ISO_TEXT;
    }

    @Override
    public DecimalStorage decimalStorage() {
        return DecimalStorage.DOUBLE;
    }

    /**
     * LIKE is case-insensitive in SQLite unless asked otherwise; foreign keys are off unless
     * asked for.
     */
    @Override
    public Map<String, String> connectionProperties() {
        return Map.of("case_sensitive_like", "true", "foreign_keys", "true");
    }

    /** Only a column declared exactly {@code INTEGER PRIMARY KEY} is the rowid that AUTOINCREMENT needs. */
    @Override
    public String columnTypeName(Column<?> column) {
        return column.isAutoIncrement() ? "INTEGER" : super.columnTypeName(column);
    }

    @Override
    public void renderAutoIncrement(SqlWriter writer) {
        writer.keyword(Keywords.PRIMARY_KEY).keyword("AUTOINCREMENT");
    }

    /** SQLite needs a LIMIT before OFFSET; -1 means no limit. */
    @Override
    protected void renderUnlimited(SqlWriter writer) {
        writer.keyword(Keywords.LIMIT).keyword("-1");
    }

    /** SQLite's LIKE has no escape character unless one is named. */
    @Override
    public void renderLikeEscape(SqlWriter writer) {
        writer.keyword(Keywords.ESCAPE).keyword("'\\'");
    }
}
