package dev.quarry.schema;

import java.util.Objects;

/**
 * {@code CONSTRAINT name CHECK (sql)} by name. Immutable.
 *
 * @param name the constraint's name
 * @param sql the condition as SQL text, without the surrounding parentheses
 */
public record CheckDefinition(String name, String sql) implements ConstraintDefinition {
    public CheckDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
    }
}
