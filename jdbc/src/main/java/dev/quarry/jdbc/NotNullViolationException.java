package dev.quarry.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * NULL was written to a non-null column by SQL Quarry did not check first (SQL by hand, a default).
 */
public class NotNullViolationException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    public NotNullViolationException(String message, @Nullable String sql, @Nullable Throwable cause, @Nullable String constraint,
            @Nullable String column) {
        super(message, sql, cause, constraint, column);
    }
}
