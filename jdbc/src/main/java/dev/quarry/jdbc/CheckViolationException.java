package dev.quarry.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * A row failed a CHECK constraint (also Quarry's own, such as SQLite's varchar length check).
 */
public class CheckViolationException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    public CheckViolationException(String message, @Nullable String sql, @Nullable Throwable cause, @Nullable String constraint,
            @Nullable String column) {
        super(message, sql, cause, constraint, column);
    }
}
