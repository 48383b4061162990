package dev.quarry.schema;

import dev.quarry.sql.ReferenceAction;
import java.util.List;
import java.util.Objects;

/**
 * A foreign key by name. Immutable.
 *
 * @param name the constraint's name
 * @param columns the referencing column names
 * @param referencedTable the referenced table's name
 * @param referencedColumns the referenced column names, as many as {@code columns}
 * @param onDelete the action when a referenced row is deleted
 * @param onUpdate the action when a referenced key changes
 */
public record ForeignKeyDefinition(String name, List<String> columns, String referencedTable,
        List<String> referencedColumns, ReferenceAction onDelete, ReferenceAction onUpdate)
        implements ConstraintDefinition {

    public ForeignKeyDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(referencedTable, "referencedTable");
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        columns = Definitions.columnNames(columns, "foreign key " + name);
        referencedColumns = Definitions.columnNames(referencedColumns, "foreign key " + name);
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " has " + columns.size()
                    + " columns but references " + referencedColumns.size());
        }
    }
}
