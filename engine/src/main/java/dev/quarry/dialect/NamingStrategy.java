package dev.quarry.dialect;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;

/**
 * How the names a schema declares (tables, columns, constraints, indexes, aliases) are written in
 * the database, for a schema whose naming differs by database: {@code invoice_lines} declared once,
 * {@code "InvoiceLines"} on a MySQL schema and {@code invoice_lines} on PostgreSQL. A database
 * opened with a strategy ({@code DatabaseConfig.Builder.naming}) renders every identifier through
 * it: queries, writes, DDL and the migration module's definitions alike.
 *
 * <p>A strategy must be idempotent (a name it produced maps to itself), since a name may pass
 * through it more than once, and must map different names to different names. Implementations
 * are immutable and thread-safe.
 */
@FunctionalInterface
public interface NamingStrategy {

    /** Names as declared. */
    NamingStrategy AS_DECLARED = declared -> declared;

    /** snake_case as UpperCamelCase: {@code invoice_lines} is {@code InvoiceLines}, {@code unit_price} {@code UnitPrice}. */
    NamingStrategy UPPER_CAMEL = declared -> camel(declared, true);

    /** snake_case as lowerCamelCase: {@code unit_price} is {@code unitPrice}. */
    NamingStrategy LOWER_CAMEL = declared -> camel(declared, false);

    /** The name of a declared name in the database. */
    String databaseName(String declared);

    /**
     * This strategy with names given one by one, for the exceptions to a rule:
     * {@code UPPER_CAMEL.withNames(Map.of("sku", "SKU"))}. A given name is used as it is.
     *
     * @throws IllegalArgumentException if two declared names are given the same database name
     */
    default NamingStrategy withNames(Map<String, String> names) {
        Map<String, String> given = Map.copyOf(names);
        if (new HashSet<>(given.values()).size() != given.size()) {
            throw new IllegalArgumentException("several declared names are given the same database name: " + given);
        }
        NamingStrategy rule = this;
        return declared -> {
            String named = given.get(Objects.requireNonNull(declared, "declared"));
            return named != null ? named : given.containsValue(declared) ? declared : rule.databaseName(declared);
        };
    }

    private static String camel(String declared, boolean upperFirst) {
        StringBuilder out = new StringBuilder(declared.length());
        boolean upperNext = upperFirst;
        for (int i = 0; i < declared.length(); i++) {
            char c = declared.charAt(i);
            if (c == '_') {
                if (i > 0 && i < declared.length() - 1) {
                    upperNext = true;
                } else {
                    out.append(c);
                }
            } else if (upperNext) {
                out.append(Character.toUpperCase(c));
                upperNext = false;
            } else {
                out.append(out.length() == 0 && !upperFirst ? Character.toLowerCase(c) : c);
            }
        }
        return out.toString();
    }
}
