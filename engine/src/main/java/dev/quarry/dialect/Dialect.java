package dev.quarry.dialect;

import dev.quarry.render.Keywords;
import dev.quarry.render.RenderedSql;
import dev.quarry.render.SqlWriter;
import dev.quarry.render.StatementRenderer;
import dev.quarry.sql.Column;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.Statement;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything that differs between databases, in two forms only: named capability methods and
 * rendering hooks. The shared renderer asks these and never tests which dialect it has.
 *
 * <p>Dialects are stateless singletons (see {@link Dialects}) and safe to share between threads.
 * Hooks whose default is standard SQL are overridden in the dialect's own package.
 */
public abstract class Dialect {

    protected Dialect() {
    }

    /** Short lowercase name used in messages and configuration: postgresql, sqlite, mysql, mariadb. */
    public abstract String name();

    /** Renders a statement in one pass. */
    public final RenderedSql render(Statement statement) {
        return new StatementRenderer(this).render(statement);
    }

    // ---- identifiers -------------------------------------------------------------------------

    /** The character that quotes identifiers, doubled inside one; the standard's double quote. */
    protected char identifierQuote() {
        return '"';
    }

    /** Appends the identifier, quoted, to the buffer. */
    public final void quoteIdentifier(StringBuilder out, String identifier) {
        char quote = identifierQuote();
        out.append(quote);
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (c == quote) {
                out.append(quote);
            }
            out.append(c);
        }
        out.append(quote);
    }

    // ---- capabilities ------------------------------------------------------------------------

    /** Whether INSERT/UPDATE/DELETE … RETURNING is available. */
    public abstract boolean supportsReturning();

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

    // ---- how values are stored (read by the JDBC layer's binders) -----------------------------

    /** How {@link SqlType#DATETIME} values are stored. */
    public abstract DateTimeStorage dateTimeStorage();

    /** How {@link SqlType#TIMESTAMP} values are stored. */
    public abstract InstantStorage instantStorage();

    /** How decimal values are bound. */
    public abstract DecimalStorage decimalStorage();

    /**
     * Driver properties every connection needs so the database behaves as the renderer assumes
     * (for example case-sensitive LIKE). User-supplied properties take precedence.
     */
    public Map<String, String> connectionProperties() {
        return Map.of();
    }

    // ---- rendering hooks ---------------------------------------------------------------------

    private static final SqlType.Visitor<String> STANDARD_TYPE_NAMES = new StandardTypeNames();

    /** Names column types in DDL; the standard names unless overridden. */
    protected SqlType.Visitor<String> typeNames() {
        return STANDARD_TYPE_NAMES;
    }

    /** The DDL type of a column. */
    public String columnTypeName(Column<?> column) {
        return column.sqlType().accept(typeNames());
    }

    /** Writes what makes a column generate its values, after its type. */
    public abstract void renderAutoIncrement(SqlWriter writer);

    /** Writes options after a CREATE TABLE's closing parenthesis. */
    public void renderTableOptions(SqlWriter writer) {
    }

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

    /** Writes what makes backslash the escape character of LIKE; nothing where it already is. */
    public void renderLikeEscape(SqlWriter writer) {
    }

    /** Writes the values part of an INSERT that sets no column. */
    public void renderDefaultValues(SqlWriter writer) {
        writer.keyword(Keywords.DEFAULT_VALUES);
    }

    @Override
    public String toString() {
        return name();
    }
}
