package dev.quarry.migrate.codegen;

import dev.quarry.sql.ReferenceAction;
import java.util.List;

/**
 * One table as generated code declares it; constraints name columns by property.
 *
 * @param className the Kotlin object's or Java class's name
 */
record TableSpec(String className, String tableName, List<ColumnSpec> columns, List<String> primaryKey,
        List<Constraint> uniques, List<Index> indexes, List<ForeignKey> foreignKeys, List<Check> checks) {

    /** A unique constraint. */
    record Constraint(String name, List<String> properties) {
    }

    /** An index, unique or not. */
    record Index(String name, List<String> properties, boolean unique) {
    }

    /**
     * A foreign key.
     *
     * @param referencedClass the referenced table's class; this class for a key to the same table
     */
    record ForeignKey(String name, List<String> properties, String referencedClass, List<String> referencedProperties,
            ReferenceAction onDelete, ReferenceAction onUpdate) {
    }

    /** A check constraint, its condition as the database wrote it. */
    record Check(String name, String sql) {
    }
}
