package dev.quarry.dialect;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a failure reported by a database means, as its dialect reads the SQLSTATE, the vendor code
 * and, where the database says no more, the message: the kind, and the constraint and column
 * concerned where the database names them.
 *
 * @param kind what went wrong
 * @param constraint the violated constraint's name, or null when the database does not say
 * @param column the column concerned, or null when the database does not say
 */
public record DatabaseFailure(Kind kind, @Nullable String constraint, @Nullable String column) {
    public DatabaseFailure {
        Objects.requireNonNull(kind, "kind");
    }

    /** A failure of a kind the database says nothing more about. */
    public static DatabaseFailure of(Kind kind) {
        return new DatabaseFailure(kind, null, null);
    }

    /** Whether running the whole transaction again may succeed. */
    public boolean isTransient() {
        return kind.isTransient();
    }

    /** The kinds of failure Quarry tells apart. */
    public enum Kind {
        UNIQUE_VIOLATION(false),
        FOREIGN_KEY_VIOLATION(false),
        CHECK_VIOLATION(false),
        NOT_NULL_VIOLATION(false),
        /** A concurrent transaction changed what this one read (serialization failure, a stale snapshot). */
        SERIALIZATION_FAILURE(true),
        DEADLOCK(true),
        /** A lock was not granted in time, or at once where the statement asked not to wait. */
        LOCK_TIMEOUT(true),
        /** SQLite's database file was locked by another connection past the busy timeout. */
        BUSY(true),
        /** The connection is gone: the server ended the session, restarted, or the network failed. */
        CONNECTION_LOST(true),
        OTHER(false);

        private final boolean transientKind;

        Kind(boolean transientKind) {
            this.transientKind = transientKind;
        }

        /** Whether running the whole transaction again may succeed. */
        public boolean isTransient() {
            return transientKind;
        }
    }
}
