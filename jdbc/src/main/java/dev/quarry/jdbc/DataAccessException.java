package dev.quarry.jdbc;

import dev.quarry.QuarryException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The database or its driver failed while running a statement, or while opening, committing or
 * rolling back a transaction. The message says what failed and on which database; the cause is the
 * driver's {@link SQLException}. Bind values are left out of the message; they may be secret.
 *
 * <p>Failures the databases report in their own ways are told apart by subclass, the same on every
 * database: {@link ConstraintViolationException} (unique, foreign key, check, not null),
 * {@link SerializationFailureException}, {@link DeadlockException}, {@link LockTimeoutException},
 * {@link DatabaseBusyException}, {@link ConnectionLostException}, and
 * {@link CommitOutcomeUnknownException}. {@link #isTransient()} says whether running the
 * transaction again may succeed.
 */
public class DataAccessException extends QuarryException {
    private static final long serialVersionUID = 1L;

    private final @Nullable String sql;
    private final @Nullable String sqlState;
    private final int errorCode;

    public DataAccessException(String message, @Nullable String sql, @Nullable Throwable cause) {
        super(message, cause);
        this.sql = sql;
        this.sqlState = cause instanceof SQLException e ? e.getSQLState() : null;
        this.errorCode = cause instanceof SQLException e ? e.getErrorCode() : 0;
    }

    /** The statement that failed, or null if the failure was not in a statement. */
    public @Nullable String sql() {
        return sql;
    }

    /** The SQLSTATE the driver reported, or null. */
    public @Nullable String sqlState() {
        return sqlState;
    }

    /** The vendor error code the driver reported, or 0. */
    public int errorCode() {
        return errorCode;
    }

    /**
     * Whether running the whole transaction again may succeed: true for serialization failures,
     * deadlocks, lock timeouts, a busy SQLite database and lost connections, which a
     * {@link RetryPolicy} retries; false for everything else.
     */
    public boolean isTransient() {
        return false;
    }
}
