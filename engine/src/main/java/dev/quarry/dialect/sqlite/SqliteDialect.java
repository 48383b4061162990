package dev.quarry.dialect.sqlite;

import dev.quarry.dialect.CodePointRules;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.DatabaseFailure;
import dev.quarry.dialect.DateTimeStorage;
import dev.quarry.dialect.DecimalStorage;
import dev.quarry.dialect.DateRendering;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.NamingStrategy;
import dev.quarry.dialect.TextSemantics;
import dev.quarry.dialect.InstantStorage;
import dev.quarry.dialect.UuidStorage;
import dev.quarry.render.ExpressionRenderer;
import dev.quarry.render.Keywords;
import dev.quarry.render.RenderedSql;
import dev.quarry.render.SqlWriter;
import dev.quarry.schema.ColumnDefinition;
import dev.quarry.schema.SchemaChange;
import dev.quarry.sql.Column;
import dev.quarry.sql.Computed;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Expression;
import dev.quarry.sql.IsolationLevel;
import dev.quarry.sql.Lock;
import dev.quarry.sql.SqlFunction;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.VarcharType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** SQLite 3.39 and later. Stateless; use {@link dev.quarry.dialect.Dialects#SQLITE}. */
public final class SqliteDialect extends Dialect {
    /** The dialect writing names as declared; see {@link dev.quarry.dialect.Dialects}. */
    public SqliteDialect() {
        this(NamingStrategy.AS_DECLARED, TextSemantics.CODE_POINT);
    }

    /** The dialect writing names with a naming strategy and text under these semantics. */
    SqliteDialect(NamingStrategy naming, TextSemantics textSemantics) {
        super(naming, textSemantics);
    }

    @Override
    protected Dialect configured(NamingStrategy naming, TextSemantics textSemantics) {
        return new SqliteDialect(naming, textSemantics);
    }


    private final SqlType.Visitor<String> typeNames = new SqliteTypeNames(name());

    @Override
    public String name() {
        return "sqlite";
    }

    /**
     * SQLite tells its plan with {@code EXPLAIN QUERY PLAN …}, one row per step; it has no form that
     * runs the query and reports its cost, so asking for one fails before anything is sent.
     */
    @Override
    public RenderedSql renderExplain(RenderedSql query, boolean analyze) {
        if (analyze) {
            throw new UnsupportedFeatureException("EXPLAIN ANALYZE", name(),
                    "SQLite's EXPLAIN QUERY PLAN shows the plan without running the query; explain without analyze");
        }
        return new RenderedSql("EXPLAIN QUERY PLAN " + query.sql(), query.binds());
    }

    @Override
    public boolean supportsInsertReturning() {
        return true;
    }

    @Override
    public boolean supportsUpdateReturning() {
        return true;
    }

    @Override
    public boolean supportsDeleteReturning() {
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

    /**
     * SQLite's ALTER TABLE renames tables and columns and adds columns that are not generated, not
     * NOT NULL without a default, and have a constant default; every other change rebuilds the table.
     */
    @Override
    public boolean altersInPlace(SchemaChange change) {
        if (change instanceof SchemaChange.AddColumn add) {
            ColumnDefinition column = add.column();
            String defaultSql = column.defaultSql();
            return !column.autoIncrement() && (column.nullable() || defaultSql != null)
                    && (defaultSql == null || !defaultSql.startsWith("("));
        }
        return change instanceof SchemaChange.CreateTable || change instanceof SchemaChange.DropTable
                || change instanceof SchemaChange.RenameTable || change instanceof SchemaChange.RenameColumn
                || change instanceof SchemaChange.CreateIndex || change instanceof SchemaChange.DropIndex
                || change instanceof SchemaChange.RebuildTable;
    }

    @Override
    public int maxBindParameters() {
        return 32_766;
    }

    /** SQLite steps one compiled statement per row. */
    @Override
    public boolean batchesRowInserts(boolean generatesKeys) {
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
    public UuidStorage uuidStorage() {
        return UuidStorage.TEXT;
    }

    @Override
    public DecimalStorage decimalStorage() {
        return DecimalStorage.DOUBLE;
    }

    /**
     * LIKE is case-insensitive in SQLite unless asked otherwise; foreign keys are off unless
     * asked for. For a server: write-ahead logging, so readers and the writer do not block each
     * other, and a busy timeout of {@value #BUSY_TIMEOUT_MILLIS} ms, so a writer waits for another
     * instead of failing at once.
     */
    @Override
    public Map<String, String> connectionProperties() {
        return Map.of("case_sensitive_like", "true", "foreign_keys", "true", "journal_mode", "WAL",
                "busy_timeout", Integer.toString(BUSY_TIMEOUT_MILLIS));
    }

    /** How long a connection waits for another's write lock by default. */
    public static final int BUSY_TIMEOUT_MILLIS = 5_000;

    /**
     * SQLite transactions are always serializable, which satisfies every level asked for; a
     * read-only one sets {@code query_only} on the connection for its duration.
     */
    @Override
    public List<String> transactionStart(@Nullable IsolationLevel isolation, boolean readOnly) {
        return readOnly ? List.of("PRAGMA query_only = 1") : List.of();
    }

    @Override
    public List<String> transactionEnd(boolean readOnly) {
        return readOnly ? List.of("PRAGMA query_only = 0") : List.of();
    }

    @Override
    public DatabaseFailure classifyFailure(@Nullable String sqlState, int vendorCode, String message) {
        return SqliteFailures.classify(vendorCode, message);
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

    /**
     * Writes the limit and offset as numbers, not binds: SQLite plans a statement with a bound
     * LIMIT markedly slower (it cost a point select a third of its throughput). Being longs, the
     * values cannot carry SQL. An offset without a limit takes {@code LIMIT -1}.
     */
    @Override
    public void renderLimitOffset(SqlWriter writer, @Nullable Long limit, @Nullable Long offset) {
        writer.keyword(Keywords.LIMIT).keyword(limit == null ? "-1" : Long.toString(limit));
        if (offset != null) {
            writer.keyword(Keywords.OFFSET).keyword(Long.toString(offset));
        }
    }

    @Override
    public void renderLock(SqlWriter writer, Lock lock) {
        throw unsupported("FOR " + lock.mode(), "SQLite has no row locks; it locks the whole database for writing,"
                + " which a write (or BEGIN IMMEDIATE) takes");
    }

    /** SQLite's LIKE has no escape character unless one is named. */
    @Override
    public void renderLikeEscape(SqlWriter writer) {
        writer.keyword(Keywords.ESCAPE).keyword("'\\'");
    }

    @Override
    public void renderNullSafeEquality(ExpressionRenderer renderer, Expression<?> left, Expression<?> right,
            boolean equal) {
        renderer.renderOperand(left);
        renderer.writer().keyword(equal ? "IS" : "IS NOT");
        renderer.renderOperand(right);
    }

    /** The case conversions Quarry's JDBC layer installs: every letter, where SQLite's own change ASCII letters only. */
    public static final String LOWER_FUNCTION = "quarry_lower";
    public static final String UPPER_FUNCTION = "quarry_upper";
    /** {@code quarry_lpad(text, length, fill)}, installed by Quarry's JDBC layer: SQLite has no LPAD. */
    public static final String LPAD_FUNCTION = "quarry_lpad";
    /** {@code quarry_rpad(text, length, fill)}, installed by Quarry's JDBC layer: SQLite has no RPAD. */
    public static final String RPAD_FUNCTION = "quarry_rpad";
    /** {@code quarry_repeat(text, count)}, installed by Quarry's JDBC layer: SQLite has no REPEAT. */
    public static final String REPEAT_FUNCTION = "quarry_repeat";
    /** {@code quarry_reverse(text)}, installed by Quarry's JDBC layer: SQLite has no REVERSE. */
    public static final String REVERSE_FUNCTION = "quarry_reverse";
    /**
     * {@code quarry_regexp(text, regex)}, installed by Quarry's JDBC layer: 1 when the regular
     * expression matches somewhere in the text, 0 when not, NULL for NULL; SQLite has no regular
     * expressions of its own.
     */
    public static final String REGEXP_FUNCTION = "quarry_regexp";

    @Override
    public Set<String> clientFunctions() {
        return Set.of(LOWER_FUNCTION, UPPER_FUNCTION, LPAD_FUNCTION, RPAD_FUNCTION, REPEAT_FUNCTION, REVERSE_FUNCTION,
                REGEXP_FUNCTION);
    }

    @Override
    public void renderRegexMatch(ExpressionRenderer renderer, Condition.Matches matches) {
        renderer.renderCall(REGEXP_FUNCTION, List.of(matches.value(), matches.regex()));
    }

    /**
     * SQLite has no LEFT and RIGHT: {@code SUBSTR(text, 1, n)} and {@code SUBSTR(text, -n)}, which
     * counts from the end (and {@code SUBSTR(text, 1, 0)} for the empty right end, as -0 is 0).
     */
    @Override
    public void renderFunctionCall(ExpressionRenderer renderer, Computed.FunctionCall<?> call) {
        List<Expression<?>> arguments = call.arguments();
        if (call.function() == SqlFunction.LEFT) {
            renderer.renderCall("SUBSTR", List.of(arguments.get(0), new Expression.Literal<>(1, SqlType.INTEGER),
                    arguments.get(1)));
        } else if (call.function() == SqlFunction.RIGHT) {
            int count = (Integer) ((Expression.Literal<?>) arguments.get(1)).value();
            renderer.renderCall("SUBSTR", count == 0
                    ? List.of(arguments.get(0), new Expression.Literal<>(1, SqlType.INTEGER), arguments.get(1))
                    : List.of(arguments.get(0), new Expression.Literal<>(-count, SqlType.INTEGER)));
        } else {
            super.renderFunctionCall(renderer, call);
        }
    }

    /** SQLite's LENGTH counts characters of text; its LOWER and UPPER are replaced, see {@link #clientFunctions()}. */
    @Override
    public String functionName(SqlFunction function) {
        return switch (function) {
            case CHAR_LENGTH -> "LENGTH";
            case LOWER -> LOWER_FUNCTION;
            case UPPER -> UPPER_FUNCTION;
            case LPAD -> LPAD_FUNCTION;
            case RPAD -> RPAD_FUNCTION;
            case REPEAT -> REPEAT_FUNCTION;
            case REVERSE -> REVERSE_FUNCTION;
            default -> super.functionName(function);
        };
    }

    @Override
    protected CodePointRules codePointRules() {
        return SqliteCodePointRules.INSTANCE;
    }

    @Override
    protected String codePointCollation() {
        return "BINARY";
    }

    @Override
    protected void renderCurrentDate(SqlWriter writer) {
        writer.keyword("date('now')");
    }

    /** json_extract gives JSON booleans as 1 and 0; json_type tells them apart so they read as on the other dialects. */
    @Override
    protected void renderJsonText(ExpressionRenderer renderer, Expression<?> document, List<String> keys) {
        String path = jsonPath(keys);
        SqlWriter writer = renderer.writer();
        writer.keyword("CASE").function("json_type");
        renderer.render(document);
        writer.comma().parameter(path, SqlType.TEXT).closeParen()
                .keyword("WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' ELSE").function("json_extract");
        renderer.render(document);
        writer.comma().parameter(path, SqlType.TEXT).closeParen().keyword("END");
    }

    @Override
    public void renderContains(ExpressionRenderer renderer, Condition.Contains contains) {
        throw unsupported("JSON and array containment", "compare values read with JsonFunctions.text instead");
    }

    /** The instant in the text form Quarry stores instants in on SQLite. */
    @Override
    protected void renderCurrentTimestamp(SqlWriter writer) {
        writer.keyword("(strftime('%Y-%m-%d %H:%M:%f', 'now') || '000Z')");
    }

    /** The UTC date-time in the text form Quarry stores date-times in on SQLite. */
    @Override
    protected void renderCurrentDateTime(SqlWriter writer) {
        writer.keyword("(strftime('%Y-%m-%d %H:%M:%f', 'now') || '000')");
    }

    /** SQLite stores booleans as the integers 1 and 0. */
    @Override
    protected void renderDdlBooleanLiteral(SqlWriter writer, boolean value) {
        writer.keyword(value ? "1" : "0");
    }

    /** SQLite casts by affinity: integers, reals and text; dates stay text. */
    @Override
    public String castTypeName(SqlType<?> type) {
        return switch (type.category()) {
            case INTEGER, BOOLEAN -> "INTEGER";
            case DECIMAL, FLOAT -> "REAL";
            case TEXT, TEMPORAL, UUID, JSON -> "TEXT";
            case BINARY -> "BLOB";
            case ENUM, ARRAY -> typeName(type);
        };
    }

    /**
     * A cast to varchar(n) cuts the text to n characters, and a cast of a fraction to an integer
     * rounds it half away from zero, as the other dialects do (SQLite would not cut and would
     * truncate).
     */
    @Override
    public void renderCast(ExpressionRenderer renderer, Expression.Cast<?> cast) {
        SqlType.Category from = cast.operand().sqlType().category();
        if (cast.type().category() == SqlType.Category.INTEGER
                && (from == SqlType.Category.DECIMAL || from == SqlType.Category.FLOAT)) {
            renderer.writer().function("CAST").function("ROUND");
            renderer.render(cast.operand());
            renderer.writer().closeParen().keyword(Keywords.AS).keyword(castTypeName(cast.type())).closeParen();
        } else if (cast.type() instanceof VarcharType varchar) {
            renderer.writer().function("SUBSTR");
            super.renderCast(renderer, cast);
            renderer.writer().comma().keyword("1").comma().keyword(Integer.toString(varchar.length())).closeParen();
        } else {
            super.renderCast(renderer, cast);
        }
    }

    @Override
    protected SqlType.Visitor<String> typeNames() {
        return typeNames;
    }

    @Override
    public DateRendering dates() {
        return SqliteDates.INSTANCE;
    }
}
