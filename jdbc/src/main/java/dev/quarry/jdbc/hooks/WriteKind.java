package dev.quarry.jdbc.hooks;

/** What a write does to its table. An upsert and an INSERT … SELECT are inserts. */
public enum WriteKind {
    /** {@code INSERT}, an upsert or an {@code INSERT … SELECT}. */
    INSERT,
    /** {@code UPDATE}. */
    UPDATE,
    /** {@code DELETE}. */
    DELETE
}
