package dev.quarry.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index by name. Immutable.
 *
 * @param name the index's name
 * @param table the indexed table's name
 * @param columns the indexed column names in index order, at least one
 * @param unique whether the index rejects duplicate keys
 */
public record IndexDefinition(String name, String table, List<String> columns, boolean unique) {
    public IndexDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        columns = Definitions.columnNames(columns, "index " + name);
    }
}
