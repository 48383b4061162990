package dev.quarry.jdbc.internal;

import dev.quarry.sql.Column;
import dev.quarry.sql.Expression;
import org.jspecify.annotations.Nullable;

/**
 * How a record component or a Kotlin property is matched to a column by name: it takes the column
 * (or the selected expression's alias) whose name equals its own, or whose snake_case name becomes
 * its own in camelCase ({@code manager_id} ↔ {@code managerId}). The match is case-sensitive apart
 * from that conversion. Stateless.
 */
public final class SelectedNames {
    private SelectedNames() {
    }

    /** The name a selected expression has in a result row: the column's name or the alias; null if it has none. */
    public static @Nullable String outputName(Expression<?> expression) {
        if (expression instanceof Column<?> column) {
            return column.name();
        }
        if (expression instanceof Expression.Aliased<?> aliased) {
            return aliased.alias();
        }
        return null;
    }

    /** Whether a component or property of this name takes a column of that name. */
    public static boolean matches(String componentName, String columnName) {
        return componentName.equals(columnName) || componentName.equals(camelCase(columnName));
    }

    /**
     * A snake_case name in camelCase: each underscore is dropped and the letter after it
     * upper-cased; {@code manager_id} becomes {@code managerId}. Other characters are kept.
     */
    public static String camelCase(String snakeCase) {
        if (snakeCase.indexOf('_') < 0) {
            return snakeCase;
        }
        StringBuilder camel = new StringBuilder(snakeCase.length());
        boolean upper = false;
        for (int i = 0; i < snakeCase.length(); i++) {
            char c = snakeCase.charAt(i);
            if (c == '_') {
                upper = camel.length() > 0;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }
}
