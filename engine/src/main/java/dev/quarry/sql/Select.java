package dev.quarry.sql;

import dev.quarry.InvalidQueryException;
import dev.quarry.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * {@code SELECT [DISTINCT [ON (…)]] projection [FROM table [joins]] [WHERE …] [GROUP BY …]
 * [HAVING …] [ORDER BY …] [LIMIT …] [OFFSET …] [FOR UPDATE|SHARE …]}. Every method returns a new
 * select; {@link #where} and {@link #having} add to the existing condition with AND, the list
 * methods append. CTEs read anywhere in the select are defined in its WITH clause automatically.
 *
 * @param projection the selected expressions, in order; never empty
 * @param distinctRows whether duplicate rows are removed
 * @param distinctOn PostgreSQL's DISTINCT ON expressions, or empty
 * @param from the first table, or null for a select without FROM
 * @param joins the further tables, in order
 * @param where the row filter, or null
 * @param groupBy the grouping expressions
 * @param having the group filter, or null
 * @param orderBy the sort keys, in priority order
 * @param limit the maximum number of rows, or null
 * @param offset the number of rows skipped, or null
 * @param lock the row lock, or null
 */
public record Select(
        List<Expression<?>> projection,
        boolean distinctRows,
        List<Expression<?>> distinctOn,
        @Nullable Table from,
        List<Join> joins,
        @Nullable Condition where,
        List<Expression<?>> groupBy,
        @Nullable Condition having,
        List<Order> orderBy,
        @Nullable Long limit,
        @Nullable Long offset,
        @Nullable Lock lock) implements Query {

    public Select {
        projection = List.copyOf(projection);
        distinctOn = List.copyOf(distinctOn);
        joins = List.copyOf(joins);
        groupBy = List.copyOf(groupBy);
        orderBy = List.copyOf(orderBy);
        if (projection.isEmpty()) {
            throw new InvalidQueryException("SELECT" + (from == null ? "" : " from " + from) + " needs at least one column");
        }
        if (from == null && !joins.isEmpty()) {
            throw new InvalidQueryException("a SELECT without FROM cannot join");
        }
        requireNotNegative(limit, "limit");
        requireNotNegative(offset, "offset");
    }

    /** Every column of the table, in declaration order. */
    public static Select from(Table table) {
        Objects.requireNonNull(table, "table");
        return new Select(List.copyOf(table.columns()), false, List.of(), table, List.of(), null, List.of(), null,
                List.of(), null, null, null);
    }

    /** These expressions; add a table with {@link #from(Table)} or select them without one. */
    public static Select of(Expression<?>... expressions) {
        return new Select(List.of(expressions), false, List.of(), null, List.of(), null, List.of(), null,
                List.of(), null, null, null);
    }

    /** The same select reading from a table (the projection is kept). */
    public Select fromTable(Table table) {
        Objects.requireNonNull(table, "table");
        return edit(b -> b.from = table);
    }

    /** The same select with another projection. */
    public Select columns(List<? extends Expression<?>> expressions) {
        return edit(b -> b.projection = List.copyOf(expressions));
    }

    /** The same select with another projection. */
    public Select columns(Expression<?>... expressions) {
        return columns(List.of(expressions));
    }

    /** Removes duplicate rows. */
    public Select distinct() {
        return edit(b -> b.distinctRows = true);
    }

    /** Keeps the first row of each group of equal expressions (PostgreSQL only). */
    public Select distinctOn(Expression<?>... expressions) {
        return edit(b -> b.distinctOn = List.of(expressions));
    }

    /** {@code JOIN table ON condition}. */
    public Select join(Table table, Condition on) {
        return addJoin(new Join(JoinType.INNER, table, on));
    }

    /** {@code LEFT JOIN table ON condition}: the table's columns are NULL where nothing matches. */
    public Select leftJoin(Table table, Condition on) {
        return addJoin(new Join(JoinType.LEFT, table, on));
    }

    /** {@code RIGHT JOIN table ON condition}. */
    public Select rightJoin(Table table, Condition on) {
        return addJoin(new Join(JoinType.RIGHT, table, on));
    }

    /** {@code FULL JOIN table ON condition}; not available on MySQL/MariaDB. */
    public Select fullJoin(Table table, Condition on) {
        return addJoin(new Join(JoinType.FULL, table, on));
    }

    /** {@code CROSS JOIN table}. */
    public Select crossJoin(Table table) {
        return addJoin(new Join(JoinType.CROSS, table, null));
    }

    /** Adds a join. */
    public Select addJoin(Join join) {
        if (from == null) {
            throw new InvalidQueryException("a SELECT without FROM cannot join " + join.table());
        }
        return edit(b -> b.joins = append(b.joins, join));
    }

    /** Adds a filter, combined with any existing one by AND. */
    public Select where(Condition condition) {
        Objects.requireNonNull(condition, "condition");
        return edit(b -> b.where = b.where == null ? condition : b.where.and(condition));
    }

    /** Appends grouping expressions. */
    public Select groupBy(Expression<?>... expressions) {
        return edit(b -> b.groupBy = append(b.groupBy, expressions));
    }

    /** Adds a group filter, combined with any existing one by AND. */
    public Select having(Condition condition) {
        Objects.requireNonNull(condition, "condition");
        return edit(b -> b.having = b.having == null ? condition : b.having.and(condition));
    }

    /** Appends sort keys after the existing ones. */
    public Select orderBy(List<Order> keys) {
        return edit(b -> b.orderBy = append(b.orderBy, keys.toArray(new Order[0])));
    }

    /** Appends sort keys after the existing ones. */
    public Select orderBy(Order... keys) {
        return orderBy(List.of(keys));
    }

    /** At most {@code count} rows. */
    public Select limit(long count) {
        return edit(b -> b.limit = count);
    }

    /** Skips the first {@code count} rows. */
    public Select offset(long count) {
        return edit(b -> b.offset = count);
    }

    /** {@code FOR UPDATE}: locks the selected rows until the transaction ends. */
    public Select forUpdate() {
        return lock(new Lock(Lock.Mode.UPDATE, Lock.OnLocked.WAIT));
    }

    /** {@code FOR SHARE}: locks the selected rows against writes until the transaction ends. */
    public Select forShare() {
        return lock(new Lock(Lock.Mode.SHARE, Lock.OnLocked.WAIT));
    }

    /** Fails at once instead of waiting for locked rows. */
    public Select noWait() {
        return lock(new Lock(requireLock().mode(), Lock.OnLocked.NOWAIT));
    }

    /** Leaves out rows locked by others instead of waiting. */
    public Select skipLocked() {
        return lock(new Lock(requireLock().mode(), Lock.OnLocked.SKIP_LOCKED));
    }

    /** Sets the row lock. */
    public Select lock(Lock rowLock) {
        return edit(b -> b.lock = rowLock);
    }

    /**
     * Keyset pagination: only rows after the given values of the sort keys, in the sort order.
     * Give one value per {@link #orderBy} key; the keys must be columns that are never NULL,
     * with a unique one last so that no row is seen twice.
     *
     * @throws InvalidQueryException if the keys do not allow it
     */
    public Select seekAfter(List<?> lastValues) {
        if (orderBy.isEmpty()) {
            throw new InvalidQueryException("seekAfter needs an ORDER BY to seek along");
        }
        if (lastValues.size() != orderBy.size()) {
            throw new InvalidQueryException("seekAfter needs one value per sort key: " + orderBy.size()
                    + " keys, " + lastValues.size() + " values");
        }
        List<Condition> alternatives = new ArrayList<>();
        for (int i = 0; i < orderBy.size(); i++) {
            List<Condition> alternative = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                alternative.add(seekKey(orderBy.get(j)).eq(seekValue(j, lastValues.get(j))));
            }
            Order key = orderBy.get(i);
            Object value = seekValue(i, lastValues.get(i));
            alternative.add(key.direction() == Order.Direction.ASC ? seekKey(key).gt(value) : seekKey(key).lt(value));
            alternatives.add(Condition.allOf(alternative));
        }
        return where(Condition.anyOf(alternatives));
    }

    /** See {@link #seekAfter(List)}. */
    public Select seekAfter(Object... lastValues) {
        return seekAfter(List.of(lastValues));
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitSelect(this);
    }

    /** Whether any join can null-extend rows. */
    public boolean hasOuterJoin() {
        for (Join join : joins) {
            if (join.type().isOuter()) {
                return true;
            }
        }
        return false;
    }

    static void requireNotNegative(@Nullable Long value, String what) {
        if (value != null && value < 0) {
            throw new InvalidQueryException(what + " must not be negative, got " + value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Expression<Object> seekKey(Order key) {
        Expression<?> expression = key.expression();
        if (!(expression instanceof Column<?> column) || column.isNullable()) {
            throw new InvalidQueryException("seekAfter needs sort keys that are non-null columns, but "
                    + expression + " may be NULL");
        }
        if (key.nulls() != Order.Nulls.DEFAULT) {
            throw new InvalidQueryException("seekAfter keys cannot place NULLs; " + expression + " does");
        }
        return (Expression<Object>) expression;
    }

    private Object seekValue(int index, @Nullable Object value) {
        if (value == null) {
            throw new InvalidValueException("seekAfter value " + (index + 1) + " for " + orderBy.get(index).expression()
                    + " is null; sort keys never are");
        }
        return value;
    }

    private Lock requireLock() {
        if (lock == null) {
            throw new InvalidQueryException("NOWAIT and SKIP LOCKED follow forUpdate() or forShare()");
        }
        return lock;
    }

    @SafeVarargs
    private static <E extends @Nullable Object> List<E> append(List<E> list, E... more) {
        List<E> all = new ArrayList<>(list.size() + more.length);
        all.addAll(list);
        all.addAll(List.of(more));
        return all;
    }

    private Select edit(Consumer<Builder> change) {
        Builder builder = new Builder(this);
        change.accept(builder);
        return builder.build();
    }

    /** A mutable copy for the withers. */
    private static final class Builder {
        List<Expression<?>> projection;
        boolean distinctRows;
        List<Expression<?>> distinctOn;
        @Nullable Table from;
        List<Join> joins;
        @Nullable Condition where;
        List<Expression<?>> groupBy;
        @Nullable Condition having;
        List<Order> orderBy;
        @Nullable Long limit;
        @Nullable Long offset;
        @Nullable Lock lock;

        Builder(Select select) {
            projection = select.projection;
            distinctRows = select.distinctRows;
            distinctOn = select.distinctOn;
            from = select.from;
            joins = select.joins;
            where = select.where;
            groupBy = select.groupBy;
            having = select.having;
            orderBy = select.orderBy;
            limit = select.limit;
            offset = select.offset;
            lock = select.lock;
        }

        Select build() {
            return new Select(projection, distinctRows, distinctOn, from, joins, where, groupBy, having, orderBy, limit,
                    offset, lock);
        }
    }
}
