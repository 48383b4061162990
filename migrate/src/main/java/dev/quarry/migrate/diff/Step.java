package dev.quarry.migrate.diff;

/** A planned change and the phase that orders it among the others. */
record Step(Phase phase, PlannedChange change) {

    /** The phases of a plan, in the order they run. */
    enum Phase {
        RENAME,
        DROP_FOREIGN_KEY,
        DROP_CONSTRAINT,
        CREATE_TABLE,
        ADD_COLUMN,
        ALTER_COLUMN,
        REBUILD_TABLE,
        DROP_COLUMN,
        ADD_CONSTRAINT,
        CREATE_INDEX,
        ADD_FOREIGN_KEY,
        DROP_TABLE
    }
}
