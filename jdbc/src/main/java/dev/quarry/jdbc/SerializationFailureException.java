package dev.quarry.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * A concurrent transaction changed what this one read: PostgreSQL's serialization failure,
 * MariaDB's "record changed" under snapshot isolation, SQLite's stale snapshot. Transient.
 */
public class SerializationFailureException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    public SerializationFailureException(String message, @Nullable String sql, @Nullable Throwable cause) {
        super(message, sql, cause);
    }

    /** Always: running the transaction again may succeed. */
    @Override
    public boolean isTransient() {
        return true;
    }
}
