package dev.quarry.dialect;

import dev.quarry.render.AssignmentList;
import dev.quarry.render.ExpressionRenderer;
import dev.quarry.sql.Analytic;
import dev.quarry.render.Keywords;
import dev.quarry.render.RenderedSql;
import dev.quarry.render.SqlWriter;
import dev.quarry.render.StatementRenderer;
import dev.quarry.sql.Column;
import dev.quarry.sql.Computed;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Insert;
import dev.quarry.sql.IsolationLevel;
import dev.quarry.sql.Lock;
import dev.quarry.sql.SqlFunction;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.Statement;
import dev.quarry.sql.TextContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything that differs between databases, in two forms only: named capability methods and
 * rendering hooks. How values are stored and schemas declared is in {@link SchemaDialect}, which
 * this class extends. The shared renderer asks these and never tests which dialect it has.
 *
 * <p>Dialects are immutable and safe to share between threads: {@link Dialects} holds one per
 * database that writes names as declared and compares text by code point, {@link #withNaming}
 * gives one that maps names and {@link #withTextSemantics} one that leaves text to the columns'
 * collations. Hooks whose default is standard SQL are overridden in the dialect's own package.
 */
public abstract class Dialect extends SchemaDialect {
    /** The longest string written into SQL text as a literal; longer ones are bound. */
    public static final int LONGEST_STRING_LITERAL = 1_000;

    private final TextSemantics textSemantics;

    protected Dialect(NamingStrategy naming, TextSemantics textSemantics) {
        super(naming);
        this.textSemantics = Objects.requireNonNull(textSemantics, "textSemantics");
    }

    /** This dialect writing identifiers with a naming strategy (this very dialect when it has that strategy); see {@link NamingStrategy}. */
    public final Dialect withNaming(NamingStrategy naming) {
        Objects.requireNonNull(naming, "naming");
        return naming == naming() ? this : configured(naming, textSemantics);
    }

    /** This dialect rendering text under these semantics (this very dialect when it has them); see {@link TextSemantics}. */
    public final Dialect withTextSemantics(TextSemantics textSemantics) {
        Objects.requireNonNull(textSemantics, "textSemantics");
        return textSemantics == this.textSemantics ? this : configured(naming(), textSemantics);
    }

    /** A dialect like this one with another naming strategy or text semantics. */
    protected abstract Dialect configured(NamingStrategy naming, TextSemantics textSemantics);

    /** What decides how text compares, groups and sorts; {@link TextSemantics#CODE_POINT} unless set with {@link #withTextSemantics}. */
    public final TextSemantics textSemantics() {
        return textSemantics;
    }

    /** Where the renderer changes text under this dialect's text semantics: {@link TextRules#AS_WRITTEN} for the database's own. */
    public final TextRules textRules() {
        return textSemantics == TextSemantics.CODE_POINT ? codePointRules() : TextRules.AS_WRITTEN;
    }

    /** The rules that make text compare, group and sort by code point on this database. */
    protected abstract CodePointRules codePointRules();

    /** Renders a statement in one pass. */
    public final RenderedSql render(Statement statement) {
        return new StatementRenderer(this).render(statement);
    }

    // ---- capabilities ------------------------------------------------------------------------

    /** Whether INSERT … RETURNING is available. */
    public abstract boolean supportsInsertReturning();

    /** Whether UPDATE … RETURNING is available. */
    public abstract boolean supportsUpdateReturning();

    /** Whether DELETE … RETURNING is available. */
    public abstract boolean supportsDeleteReturning();

    /** Whether NULLs sort before every value in ascending order when nothing else is said. */
    public abstract boolean nullsSortAsSmallest();

    /** Whether ORDER BY accepts NULLS FIRST / NULLS LAST. */
    public abstract boolean supportsNullsOrdering();

    /** Whether the database itself rejects strings longer than a varchar's length. */
    public abstract boolean enforcesVarcharLength();

    /** Whether the auto-increment clause also declares the column as the primary key. */
    public boolean autoIncrementDeclaresPrimaryKey() {
        return false;
    }

    /** Whether FULL [OUTER] JOIN is available. */
    public boolean supportsFullJoin() {
        return true;
    }

    /** Whether SELECT DISTINCT ON (…) is available. */
    public boolean supportsDistinctOn() {
        return false;
    }

    /** Whether a WITH clause may precede UPDATE and DELETE. */
    public boolean supportsWithInUpdateAndDelete() {
        return true;
    }

    /** Whether the WITH clause of an INSERT … SELECT goes before INSERT (else before its SELECT). */
    public boolean withClausePrecedesInsert() {
        return true;
    }

    /** The most bind parameters one statement may carry. */
    public abstract int maxBindParameters();

    /**
     * Whether many rows of plain values are inserted faster as a JDBC batch of the one-row statement
     * than as multi-row VALUES statements, where the driver runs a batch natively.
     *
     * @param generatesKeys whether the database generates an auto-increment value for each row
     */
    public boolean batchesRowInserts(boolean generatesKeys) {
        return false;
    }

    /**
     * Driver properties every connection needs so the database behaves as the renderer assumes
     * (for example case-sensitive LIKE). User-supplied properties take precedence.
     */
    public Map<String, String> connectionProperties() {
        return Map.of();
    }

    /**
     * Scalar functions the JDBC layer installs on every connection, by name, because the database
     * lacks them (SQLite's case conversion is ASCII-only). Empty for most dialects.
     */
    public Set<String> clientFunctions() {
        return Set.of();
    }

    // ---- query plans ---------------------------------------------------------------------------

    /**
     * The statement that asks the database how it runs a rendered query, bound with the query's
     * values: {@code EXPLAIN …}; with {@code analyze}, the form that runs the query and reports
     * what it really cost, {@code EXPLAIN ANALYZE …}.
     *
     * @throws dev.quarry.UnsupportedFeatureException if the database has no analyzing form
     */
    public RenderedSql renderExplain(RenderedSql query, boolean analyze) {
        return new RenderedSql((analyze ? "EXPLAIN ANALYZE " : "EXPLAIN ") + query.sql(), query.binds());
    }

    // ---- transactions --------------------------------------------------------------------------

    /**
     * Statements that give the transaction about to start its isolation level and read-only mode,
     * run before its first statement: {@code SET TRANSACTION ISOLATION LEVEL …, READ ONLY}.
     */
    public List<String> transactionStart(@Nullable IsolationLevel isolation, boolean readOnly) {
        List<String> characteristics = new ArrayList<>();
        if (isolation != null) {
            characteristics.add("ISOLATION LEVEL " + isolation.sqlName());
        }
        if (readOnly) {
            characteristics.add("READ ONLY");
        }
        return characteristics.isEmpty() ? List.of() : List.of("SET TRANSACTION " + String.join(", ", characteristics));
    }

    /** Statements that undo what {@link #transactionStart} set beyond the transaction; none by default. */
    public List<String> transactionEnd(boolean readOnly) {
        return List.of();
    }

    /**
     * What a failure the database reported means: a constraint violation (naming the constraint
     * and column where the database does), a transient conflict that running the transaction again
     * may resolve, a lost connection, or something else. The one place that reads SQLSTATEs and
     * vendor codes.
     *
     * @param sqlState the SQLSTATE the driver reported, or null
     * @param vendorCode the driver's vendor error code
     * @param message the driver's message
     */
    public abstract DatabaseFailure classifyFailure(@Nullable String sqlState, int vendorCode, String message);

    /** The JDBC fetch size that makes the driver stream a result {@code rows} rows at a time. */
    public int streamingFetchSize(int rows) {
        return rows;
    }

    // ---- query hooks -------------------------------------------------------------------------

    /** Writes LIMIT/OFFSET; at least one of them is present. */
    public void renderLimitOffset(SqlWriter writer, @Nullable Long limit, @Nullable Long offset) {
        if (limit != null) {
            writer.keyword(Keywords.LIMIT).parameter(limit, SqlType.BIGINT);
        } else {
            renderUnlimited(writer);
        }
        if (offset != null) {
            writer.keyword(Keywords.OFFSET).parameter(offset, SqlType.BIGINT);
        }
    }

    /** Writes what an OFFSET without LIMIT needs in front of it; nothing in standard SQL. */
    protected void renderUnlimited(SqlWriter writer) {
    }

    /** Writes a row lock: {@code FOR UPDATE|SHARE [NOWAIT|SKIP LOCKED]}. */
    public void renderLock(SqlWriter writer, Lock lock) {
        writer.keyword(lock.mode() == Lock.Mode.UPDATE ? "FOR UPDATE" : "FOR SHARE");
        renderLockWait(writer, lock.onLocked());
    }

    /** Writes NOWAIT or SKIP LOCKED, or nothing for waiting. */
    protected final void renderLockWait(SqlWriter writer, Lock.OnLocked onLocked) {
        switch (onLocked) {
            case WAIT -> { }
            case NOWAIT -> writer.keyword("NOWAIT");
            case SKIP_LOCKED -> writer.keyword("SKIP LOCKED");
        }
    }

    /** Writes what makes backslash the escape character of LIKE; nothing where it already is. */
    public void renderLikeEscape(SqlWriter writer) {
    }

    /** Writes the values part of an INSERT that sets no column. */
    public void renderDefaultValues(SqlWriter writer) {
        writer.keyword(Keywords.DEFAULT_VALUES);
    }

    /** Writes an upsert clause after the inserted values: {@code ON CONFLICT (…) DO …}. */
    public void renderUpsert(ExpressionRenderer renderer, Insert insert) {
        var clause = insert.onConflict();
        SqlWriter writer = renderer.writer();
        writer.keyword("ON CONFLICT").openParen();
        renderer.writer().columnNames(clause.target());
        writer.closeParen();
        if (clause.doesNothing()) {
            writer.keyword("DO NOTHING");
        } else {
            writer.keyword("DO UPDATE SET");
            AssignmentList.render(renderer, clause.updates());
        }
    }

    /** Writes the value an upsert proposed for a column: {@code excluded."column"}. */
    public void renderExcluded(SqlWriter writer, Column<?> column) {
        writer.qualifiedIdentifier("excluded", column.name());
    }

    /**
     * Writes a string as a literal, or returns false to have it bound instead. A string SQL text
     * cannot carry (a NUL, an unpaired surrogate) is always bound, so the binding decides its fate;
     * so is one longer than {@value #LONGEST_STRING_LITERAL} characters, which would only bloat the
     * statement (SQLite refuses statements over a million bytes).
     */
    public boolean renderStringLiteral(SqlWriter writer, String value) {
        if (value.length() > LONGEST_STRING_LITERAL || !TextContent.fitsInLiteral(value)) {
            return false;
        }
        writer.keyword("'" + value.replace("'", "''") + "'");
        return true;
    }

    /** Writes integer division, which truncates toward zero. */
    public void renderIntegerDivision(ExpressionRenderer renderer, Computed.Arithmetic<?> division) {
        renderer.renderArithmetic(division.left(), "/", division.right());
    }

    /** Writes string concatenation. */
    public void renderConcat(ExpressionRenderer renderer, Computed.Concat concat) {
        renderer.renderInfix(concat.operands(), "||");
    }

    /**
     * Writes {@code operand COLLATE name}, the name quoted as an identifier, or by code point with
     * {@link #codePointCollation()} when the collation has no name.
     */
    public void renderCollate(ExpressionRenderer renderer, Computed.Collate collate) {
        renderer.renderOperand(collate.operand());
        String collation = collate.collation();
        renderer.writer().keyword("COLLATE").identifier(collation == null ? codePointCollation() : collation);
    }

    /** The collation that orders text by code point. */
    protected abstract String codePointCollation();

    /** Writes null-safe (in)equality. */
    public void renderNullSafeEquality(ExpressionRenderer renderer, Expression<?> left, Expression<?> right,
            boolean equal) {
        renderer.renderOperand(left);
        renderer.writer().keyword(equal ? "IS NOT DISTINCT FROM" : "IS DISTINCT FROM");
        renderer.renderOperand(right);
    }

    /** Writes a function over a window. */
    public void renderOver(ExpressionRenderer renderer, Analytic.Over<?> over) {
        renderer.renderOver(over);
    }

    /** The name a scalar function is called by. */
    public String functionName(SqlFunction function) {
        return switch (function) {
            case SUBSTRING -> "SUBSTR";
            case POSITION -> "INSTR";
            default -> function.name();
        };
    }

    /** Writes a scalar function call. */
    public void renderFunctionCall(ExpressionRenderer renderer, Computed.FunctionCall<?> call) {
        switch (call.function()) {
            case CURRENT_DATE -> renderCurrentDate(renderer.writer());
            case CURRENT_TIMESTAMP -> renderCurrentTimestamp(renderer.writer());
            case JSON_TEXT -> renderJsonText(renderer, call.arguments().get(0), jsonPathKeys(call));
            case CURRENT_DATETIME -> renderCurrentDateTime(renderer.writer());
            default -> renderer.renderCall(functionName(call.function()), call.arguments());
        }
    }

    /** The object keys of a {@link SqlFunction#JSON_TEXT} call, which are always bound strings. */
    private static List<String> jsonPathKeys(Computed.FunctionCall<?> call) {
        return call.arguments().subList(1, call.arguments().size()).stream()
                .map(key -> (String) ((Expression.Param<?>) key).value())
                .toList();
    }

    /**
     * Writes the scalar at a path of object keys of a JSON document, as text: booleans as
     * {@code true}/{@code false}, numbers in their JSON spelling, NULL where the path leads nowhere.
     * PostgreSQL's form by default.
     */
    protected void renderJsonText(ExpressionRenderer renderer, Expression<?> document, List<String> keys) {
        renderer.writer().function("jsonb_extract_path_text");
        renderer.render(document);
        for (String key : keys) {
            renderer.writer().comma().parameter(key, SqlType.TEXT);
        }
        renderer.writer().closeParen();
    }

    /** The SQL/JSON path of object keys: {@code $."a"."b"}. */
    protected static String jsonPath(List<String> keys) {
        StringBuilder path = new StringBuilder("$");
        for (String key : keys) {
            path.append(".\"").append(key.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return path.toString();
    }

    /** Writes a case-sensitive regular expression match: PostgreSQL's {@code value ~ regex} by default. */
    public void renderRegexMatch(ExpressionRenderer renderer, Condition.Matches matches) {
        renderer.renderOperand(matches.value());
        renderer.writer().keyword("~");
        renderTextPattern(renderer, matches.regex());
    }

    /**
     * Writes the pattern of a LIKE or regular expression match so that the match is case-sensitive
     * whatever the other operand is; as it is by default.
     */
    public void renderTextPattern(ExpressionRenderer renderer, Expression<?> pattern) {
        renderer.renderOperand(pattern);
    }

    /** Writes string aggregation: {@code string_agg(value, separator ORDER BY keys)} by default. */
    public void renderStringAgg(ExpressionRenderer renderer, Analytic.StringAgg stringAgg) {
        SqlWriter writer = renderer.writer();
        writer.function("string_agg");
        renderer.render(stringAgg.value());
        writer.comma();
        renderer.render(stringAgg.separator());
        writer.keyword(Keywords.ORDER_BY);
        renderer.renderAggregateOrder(stringAgg.order());
        writer.closeParen();
    }

    /** Writes {@link Condition.Contains}: PostgreSQL's {@code @>} for JSONB documents and arrays by default. */
    public void renderContains(ExpressionRenderer renderer, Condition.Contains contains) {
        renderer.renderOperand(contains.container());
        renderer.writer().keyword("@>");
        renderer.renderOperand(contains.contained());
    }

    /** How this dialect writes the date functions. */
    public abstract DateRendering dates();

    /** Writes today's date in UTC. */
    protected abstract void renderCurrentDate(SqlWriter writer);

    /** Writes the current instant, in this dialect's instant storage form. */
    protected abstract void renderCurrentTimestamp(SqlWriter writer);

    /** Writes the current date-time in UTC, in this dialect's date-time storage form. */
    protected abstract void renderCurrentDateTime(SqlWriter writer);

    /** The type name used in CAST. */
    public String castTypeName(SqlType<?> type) {
        return type.accept(typeNames());
    }

    /** Writes {@code CAST(operand AS type)}. */
    public void renderCast(ExpressionRenderer renderer, Expression.Cast<?> cast) {
        renderer.writer().function("CAST");
        renderer.render(cast.operand());
        renderer.writer().keyword(Keywords.AS).keyword(castTypeName(cast.type())).closeParen();
    }

    @Override
    public String toString() {
        return name();
    }
}
