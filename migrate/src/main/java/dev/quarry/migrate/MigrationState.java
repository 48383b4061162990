package dev.quarry.migrate;

/** Where a migration stands, as {@link Migrator#status()} reports it. */
public enum MigrationState {
    /** Applied successfully, and its script is unchanged. */
    APPLIED,
    /** Known and not applied yet. */
    PENDING,
    /** Its run failed and left the database partly changed; see {@link Migrator#repair()}. */
    FAILED,
    /** Applied, but no location or code migration provides it any more. */
    MISSING,
    /** Applied, but its up script changed since. */
    CHECKSUM_MISMATCH,
    /** The baseline row: everything up to it counts as applied. */
    BASELINE,
    /** Known, not applied, at or below the baseline: it counts as applied and never runs. */
    BELOW_BASELINE
}
