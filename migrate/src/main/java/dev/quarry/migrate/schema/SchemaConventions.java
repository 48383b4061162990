package dev.quarry.migrate.schema;

import dev.quarry.dialect.Dialect;
import dev.quarry.schema.ColumnDefinition;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How a dialect's catalogs spell what its DDL wrote, so that a declared definition and a live one
 * compare equal when the database holds what the declaration asks for: canonical type names
 * ({@code VARCHAR(64)} is {@code character varying(64)} on PostgreSQL, {@code INT} is
 * {@code int(11)} on MariaDB) and canonical defaults (casts, parentheses, spacing and letter case
 * outside string literals do not count). Immutable.
 */
public enum SchemaConventions {
    POSTGRESQL(Map.ofEntries(Map.entry("varchar", "character varying"), Map.entry("char", "character"),
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("int8", "bigint"),
            Map.entry("int2", "smallint"), Map.entry("float8", "double precision"), Map.entry("float4", "real"),
            Map.entry("bool", "boolean"), Map.entry("decimal", "numeric"),
            Map.entry("timestamp", "timestamp without time zone"), Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("time", "time without time zone"), Map.entry("timetz", "time with time zone")), false),
    MYSQL(Map.of("integer", "int", "boolean", "tinyint(1)", "bool", "tinyint(1)", "json", "longtext"), true),
    SQLITE(Map.of(), false);

    private static final Pattern CHARACTER_LIMIT = Pattern.compile(
            "(?i)^\\s*(?:varchar|character varying|char|character|nvarchar|nchar)\\s*\\(\\s*(\\d+)\\s*\\)");
    private static final Pattern DISPLAY_WIDTH = Pattern.compile("\\b(smallint|mediumint|int|bigint)\\(\\d+\\)");

    private final Map<String, String> typeAliases;
    private final boolean uniqueIndexesAreConstraints;

    SchemaConventions(Map<String, String> typeAliases, boolean uniqueIndexesAreConstraints) {
        this.typeAliases = typeAliases;
        this.uniqueIndexesAreConstraints = uniqueIndexesAreConstraints;
    }

    /** The conventions of a dialect. */
    public static SchemaConventions of(Dialect dialect) {
        return switch (dialect.name()) {
            case "postgresql" -> POSTGRESQL;
            case "mysql", "mariadb" -> MYSQL;
            default -> SQLITE;
        };
    }

    /** Whether a unique index and a unique constraint are the same thing (MySQL, MariaDB). */
    public boolean uniqueIndexesAreConstraints() {
        return uniqueIndexesAreConstraints;
    }

    /**
     * Whether adding a NOT NULL column without a default to a table with rows fills them with the
     * type's implicit default (0, the empty string) instead of failing: MySQL and MariaDB do.
     */
    public boolean fillsNewNotNullColumnsImplicitly() {
        return this == MYSQL;
    }

    /** Whether a live column is what the declared one asks for. */
    public boolean sameColumn(ColumnDefinition live, ColumnDefinition declared) {
        return type(live.type()).equals(type(declared.type())) && Objects.equals(live.collation(), declared.collation())
                && live.nullable() == declared.nullable() && live.autoIncrement() == declared.autoIncrement()
                && Objects.equals(defaultSql(live.defaultSql()), defaultSql(declared.defaultSql()));
    }

    /** The declared length of a character type name, 0 for other types. */
    static int characterLimit(String type) {
        Matcher matcher = CHARACTER_LIMIT.matcher(type);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /** A type name in the form the catalogs report it. */
    public String type(String type) {
        String canonical = type.toLowerCase(Locale.ROOT).replace("\"", "").replaceAll("\\s+", " ").trim()
                .replaceAll("\\s*,\\s*", ",").replaceAll("\\s*\\(\\s*", "(").replaceAll("\\s*\\)", ")");
        int end = canonical.length();
        for (int i = 0; i < canonical.length(); i++) {
            if (canonical.charAt(i) == '(' || canonical.charAt(i) == '[') {
                end = i;
                break;
            }
        }
        String base = canonical.substring(0, end);
        String alias = typeAliases.get(base);
        if (alias != null) {
            canonical = alias + canonical.substring(end);
        }
        if (this == MYSQL) {
            canonical = DISPLAY_WIDTH.matcher(canonical).replaceAll("$1");
        }
        return canonical;
    }

    /**
     * A default's SQL in comparable form: casts ({@code ::text}), parentheses and whitespace
     * outside string literals removed, letters outside them lower-cased, and on MySQL booleans as
     * the numbers they are stored as.
     */
    public @Nullable String defaultSql(@Nullable String sql) {
        if (sql == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'') {
                int close = sql.indexOf('\'', i + 1);
                while (close >= 0 && close + 1 < sql.length() && sql.charAt(close + 1) == '\'') {
                    close = sql.indexOf('\'', close + 2);
                }
                close = close < 0 ? sql.length() - 1 : close;
                out.append(sql, i, close + 1);
                i = close + 1;
            } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                i += 2;
                while (i < sql.length() && isCastCharacter(sql.charAt(i))) {
                    i++;
                }
            } else {
                if (!Character.isWhitespace(c) && c != '(' && c != ')') {
                    out.append(Character.toLowerCase(c));
                }
                i++;
            }
        }
        String canonical = out.toString();
        if (this == MYSQL) {
            canonical = canonical.equals("true") ? "1" : canonical.equals("false") ? "0" : canonical;
        }
        return canonical;
    }

    private static boolean isCastCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == ' ' || c == '"' || c == '(' || c == ')' || c == ','
                || c == '[' || c == ']';
    }
}
