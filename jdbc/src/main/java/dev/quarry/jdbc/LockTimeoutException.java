package dev.quarry.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * A lock was not granted in time (a lock wait timeout), or at once where the statement said not
 * to wait (NOWAIT). Transient.
 */
public class LockTimeoutException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    public LockTimeoutException(String message, @Nullable String sql, @Nullable Throwable cause) {
        super(message, sql, cause);
    }

    /** Always: running the transaction again may succeed. */
    @Override
    public boolean isTransient() {
        return true;
    }
}
