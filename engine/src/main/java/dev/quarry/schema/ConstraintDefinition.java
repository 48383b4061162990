package dev.quarry.schema;

/** A table constraint that is added or dropped by name: unique, foreign key or check. */
public sealed interface ConstraintDefinition permits UniqueDefinition, ForeignKeyDefinition, CheckDefinition {
    /** The constraint's name. */
    String name();
}
