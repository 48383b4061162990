package dev.quarry.dialect.mysql;

import dev.quarry.dialect.AlterColumnStyle;
import dev.quarry.dialect.CodePointRules;
import dev.quarry.dialect.DatabaseFailure;
import dev.quarry.dialect.DateTimeStorage;
import dev.quarry.dialect.DecimalStorage;
import dev.quarry.dialect.DateRendering;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.NamingStrategy;
import dev.quarry.dialect.TextSemantics;
import dev.quarry.dialect.InstantStorage;
import dev.quarry.dialect.UuidStorage;
import dev.quarry.render.AssignmentList;
import dev.quarry.render.ExpressionRenderer;
import dev.quarry.render.Keywords;
import dev.quarry.render.SqlWriter;
import dev.quarry.schema.ConstraintDefinition;
import dev.quarry.schema.ForeignKeyDefinition;
import dev.quarry.schema.UniqueDefinition;
import dev.quarry.sql.Analytic;
import dev.quarry.sql.Column;
import dev.quarry.sql.Computed;
import dev.quarry.sql.Condition;
import dev.quarry.sql.DoubleType;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Insert;
import dev.quarry.sql.ReferenceAction;
import dev.quarry.sql.SqlFunction;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.VarcharType;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * MySQL 8.0.31 and later. Stateless; use {@link dev.quarry.dialect.Dialects#MYSQL}.
 *
 * <p>Tables are created with a binary, no-pad utf8mb4 collation so that {@code =} and LIKE compare
 * exactly as on PostgreSQL and SQLite: case, accents and trailing spaces all count.
 */
public class MySqlDialect extends Dialect {
    /** The dialect writing names as declared; see {@link dev.quarry.dialect.Dialects}. */
    public MySqlDialect() {
        this(NamingStrategy.AS_DECLARED, TextSemantics.CODE_POINT);
    }

    /** The dialect writing names with a naming strategy and text under these semantics. */
    protected MySqlDialect(NamingStrategy naming, TextSemantics textSemantics) {
        super(naming, textSemantics);
    }

    @Override
    protected Dialect configured(NamingStrategy naming, TextSemantics textSemantics) {
        return new MySqlDialect(naming, textSemantics);
    }

    private final SqlType.Visitor<String> typeNames = new MySqlTypeNames(name());
    /** The largest LIMIT MySQL accepts: how it spells "no limit" before an OFFSET. */
    private static final String NO_LIMIT = "18446744073709551615";

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    protected char identifierQuote() {
        return '`';
    }

    @Override
    public boolean supportsInsertReturning() {
        return false;
    }

    @Override
    public boolean supportsUpdateReturning() {
        return false;
    }

    @Override
    public boolean supportsDeleteReturning() {
        return false;
    }

    @Override
    public boolean nullsSortAsSmallest() {
        return true;
    }

    @Override
    public boolean supportsNullsOrdering() {
        return false;
    }

    @Override
    public boolean enforcesVarcharLength() {
        return true;
    }

    @Override
    public boolean supportsFullJoin() {
        return false;
    }

    @Override
    public boolean withClausePrecedesInsert() {
        return false;
    }

    @Override
    public int maxBindParameters() {
        return 65_535;
    }

    /**
     * The driver sends a batch in bulk, but InnoDB may then leave gaps between generated keys; rows
     * whose keys it generates keep the multi-row VALUES statement, whose keys are consecutive.
     */
    @Override
    public boolean batchesRowInserts(boolean generatesKeys) {
        return !generatesKeys;
    }

    /**
     * Sessions start with {@code group_concat_max_len} at its maximum, so that string aggregation
     * is not cut at the default 1,024 bytes (only max_allowed_packet still bounds it). Whoever sets
     * the driver's {@code sessionVariables} property must include it.
     */
    @Override
    public Map<String, String> connectionProperties() {
        return Map.of("sessionVariables", GROUP_CONCAT_SESSION);
    }

    /** The session setting that keeps GROUP_CONCAT from cutting its result. */
    public static final String GROUP_CONCAT_SESSION = "group_concat_max_len=4294967295";

    @Override
    public DatabaseFailure classifyFailure(@Nullable String sqlState, int vendorCode, String message) {
        return MySqlFailures.classify(sqlState, vendorCode, message);
    }

    /** Connector/J streams a result only with this fetch size. */
    @Override
    public int streamingFetchSize(int rows) {
        return Integer.MIN_VALUE;
    }

    @Override
    public DateTimeStorage dateTimeStorage() {
        return DateTimeStorage.NATIVE;
    }

    @Override
    public InstantStorage instantStorage() {
        return InstantStorage.UTC_DATETIME;
    }

    @Override
    public UuidStorage uuidStorage() {
        return UuidStorage.BIG_ENDIAN_BYTES;
    }

    @Override
    public DecimalStorage decimalStorage() {
        return DecimalStorage.NATIVE;
    }

    @Override
    protected SqlType.Visitor<String> typeNames() {
        return typeNames;
    }

    @Override
    public void renderAutoIncrement(SqlWriter writer) {
        writer.keyword("AUTO_INCREMENT");
    }

    @Override
    public void renderTableOptions(SqlWriter writer) {
        writer.keyword("ENGINE=InnoDB").keyword("DEFAULT CHARSET=utf8mb4").keyword("COLLATE=" + binaryCollation());
    }

    /** MySQL has no CREATE INDEX IF NOT EXISTS, so indexes go inside CREATE TABLE [IF NOT EXISTS]. */
    @Override
    public boolean declaresIndexesInCreateTable() {
        return true;
    }

    @Override
    public boolean supportsCreateIndexIfNotExists() {
        return false;
    }

    @Override
    public AlterColumnStyle alterColumnStyle() {
        return AlterColumnStyle.MODIFY_COLUMN;
    }

    /** MySQL drops unique constraints as the indexes they are, and names the kind of constraint. */
    @Override
    public String dropConstraintKeyword(ConstraintDefinition constraint) {
        if (constraint instanceof UniqueDefinition) {
            return "INDEX";
        }
        return constraint instanceof ForeignKeyDefinition ? "FOREIGN KEY" : "CHECK";
    }

    @Override
    public boolean dropIndexNamesTable() {
        return true;
    }

    /** Every DDL statement commits the transaction it runs in. */
    @Override
    public boolean supportsTransactionalDdl() {
        return false;
    }

    /** MySQL accepts a literal default on a TEXT column only written as an expression. */
    @Override
    public boolean parenthesizesLiteralDefaults() {
        return true;
    }

    /** InnoDB parses SET DEFAULT but rejects the table. */
    @Override
    public void renderReferenceAction(SqlWriter writer, String event, ReferenceAction action) {
        if (action == ReferenceAction.SET_DEFAULT) {
            throw unsupported(event + " SET DEFAULT", "InnoDB rejects it; use SET NULL, CASCADE or RESTRICT");
        }
        super.renderReferenceAction(writer, event, action);
    }

    /**
     * A backslash escapes in MySQL string literals unless the SQL mode has NO_BACKSLASH_ESCAPES,
     * which the renderer cannot know, so each one is written as {@code CHAR(92 USING utf8mb4)}:
     * {@code CONCAT('a', CHAR(92 USING utf8mb4), 'b') COLLATE bin}, read the same in both modes.
     * (A hex literal with a charset introducer would do too, but MariaDB stores such a default
     * unescaped and can then no longer open the table.)
     */
    @Override
    protected void renderDdlStringLiteral(SqlWriter writer, String value) {
        if (value.indexOf('\\') < 0) {
            super.renderDdlStringLiteral(writer, value);
            return;
        }
        writer.function("CONCAT");
        int start = 0;
        boolean first = true;
        while (true) {
            int backslash = value.indexOf('\\', start);
            int end = backslash < 0 ? value.length() : backslash;
            if (end > start) {
                first = commaUnlessFirst(writer, first);
                super.renderDdlStringLiteral(writer, value.substring(start, end));
            }
            if (backslash < 0) {
                break;
            }
            first = commaUnlessFirst(writer, first);
            writer.keyword("CHAR(92 USING utf8mb4)");
            start = backslash + 1;
        }
        writer.closeParen().keyword("COLLATE").keyword(binaryCollation());
    }

    private static boolean commaUnlessFirst(SqlWriter writer, boolean first) {
        if (!first) {
            writer.comma();
        }
        return false;
    }

    /** The utf8mb4 collation that compares code points and counts trailing spaces. */
    protected String binaryCollation() {
        return "utf8mb4_0900_bin";
    }

    @Override
    protected void renderUnlimited(SqlWriter writer) {
        writer.keyword(Keywords.LIMIT).keyword(NO_LIMIT);
    }

    @Override
    public void renderDefaultValues(SqlWriter writer) {
        writer.openParen().closeParen().keyword(Keywords.VALUES).openParen().closeParen();
    }

    /**
     * {@code ON DUPLICATE KEY UPDATE}, which any unique key triggers. DO NOTHING becomes an
     * assignment of a key column to itself, which changes nothing (INSERT IGNORE would also hide
     * other errors).
     */
    @Override
    public void renderUpsert(ExpressionRenderer renderer, Insert insert) {
        var clause = insert.onConflict();
        renderer.writer().keyword("ON DUPLICATE KEY UPDATE");
        if (clause.doesNothing()) {
            Column<?> key = clause.target().get(0);
            renderer.writer().identifier(key.name()).keyword("=").identifier(key.name());
        } else {
            AssignmentList.render(renderer, clause.updates());
        }
    }

    @Override
    public void renderExcluded(SqlWriter writer, Column<?> column) {
        writer.function("VALUES").identifier(column.name()).closeParen();
    }

    /**
     * Backslash is an escape character in MySQL string literals unless the server's SQL mode says
     * otherwise, which the renderer cannot know; such strings are bound instead.
     */
    @Override
    public boolean renderStringLiteral(SqlWriter writer, String value) {
        return value.indexOf('\\') < 0 && super.renderStringLiteral(writer, value);
    }

    /** {@code /} gives a decimal in MySQL; DIV truncates like the other dialects' integer division. */
    @Override
    public void renderIntegerDivision(ExpressionRenderer renderer, Computed.Arithmetic<?> division) {
        renderer.renderArithmetic(division.left(), "DIV", division.right());
    }

    /** {@code ||} is OR in MySQL. */
    @Override
    public void renderConcat(ExpressionRenderer renderer, Computed.Concat concat) {
        renderer.renderCall("CONCAT", concat.operands());
    }

    @Override
    public void renderNullSafeEquality(ExpressionRenderer renderer, Expression<?> left, Expression<?> right,
            boolean equal) {
        if (!equal) {
            renderer.writer().keyword(Keywords.NOT).openParen();
        }
        renderer.renderOperand(left);
        renderer.writer().keyword("<=>");
        renderer.renderOperand(right);
        if (!equal) {
            renderer.writer().closeParen();
        }
    }

    /** ROUND of a double rounds half to even here; as an exact decimal it rounds half away from zero, as elsewhere. */
    @Override
    public void renderFunctionCall(ExpressionRenderer renderer, Computed.FunctionCall<?> call) {
        if (call.function() == SqlFunction.ROUND && call.arguments().get(0).sqlType() instanceof DoubleType) {
            renderer.renderCall("ROUND", List.of(new Expression.Cast<>(call.arguments().get(0), SqlType.NUMERIC),
                    call.arguments().get(1)));
        } else {
            super.renderFunctionCall(renderer, call);
        }
    }

    /** Case-sensitive: the pattern carries the binary collation, see {@link #renderTextPattern}. */
    @Override
    public void renderRegexMatch(ExpressionRenderer renderer, Condition.Matches matches) {
        renderer.renderOperand(matches.value());
        renderer.writer().keyword("REGEXP");
        renderTextPattern(renderer, matches.regex());
    }

    /**
     * The pattern gets the binary collation explicitly, {@code (? COLLATE utf8mb4_0900_bin)}: a
     * column of Quarry's tables has it already, but text that is not a column (a literal, a bound
     * value) has the connection's collation, which ignores case.
     */
    @Override
    public void renderTextPattern(ExpressionRenderer renderer, Expression<?> pattern) {
        renderer.writer().openParen();
        renderer.renderOperand(pattern);
        renderer.writer().keyword("COLLATE").keyword(binaryCollation()).closeParen();
    }

    /**
     * GROUP_CONCAT takes its separator as a literal only, so the separator goes in front of each
     * text instead and the first one is cut off again:
     * {@code SUBSTRING(GROUP_CONCAT(CONCAT(sep, value) ORDER BY … SEPARATOR ''), CHAR_LENGTH(sep) + 1)}.
     * A NULL value makes its CONCAT NULL, which GROUP_CONCAT skips as string_agg does.
     */
    @Override
    public void renderStringAgg(ExpressionRenderer renderer, Analytic.StringAgg stringAgg) {
        SqlWriter writer = renderer.writer();
        writer.function("SUBSTRING").function("GROUP_CONCAT");
        renderer.renderCall("CONCAT", List.of(stringAgg.separator(), stringAgg.value()));
        writer.keyword(Keywords.ORDER_BY);
        renderer.renderAggregateOrder(stringAgg.order());
        writer.keyword("SEPARATOR ''").closeParen().comma().function("CHAR_LENGTH");
        renderer.render(stringAgg.separator());
        writer.closeParen().keyword("+ 1").closeParen();
    }

    @Override
    protected CodePointRules codePointRules() {
        return MySqlCodePointRules.INSTANCE;
    }

    /** The binary collation without padding that tables are created with, so trailing spaces count here too. */
    @Override
    protected String codePointCollation() {
        return binaryCollation();
    }

    /** Code-point order converts the text to utf8mb4 first, so that it applies whatever the column's character set. */
    @Override
    public void renderCollate(ExpressionRenderer renderer, Computed.Collate collate) {
        if (collate.collation() != null) {
            super.renderCollate(renderer, collate);
            return;
        }
        renderer.writer().function("CONVERT");
        renderer.render(collate.operand());
        renderer.writer().keyword("USING").keyword("utf8mb4").closeParen().keyword("COLLATE").keyword(codePointCollation());
    }

    @Override
    protected void renderCurrentDate(SqlWriter writer) {
        writer.keyword("UTC_DATE()");
    }

    /** UTC, as instants are stored on MySQL. */
    /** JSON_UNQUOTE gives scalars as text, booleans as true/false; JSON_TYPE turns JSON null into NULL. */
    @Override
    protected void renderJsonText(ExpressionRenderer renderer, Expression<?> document, List<String> keys) {
        String path = jsonPath(keys);
        SqlWriter writer = renderer.writer();
        writer.keyword("CASE").function("JSON_TYPE").function("JSON_EXTRACT");
        renderer.render(document);
        writer.comma().parameter(path, SqlType.TEXT).closeParen().closeParen()
                .keyword("WHEN 'NULL' THEN NULL ELSE").function("JSON_UNQUOTE").function("JSON_EXTRACT");
        renderer.render(document);
        writer.comma().parameter(path, SqlType.TEXT).closeParen().closeParen().keyword("END");
    }

    /** ENUM values compare with strings as strings; bound by their 1-based position they compare in declaration order. */
    @Override
    public boolean bindsEnumsByPosition() {
        return true;
    }

    @Override
    public void renderContains(ExpressionRenderer renderer, Condition.Contains contains) {
        if (contains.container().sqlType().category() != SqlType.Category.JSON) {
            throw unsupported("array containment", "arrays are available on PostgreSQL only");
        }
        renderer.renderCall("JSON_CONTAINS", List.of(contains.container(), contains.contained()));
    }

    @Override
    protected void renderCurrentTimestamp(SqlWriter writer) {
        writer.keyword("UTC_TIMESTAMP(6)");
    }

    /** UTC, as on the other dialects. */
    @Override
    protected void renderCurrentDateTime(SqlWriter writer) {
        writer.keyword("UTC_TIMESTAMP(6)");
    }

    /** MySQL casts to a few type names only. */
    @Override
    public String castTypeName(SqlType<?> type) {
        if (type instanceof VarcharType varchar) {
            return "CHAR(" + varchar.length() + ")";
        }
        return switch (type.category()) {
            case INTEGER -> "SIGNED";
            case TEXT -> "CHAR";
            case BOOLEAN -> throw unsupported("CAST to BOOLEAN", "compare with 0 instead");
            default -> type.accept(typeNames);
        };
    }

    /** Text made by a cast gets the binary collation, so it compares like the tables' text. */
    @Override
    public void renderCast(ExpressionRenderer renderer, Expression.Cast<?> cast) {
        super.renderCast(renderer, cast);
        if (cast.type().category() == SqlType.Category.TEXT) {
            renderer.writer().keyword("COLLATE").keyword(binaryCollation());
        }
    }

    @Override
    public DateRendering dates() {
        return MySqlDates.INSTANCE;
    }
}
