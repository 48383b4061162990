package dev.quarry.sql;

import java.util.Objects;

/**
 * Row locking of a select: {@code FOR UPDATE} or {@code FOR SHARE}, waiting, not waiting
 * ({@code NOWAIT}) or skipping locked rows ({@code SKIP LOCKED}). SQLite has no row locks;
 * rendering a lock there fails with a clear error.
 */
public record Lock(Mode mode, OnLocked onLocked) {
    public Lock {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(onLocked, "onLocked");
    }

    public enum Mode {
        UPDATE,
        SHARE
    }

    /** What to do about rows another transaction has locked. */
    public enum OnLocked {
        WAIT,
        NOWAIT,
        SKIP_LOCKED
    }
}
