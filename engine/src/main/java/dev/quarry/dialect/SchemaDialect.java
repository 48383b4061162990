package dev.quarry.dialect;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.render.SqlWriter;
import dev.quarry.sql.Column;
import dev.quarry.sql.ReferenceAction;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.Table;
import dev.quarry.sql.TextContent;
import dev.quarry.schema.ConstraintDefinition;
import dev.quarry.schema.SchemaChange;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The part of a {@link Dialect} that describes how a database names and stores things: identifier
 * quoting, the storage form of each type (read by the JDBC layer's binders), and the hooks of
 * CREATE TABLE and CREATE INDEX. Query rendering hooks are in {@link Dialect}.
 *
 * <p>Immutable; safe to share between threads.
 */
public abstract class SchemaDialect {
    private final NamingStrategy naming;

    SchemaDialect(NamingStrategy naming) {
        this.naming = Objects.requireNonNull(naming, "naming");
    }

    /** How declared names are written in the database; {@link NamingStrategy#AS_DECLARED} unless set with {@code withNaming}. */
    public final NamingStrategy naming() {
        return naming;
    }

    /** Short lowercase name used in messages and configuration: postgresql, sqlite, mysql, mariadb. */
    public abstract String name();

    /** The error for a feature this dialect lacks. */
    protected final UnsupportedFeatureException unsupported(String feature, String advice) {
        return new UnsupportedFeatureException(feature, name(), advice);
    }

    // ---- identifiers -------------------------------------------------------------------------

    /** The character that quotes identifiers, doubled inside one; the standard's double quote. */
    protected char identifierQuote() {
        return '"';
    }

    /** Appends the identifier, as the {@linkplain #naming() naming strategy} writes it, quoted, to the buffer. */
    public final void quoteIdentifier(StringBuilder out, String declared) {
        String identifier = naming.databaseName(declared);
        char quote = identifierQuote();
        out.append(quote);
        if (identifier.indexOf(quote) < 0) {
            out.append(identifier).append(quote);
            return;
        }
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (c == quote) {
                out.append(quote);
            }
            out.append(c);
        }
        out.append(quote);
    }

    // ---- how values are stored (read by the JDBC layer's binders) -----------------------------

    /** How {@link SqlType#DATETIME} and {@link SqlType#DATE} values are stored. */
    public abstract DateTimeStorage dateTimeStorage();

    /** How {@link SqlType#TIMESTAMP} values are stored. */
    public abstract InstantStorage instantStorage();

    /** How decimal values are bound. */
    public abstract DecimalStorage decimalStorage();

    /** How UUID values are stored. */
    public abstract UuidStorage uuidStorage();

    /**
     * Whether text for JSON and native enum columns is bound without a declared type, so the
     * database converts it to the column's type (PostgreSQL would refuse a varchar parameter).
     */
    public boolean bindsTypedTextUntyped() {
        return false;
    }

    /** Whether text columns can store the NUL character U+0000 (PostgreSQL's cannot). */
    public boolean storesNulInText() {
        return true;
    }

    /** Whether native enum values are bound as their 1-based position in the declaration instead of their label. */
    public boolean bindsEnumsByPosition() {
        return false;
    }

    /**
     * The statements that must run before a table's CREATE TABLE, without a closing semicolon
     * (PostgreSQL's named enum types); none by default.
     */
    public List<String> typeDefinitions(Table table) {
        return List.of();
    }

    // ---- DDL hooks ---------------------------------------------------------------------------

    /** Names column types in DDL and CAST. */
    protected abstract SqlType.Visitor<String> typeNames();

    /** The DDL type of a column. */
    public String columnTypeName(Column<?> column) {
        return typeName(column.sqlType());
    }

    /**
     * The DDL name of a type.
     *
     * @throws dev.quarry.UnsupportedFeatureException if this dialect cannot store the type
     */
    public String typeName(SqlType<?> type) {
        return type.accept(typeNames());
    }

    /** The collation a column declares after its type, or null for the table's default (the default). */
    public @Nullable String columnCollation(Column<?> column) {
        return null;
    }

    /** Writes what makes a column generate its values, after its type. */
    public abstract void renderAutoIncrement(SqlWriter writer);

    /** Writes options after a CREATE TABLE's closing parenthesis. */
    public void renderTableOptions(SqlWriter writer) {
    }

    /**
     * Whether a table's indexes are declared inside its CREATE TABLE rather than created by
     * {@code CREATE INDEX} statements run right after it.
     */
    public boolean declaresIndexesInCreateTable() {
        return false;
    }

    /** Whether {@code CREATE INDEX IF NOT EXISTS} is available. */
    public boolean supportsCreateIndexIfNotExists() {
        return true;
    }

    /** Whether a literal column default is written in parentheses, as expression defaults always are. */
    public boolean parenthesizesLiteralDefaults() {
        return false;
    }

    // ---- schema changes ----------------------------------------------------------------------

    /** How a column's type, nullability or default is changed in place. */
    public AlterColumnStyle alterColumnStyle() {
        return AlterColumnStyle.ALTER_CLAUSES;
    }

    /**
     * Whether the dialect runs the change as ALTER statements; where it does not (SQLite), the
     * table is rebuilt as its new definition instead.
     */
    public boolean altersInPlace(SchemaChange change) {
        return true;
    }

    /** The words after {@code ALTER TABLE t DROP} that remove a constraint of this kind by name. */
    public String dropConstraintKeyword(ConstraintDefinition constraint) {
        return "CONSTRAINT";
    }

    /** Whether DROP INDEX names the table: {@code DROP INDEX name ON table}. */
    public boolean dropIndexNamesTable() {
        return false;
    }

    /** Whether indexes can be built without blocking writes ({@code CREATE INDEX CONCURRENTLY}). */
    public boolean supportsConcurrentIndexes() {
        return false;
    }

    /** Whether DDL runs inside transactions and rolls back with them. */
    public boolean supportsTransactionalDdl() {
        return true;
    }

    /** Writes a foreign key's action: {@code ON DELETE CASCADE}; {@code event} is ON DELETE or ON UPDATE. */
    public void renderReferenceAction(SqlWriter writer, String event, ReferenceAction action) {
        writer.keyword(event).keyword(action.sql());
    }

    /**
     * Writes a value as an SQL literal where DDL needs one, since DDL carries no bind parameters:
     * the values of a CHECK condition or a DEFAULT. NULL, integers, decimals, finite doubles,
     * strings and booleans are written, each as this dialect stores it.
     *
     * @param context what the value belongs to, for the error: "CHECK constraint ck_age"
     * @throws UnsupportedFeatureException naming the value's type for anything else
     */
    public void renderDdlLiteral(SqlWriter writer, @Nullable Object value, String context) {
        if (value == null) {
            writer.keyword("NULL");
        } else if (value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte) {
            writer.keyword(value.toString());
        } else if (value instanceof BigDecimal decimal) {
            writer.keyword(decimal.toPlainString());
        } else if (value instanceof Double number) {
            if (!Double.isFinite(number)) {
                throw unsupported("the double " + number + " in " + context, "SQL has no literal for it");
            }
            writer.keyword(number.toString());
        } else if (value instanceof String text) {
            requireDdlText(text, context);
            renderDdlStringLiteral(writer, text);
        } else if (value instanceof Boolean bool) {
            renderDdlBooleanLiteral(writer, bool);
        } else {
            throw unsupported("a " + value.getClass().getName() + " value in " + context, "DDL cannot carry bind"
                    + " parameters, and Quarry writes only numbers, strings and booleans into it as literals");
        }
    }

    /** Refuses a string that DDL, which has no bind parameters, cannot carry. */
    private void requireDdlText(String text, String context) {
        if (TextContent.hasNul(text)) {
            throw unsupported("the NUL character (U+0000) in " + context, "SQL text cannot carry it");
        }
        String unencodable = TextContent.unencodable(text);
        if (unencodable != null) {
            throw unsupported("the string in " + context + " (" + unencodable + ")", "SQL text is UTF-8");
        }
    }

    /** Writes a string literal in DDL, quotes doubled. */
    protected void renderDdlStringLiteral(SqlWriter writer, String value) {
        writer.keyword("'" + value.replace("'", "''") + "'");
    }

    /** Writes a boolean literal in DDL. */
    protected void renderDdlBooleanLiteral(SqlWriter writer, boolean value) {
        renderBooleanLiteral(writer, value);
    }

    /** Writes a boolean literal. */
    public void renderBooleanLiteral(SqlWriter writer, boolean value) {
        writer.keyword(value ? "TRUE" : "FALSE");
    }
}
