package dev.quarry.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * The database broke a deadlock by failing this transaction. Transient.
 */
public class DeadlockException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    public DeadlockException(String message, @Nullable String sql, @Nullable Throwable cause) {
        super(message, sql, cause);
    }

    /** Always: running the transaction again may succeed. */
    @Override
    public boolean isTransient() {
        return true;
    }
}
