package dev.quarry.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * A statement ran longer than its timeout and was cancelled on the server; its transaction can
 * only roll back. {@link #sql()} is the statement, or null when a later statement or the commit was
 * refused because of it.
 */
public class StatementTimeoutException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    public StatementTimeoutException(String message, @Nullable String sql, @Nullable Throwable cause) {
        super(message, sql, cause);
    }
}
