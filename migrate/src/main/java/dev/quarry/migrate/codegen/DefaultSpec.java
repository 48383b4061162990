package dev.quarry.migrate.codegen;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A column default as generated code declares it: a literal value ({@code defaultValue(0)}) or the
 * database's own SQL ({@code defaultExpression(Functions.sql("CURRENT_TIMESTAMP", …))}).
 *
 * @param literal a {@link String}, {@link Long}, {@link BigDecimal} or {@link Boolean}; null for raw SQL
 * @param sql the default as the catalogs report it
 */
record DefaultSpec(@Nullable Object literal, String sql) {
    private static final Pattern CAST = Pattern.compile("^(.*?)::[a-z_ \"]+(\\(\\d+(,\\s*\\d+)?\\))?(\\[\\])?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("^'((?:[^']|'')*)'$", Pattern.DOTALL);
    private static final Pattern INTEGER = Pattern.compile("^-?\\d{1,18}$");
    private static final Pattern DECIMAL = Pattern.compile("^-?\\d+\\.\\d+$");

    /** A constant of the column's enum class, written as {@code Status.ACTIVE}. */
    record EnumConstant(String name) {
    }

    static DefaultSpec raw(String sql) {
        return new DefaultSpec(null, sql);
    }

    /** The literal the default's SQL spells, or a raw default when it is no plain literal. */
    static DefaultSpec parse(String sql) {
        String value = sql.trim();
        Matcher cast = CAST.matcher(value);
        if (cast.matches()) {
            value = cast.group(1).trim();
        }
        while (value.startsWith("(") && value.endsWith(")")) {
            value = value.substring(1, value.length() - 1).trim();
        }
        Matcher string = STRING.matcher(value);
        if (string.matches()) {
            return new DefaultSpec(string.group(1).replace("''", "'"), sql);
        }
        if (INTEGER.matcher(value).matches()) {
            return new DefaultSpec(Long.parseLong(value), sql);
        }
        if (DECIMAL.matcher(value).matches()) {
            return new DefaultSpec(new BigDecimal(value), sql);
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return new DefaultSpec(Boolean.parseBoolean(value), sql);
        }
        return raw(sql);
    }

    boolean isRaw() {
        return literal == null;
    }
}
