package dev.quarry.sql;

import dev.quarry.InvalidQueryException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The values of one row of a multi-row insert, set column by column and added to an insert with
 * {@link Insert#addRowsOf(List)}. Each value is checked against its column when set, and each
 * column must belong to the row's table and be set once, as with {@link Insert#set}. Unlike the
 * statement tree this is a builder: {@code set} changes the row and returns it. Not thread-safe;
 * meant to be filled by one thread and handed over once filled.
 */
public final class InsertRow {
    private final Table table;
    private Assignment<?>[] assignments;
    private int size;

    /** An empty row of the table. */
    public InsertRow(Table table) {
        this.table = Objects.requireNonNull(table, "table");
        this.assignments = new Assignment<?>[table.columns().size()];
    }

    /** The table whose row this is. */
    public Table table() {
        return table;
    }

    /** Sets a column's value. */
    public <T extends @Nullable Object> InsertRow set(Column<T> column, @Nullable T value) {
        return set(Assignment.of(column, value));
    }

    /** Sets a nullable column to NULL (where {@code set(column, null)} is ambiguous). */
    public InsertRow setNull(Column<?> column) {
        return set(Assignment.of(column, null));
    }

    /** Sets a column to an expression. */
    public <T extends @Nullable Object> InsertRow set(Column<T> column, Expression<T> value) {
        return set(new Assignment<>(column, value));
    }

    /**
     * Adds an assignment.
     *
     * @throws InvalidQueryException if the column belongs to another table or is already set
     */
    public InsertRow set(Assignment<?> assignment) {
        Column<?> column = assignment.column();
        if (column.table() != table) {
            throw new InvalidQueryException("INSERT INTO " + table + " cannot set " + column.qualifiedName()
                    + ", a column of another table");
        }
        for (int i = 0; i < size; i++) {
            if (assignments[i].column().equals(column)) {
                throw new InvalidQueryException("INSERT INTO " + table + " sets " + column.qualifiedName() + " twice");
            }
        }
        if (size == assignments.length) {
            assignments = Arrays.copyOf(assignments, size + 1);
        }
        assignments[size++] = assignment;
        return this;
    }

    /** Whether no column is set yet. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** The assignments set so far, in the order they were set, as an immutable list. */
    public List<Assignment<?>> assignments() {
        return List.of(size == assignments.length ? assignments : Arrays.copyOf(assignments, size));
    }
}
