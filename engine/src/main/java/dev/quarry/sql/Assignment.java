package dev.quarry.sql;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code column = value} in an INSERT or UPDATE.
 *
 * @param column the column written
 * @param value what is written, usually a {@link Expression.Param}
 */
public record Assignment<T extends @Nullable Object>(Column<T> column, Expression<T> value) {
    public Assignment {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
    }

    /** {@code column = excluded.column}: in an upsert, the value the insert proposed. */
    public static <T extends @Nullable Object> Assignment<T> excluded(Column<T> column) {
        return new Assignment<>(column, new Expression.Excluded<>(column));
    }

    /** Assigns a value after checking it against the column. */
    public static <T extends @Nullable Object> Assignment<T> of(Column<T> column, @org.jspecify.annotations.Nullable T value) {
        return new Assignment<>(column, new Expression.Param<>(column.validate(value), column.sqlType()));
    }
}
