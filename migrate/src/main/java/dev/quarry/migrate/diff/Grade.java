package dev.quarry.migrate.diff;

/** How dangerous a schema change is to the data and to the applications using it. */
public enum Grade {
    /** Loses nothing and cannot fail on existing data: create a table, add a nullable column, create an index. */
    SAFE,
    /**
     * Loses nothing but may fail on existing data or take locks: a NOT NULL column with a default, a
     * wider type, a new foreign key, unique or check constraint.
     */
    CAUTION,
    /** Loses data: drop a table or column, narrow or change a type. Refused unless allowed. */
    DESTRUCTIVE;

    /** The more dangerous of two grades. */
    public Grade max(Grade other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
