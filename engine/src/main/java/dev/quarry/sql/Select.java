package dev.quarry.sql;

import dev.quarry.InvalidQueryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code SELECT projection FROM table [WHERE …] [ORDER BY …] [LIMIT …] [OFFSET …]}.
 * Every method returns a new select; {@link #where(Condition)} adds to the existing filter with AND.
 *
 * @param from the table read
 * @param projection the selected expressions, in order; never empty
 * @param where the filter, or null for all rows
 * @param orderBy the sort keys, in priority order
 * @param limit the maximum number of rows, or null
 * @param offset the number of rows skipped, or null
 */
public record Select(
        Table from,
        List<Expression<?>> projection,
        @Nullable Condition where,
        List<Order> orderBy,
        @Nullable Long limit,
        @Nullable Long offset) implements Statement {

    public Select {
        Objects.requireNonNull(from, "from");
        projection = List.copyOf(projection);
        orderBy = List.copyOf(orderBy);
        if (projection.isEmpty()) {
            throw new InvalidQueryException("SELECT from " + from + " needs at least one column");
        }
        requireNotNegative(limit, "limit");
        requireNotNegative(offset, "offset");
    }

    /** All columns of the table, in declaration order. */
    public static Select from(Table table) {
        return new Select(table, List.copyOf(table.columns()), null, List.of(), null, null);
    }

    /** The same select with another projection. */
    public Select columns(List<? extends Expression<?>> expressions) {
        return new Select(from, List.copyOf(expressions), where, orderBy, limit, offset);
    }

    /** The same select with another projection. */
    public Select columns(Expression<?>... expressions) {
        return columns(List.of(expressions));
    }

    /** Adds a filter, combined with any existing one by AND. */
    public Select where(Condition condition) {
        Objects.requireNonNull(condition, "condition");
        Condition combined = where == null ? condition : where.and(condition);
        return new Select(from, projection, combined, orderBy, limit, offset);
    }

    /** Appends sort keys after the existing ones. */
    public Select orderBy(List<Order> keys) {
        List<Order> combined = new ArrayList<>(orderBy);
        combined.addAll(keys);
        return new Select(from, projection, where, combined, limit, offset);
    }

    /** Appends sort keys after the existing ones. */
    public Select orderBy(Order... keys) {
        return orderBy(List.of(keys));
    }

    /** At most {@code count} rows. */
    public Select limit(long count) {
        return new Select(from, projection, where, orderBy, count, offset);
    }

    /** Skips the first {@code count} rows. */
    public Select offset(long count) {
        return new Select(from, projection, where, orderBy, limit, count);
    }

    /** Counts the rows this select returns. */
    public Count count() {
        return new Count(this);
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitSelect(this);
    }

    private static void requireNotNegative(@Nullable Long value, String what) {
        if (value != null && value < 0) {
            throw new InvalidQueryException(what + " must not be negative, got " + value);
        }
    }
}
