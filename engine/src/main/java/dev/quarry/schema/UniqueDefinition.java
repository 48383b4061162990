package dev.quarry.schema;

import java.util.List;
import java.util.Objects;

/**
 * {@code CONSTRAINT name UNIQUE (columns…)} by name. Immutable.
 *
 * @param name the constraint's name
 * @param columns the column names in key order, at least one
 */
public record UniqueDefinition(String name, List<String> columns) implements ConstraintDefinition {
    public UniqueDefinition {
        Objects.requireNonNull(name, "name");
        columns = Definitions.columnNames(columns, "unique constraint " + name);
    }
}
