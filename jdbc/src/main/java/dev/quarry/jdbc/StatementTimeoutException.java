package dev.quarry.jdbc;

import org.jspecify.annotations.Nullable;

/** A statement ran longer than its timeout and was cancelled on the server. */
public class StatementTimeoutException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    public StatementTimeoutException(String message, String sql, @Nullable Throwable cause) {
        super(message, sql, cause);
    }
}
