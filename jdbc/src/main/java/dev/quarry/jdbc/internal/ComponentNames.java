package dev.quarry.jdbc.internal;

import dev.quarry.sql.Column;
import dev.quarry.sql.Expression;
import org.jspecify.annotations.Nullable;

/**
 * How record components are matched to columns by name: a component takes the column (or the
 * selected expression's alias) whose name equals the component's name, or whose snake_case name
 * becomes the component's name in camelCase ({@code manager_id} ↔ {@code managerId}). The match is
 * case-sensitive apart from that conversion. Stateless.
 */
final class ComponentNames {
    private ComponentNames() {
    }

    /** The name a selected expression has in a result row: the column's name or the alias; null if it has none. */
    static @Nullable String outputName(Expression<?> expression) {
        if (expression instanceof Column<?> column) {
            return column.name();
        }
        if (expression instanceof Expression.Aliased<?> aliased) {
            return aliased.alias();
        }
        return null;
    }

    /** Whether a component of this name takes a column of that name. */
    static boolean matches(String componentName, String columnName) {
        return componentName.equals(columnName) || componentName.equals(camelCase(columnName));
    }

    /**
     * A snake_case name in camelCase: each underscore is dropped and the letter after it
     * upper-cased; {@code manager_id} becomes {@code managerId}. Other characters are kept.
     */
    static String camelCase(String snakeCase) {
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
