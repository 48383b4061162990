package dev.quarry.jdbc.observation;

/** What a nested transaction did with its savepoint. */
public enum SavepointAction {
    /** Set it, as the nested transaction began. */
    SET,
    /** Rolled back to it: the nested transaction failed and its work was undone. */
    ROLLED_BACK,
    /** Released it: the nested transaction succeeded. */
    RELEASED
}
