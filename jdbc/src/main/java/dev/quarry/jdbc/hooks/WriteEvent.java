package dev.quarry.jdbc.hooks;

import dev.quarry.jdbc.Transaction;
import dev.quarry.sql.Column;
import dev.quarry.sql.Statement;
import dev.quarry.sql.Table;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One insert, update or delete as its {@link WriteHook}s see it. Valid during the hook's call only;
 * not thread-safe (a hook runs on one thread).
 */
public interface WriteEvent {
    /** The transaction the write runs in; a hook may run statements of its own in it. */
    Transaction transaction();

    /** What the write does. */
    WriteKind kind();

    /** The table written. */
    Table table();

    /**
     * The statement as it runs: an {@link dev.quarry.sql.Insert} (with its client defaults
     * supplied), an {@link dev.quarry.sql.Update} or a {@link dev.quarry.sql.Delete}, with the
     * assignments added by hooks before it.
     */
    Statement statement();

    /**
     * The plain values written, column by column, in the columns' order of the statement: one map
     * per row of an insert of values, one map of the assigned values of an update, none for a
     * delete or an INSERT … SELECT. Values the database computes (expressions) are left out.
     */
    List<Map<Column<?>, @Nullable Object>> values();

    /** Whether the hook runs before the write is sent; false after it ran. */
    boolean isBefore();

    /** The number of rows the write affected, as the driver counts them; -1 before it ran. */
    long affectedRows();

    /**
     * Adds an assignment to the write, replacing one of the same column: on every row of an
     * insert of values, or to the SET clause of an update ({@code event.set(USERS.updatedAt, now)}).
     * The value is checked against the column and then validated with the rest.
     *
     * @throws IllegalStateException after the write, for a delete, or for an INSERT … SELECT
     * @throws dev.quarry.InvalidValueException if the value does not fit the column
     * @throws IllegalArgumentException if the column belongs to another table
     */
    <T extends @Nullable Object> WriteEvent set(Column<T> column, @Nullable T value);
}
