package dev.quarry.sql;

/**
 * What a foreign key does to the referencing rows when the row they reference is deleted or its
 * key is updated.
 */
public enum ReferenceAction {
    /** Rejects the change if referencing rows remain at the end of the statement (the default). */
    NO_ACTION("NO ACTION"),
    /** Rejects the change at once if referencing rows exist. */
    RESTRICT("RESTRICT"),
    /** Deletes the referencing rows, or updates their key along. */
    CASCADE("CASCADE"),
    /** Sets the referencing columns to NULL; they must be nullable. */
    SET_NULL("SET NULL"),
    /** Sets the referencing columns to their database defaults (not available on MySQL and MariaDB). */
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferenceAction(String sql) {
        this.sql = sql;
    }

    /** The action as written after ON DELETE / ON UPDATE. */
    public String sql() {
        return sql;
    }
}
