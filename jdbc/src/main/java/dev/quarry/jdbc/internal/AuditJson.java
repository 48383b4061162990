package dev.quarry.jdbc.internal;

import dev.quarry.render.Bind;
import dev.quarry.sql.Column;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes the JSON objects of the audit log's images and keys (see
 * {@link dev.quarry.jdbc.audit.AuditLog} for the shape): columns by name in the order given, a
 * sensitive column's value masked. Stateless; thread-safe.
 */
final class AuditJson {
    private AuditJson() {
    }

    /** The object of the columns' values, read with {@code valueOf}. */
    static String object(List<? extends Column<?>> columns, Map<Column<?>, @Nullable Object> values) {
        StringBuilder json = new StringBuilder(32 * columns.size() + 2).append('{');
        for (Column<?> column : columns) {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, column.name());
            json.append(':');
            if (column.isSensitive()) {
                string(json, Bind.MASK);
            } else {
                value(json, values.get(column));
            }
        }
        return json.append('}').toString();
    }

    private static void value(StringBuilder json, @Nullable Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof Boolean) {
            json.append(value);
        } else if (value instanceof BigDecimal decimal) {
            json.append(decimal.toPlainString());
        } else if (value instanceof Double number && !number.isNaN() && !number.isInfinite()
                || value instanceof Float single && !single.isNaN() && !single.isInfinite()
                || value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte || value instanceof java.math.BigInteger) {
            json.append(value);
        } else if (value instanceof byte[] bytes) {
            string(json, Base64.getEncoder().encodeToString(bytes));
        } else if (value instanceof Enum<?> constant) {
            string(json, constant.name());
        } else {
            string(json, String.valueOf(value));
        }
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
