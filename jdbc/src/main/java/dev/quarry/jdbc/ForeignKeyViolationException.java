package dev.quarry.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * A row would have referred to a missing row, or a referred row would have been removed or changed.
 */
public class ForeignKeyViolationException extends ConstraintViolationException {
    private static final long serialVersionUID = 1L;

    public ForeignKeyViolationException(String message, @Nullable String sql, @Nullable Throwable cause, @Nullable String constraint,
            @Nullable String column) {
        super(message, sql, cause, constraint, column);
    }
}
