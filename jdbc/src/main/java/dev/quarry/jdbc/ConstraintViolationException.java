package dev.quarry.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * A statement broke a constraint of the database; nothing of it was written. The subclass says
 * which kind; {@link #constraint()} and {@link #column()} name what the database named. Not
 * transient: running it again would fail the same way.
 */
public class ConstraintViolationException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    private final @Nullable String constraint;
    private final @Nullable String column;

    public ConstraintViolationException(String message, @Nullable String sql, @Nullable Throwable cause,
            @Nullable String constraint, @Nullable String column) {
        super(message, sql, cause);
        this.constraint = constraint;
        this.column = column;
    }

    /**
     * The violated constraint's name, or null where the database does not name it (SQLite's
     * unique, primary key and foreign key violations, not-null violations).
     */
    public @Nullable String constraint() {
        return constraint;
    }

    /** The column concerned, where the database names it (not-null violations, SQLite's unique ones), or null. */
    public @Nullable String column() {
        return column;
    }
}
