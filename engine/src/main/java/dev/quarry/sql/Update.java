package dev.quarry.sql;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code UPDATE table SET column = value, … [WHERE …]}. Without a filter every row is updated.
 *
 * @param table the table written
 * @param assignments the columns set, each at most once; at least one when rendered
 * @param where the filter, or null for every row
 * @param returning what RETURNING gives back for each updated row, or empty
 */
public record Update(Table table, List<Assignment<?>> assignments, @Nullable Condition where,
        List<Expression<?>> returning) implements Statement {

    public Update {
        Objects.requireNonNull(table, "table");
        assignments = List.copyOf(assignments);
        returning = List.copyOf(returning);
    }

    /** An update of the table with nothing set yet. */
    public static Update table(Table table) {
        return new Update(table, List.of(), null, List.of());
    }

    /**
     * Sets a column to a value.
     *
     * @throws dev.quarry.InvalidValueException if the value does not fit the column
     */
    public <T extends @Nullable Object> Update set(Column<T> column, @Nullable T value) {
        return set(Assignment.of(column, value));
    }

    /** Sets a nullable column to NULL (where {@code set(column, null)} would be ambiguous in Java). */
    public Update setNull(Column<?> column) {
        return set(Assignment.of(column, null));
    }

    /** Sets a column to an expression (such as {@code stock - 1}). */
    public <T extends @Nullable Object> Update set(Column<T> column, Expression<T> value) {
        return set(new Assignment<>(column, value));
    }

    /** Adds an assignment. */
    public Update set(Assignment<?> assignment) {
        return new Update(table, Assignments.append(assignments, table, assignment, "UPDATE"), where, returning);
    }

    /** Adds a filter, combined with any existing one by AND. */
    public Update where(Condition condition) {
        Objects.requireNonNull(condition, "condition");
        return new Update(table, assignments, where == null ? condition : where.and(condition), returning);
    }

    /** Returns these expressions of each updated row, as they are after the update. */
    public Update returning(Expression<?>... expressions) {
        return new Update(table, assignments, where, List.of(expressions));
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitUpdate(this);
    }
}
