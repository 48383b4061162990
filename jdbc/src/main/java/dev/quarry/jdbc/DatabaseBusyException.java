package dev.quarry.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * SQLite's database was locked by another connection for longer than the busy timeout
 * ({@code SQLITE_BUSY}, {@code SQLITE_LOCKED}). Transient.
 */
public class DatabaseBusyException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    public DatabaseBusyException(String message, @Nullable String sql, @Nullable Throwable cause) {
        super(message, sql, cause);
    }

    /** Always: running the transaction again may succeed. */
    @Override
    public boolean isTransient() {
        return true;
    }
}
