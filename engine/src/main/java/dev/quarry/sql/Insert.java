package dev.quarry.sql;

import dev.quarry.InvalidQueryException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code INSERT INTO table (columns…) VALUES (values…) [RETURNING …]} for one row. Values are
 * checked against their column as they are set; {@link #requireComplete()} checks that every
 * required column has one.
 *
 * @param into the table written
 * @param values the assigned columns, each at most once
 * @param returning columns whose stored values the statement returns
 */
public record Insert(Table into, List<Assignment<?>> values, List<Column<?>> returning) implements Statement {

    public Insert {
        Objects.requireNonNull(into, "into");
        values = List.copyOf(values);
        returning = List.copyOf(returning);
    }

    /** An insert into the table with no values set yet. */
    public static Insert into(Table table) {
        return new Insert(table, List.of(), List.of());
    }

    /**
     * Sets a column's value.
     *
     * @throws dev.quarry.InvalidValueException if the value does not fit the column
     * @throws InvalidQueryException if the column is of another table or already set
     */
    public <T> Insert set(Column<T> column, @Nullable T value) {
        return set(Assignment.of(column, value));
    }

    /** Adds an assignment; see {@link #set(Column, Object)}. */
    public Insert set(Assignment<?> assignment) {
        return new Insert(into, Assignments.append(values, into, assignment, "INSERT INTO"), returning);
    }

    /** Returns these columns of the inserted row. */
    public Insert returning(List<? extends Column<?>> columns) {
        for (Column<?> column : columns) {
            if (column.table() != into) {
                throw new InvalidQueryException("INSERT INTO " + into + " cannot return " + column.qualifiedName());
            }
        }
        return new Insert(into, values, List.copyOf(columns));
    }

    /** Returns these columns of the inserted row. */
    public Insert returning(Column<?>... columns) {
        return returning(List.of(columns));
    }

    /**
     * Checks that every non-null column without a generated value has been set.
     *
     * @throws InvalidQueryException naming the first column left out
     */
    public void requireComplete() {
        for (Column<?> column : into.columns()) {
            if (column.isRequiredOnInsert() && values.stream().noneMatch(a -> a.column().equals(column))) {
                throw new InvalidQueryException("INSERT INTO " + into + " has no value for non-null column "
                        + column.qualifiedName());
            }
        }
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitInsert(this);
    }
}
