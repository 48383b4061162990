package dev.quarry.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * A row would have repeated a value a unique constraint or primary key allows once.
 */
public class UniqueViolationException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    public UniqueViolationException(String message, @Nullable String sql, @Nullable Throwable cause, @Nullable String constraint,
            @Nullable String column) {
        super(message, sql, cause, constraint, column);
    }
}
