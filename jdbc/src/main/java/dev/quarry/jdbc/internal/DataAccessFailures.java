package dev.quarry.jdbc.internal;

import dev.quarry.dialect.DatabaseFailure;
import dev.quarry.dialect.Dialect;
import dev.quarry.jdbc.CheckViolationException;
import dev.quarry.jdbc.ConnectionLostException;
import dev.quarry.jdbc.DataAccessException;
import dev.quarry.jdbc.DatabaseBusyException;
import dev.quarry.jdbc.DeadlockException;
import dev.quarry.jdbc.ForeignKeyViolationException;
import dev.quarry.jdbc.LockTimeoutException;
import dev.quarry.jdbc.NotNullViolationException;
import dev.quarry.jdbc.SerializationFailureException;
import dev.quarry.jdbc.UniqueViolationException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** Turns a driver's {@link SQLException} into the {@link DataAccessException} its dialect says it is. Stateless. */
public final class DataAccessFailures {
    private DataAccessFailures() {
    }

    /**
     * The typed failure for a driver error.
     *
     * @param message what failed, for the exception's message
     * @param sql the statement that failed, or null
     */
    public static DataAccessException of(Dialect dialect, String message, @Nullable String sql, SQLException cause) {
        return of(dialect, message, sql, cause, classify(dialect, cause));
    }

    /** The typed failure for a driver error the dialect has already classified. */
    static DataAccessException of(Dialect dialect, String message, @Nullable String sql, SQLException cause, DatabaseFailure failure) {
        return switch (failure.kind()) {
            case UNIQUE_VIOLATION -> new UniqueViolationException(message, sql, cause, failure.constraint(), failure.column());
            case FOREIGN_KEY_VIOLATION -> new ForeignKeyViolationException(message, sql, cause, failure.constraint(), failure.column());
            case CHECK_VIOLATION -> new CheckViolationException(message, sql, cause, failure.constraint(), failure.column());
            case NOT_NULL_VIOLATION -> new NotNullViolationException(message, sql, cause, failure.constraint(), failure.column());
            case SERIALIZATION_FAILURE -> new SerializationFailureException(message, sql, cause);
            case DEADLOCK -> new DeadlockException(message, sql, cause);
            case LOCK_TIMEOUT -> new LockTimeoutException(message, sql, cause);
            case BUSY -> new DatabaseBusyException(message, sql, cause);
            case CONNECTION_LOST -> new ConnectionLostException(message, sql, cause);
            case OTHER -> new DataAccessException(message, sql, cause);
        };
    }

    /** What the dialect makes of a driver error. */
    static DatabaseFailure classify(Dialect dialect, SQLException error) {
        String message = error.getMessage();
        return dialect.classifyFailure(error.getSQLState(), error.getErrorCode(), message == null ? "" : message);
    }
}
