package dev.quarry.sql;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code DELETE FROM table [WHERE …]}. Without a filter every row is deleted.
 *
 * @param from the table
 * @param where the filter, or null for every row
 * @param returning what RETURNING gives back for each deleted row, or empty
 */
public record Delete(Table from, @Nullable Condition where, List<Expression<?>> returning) implements Statement {

    public Delete {
        Objects.requireNonNull(from, "from");
        returning = List.copyOf(returning);
    }

    /** A delete of every row of the table. */
    public static Delete from(Table table) {
        return new Delete(table, null, List.of());
    }

    /** Adds a filter, combined with any existing one by AND. */
    public Delete where(Condition condition) {
        Objects.requireNonNull(condition, "condition");
        return new Delete(from, where == null ? condition : where.and(condition), returning);
    }

    /** Returns these expressions of each deleted row. */
    public Delete returning(Expression<?>... expressions) {
        return new Delete(from, where, List.of(expressions));
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitDelete(this);
    }
}
