package dev.quarry.sql;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A statement that returns rows: a {@link Select} or a {@link SetQuery} (UNION, INTERSECT,
 * EXCEPT). Queries can be combined, counted, used as subqueries, as tables in FROM and as CTEs.
 */
public sealed interface Query extends Statement permits Select, SetQuery {

    /** The selected expressions, in order; they are the columns of every row. */
    List<Expression<?>> projection();

    List<Order> orderBy();

    @Nullable Long limit();

    @Nullable Long offset();

    /** {@code this UNION other}: the distinct rows of both. */
    default SetQuery union(Query other) {
        return SetQuery.of(this, SetOperator.UNION, other);
    }

    /** {@code this UNION ALL other}: all rows of both. */
    default SetQuery unionAll(Query other) {
        return SetQuery.of(this, SetOperator.UNION_ALL, other);
    }

    /** {@code this INTERSECT other}: the distinct rows found in both. */
    default SetQuery intersect(Query other) {
        return SetQuery.of(this, SetOperator.INTERSECT, other);
    }

    /** {@code this EXCEPT other}: the distinct rows of this not found in other. */
    default SetQuery except(Query other) {
        return SetQuery.of(this, SetOperator.EXCEPT, other);
    }

    /** Counts the rows this query returns. */
    default Count count() {
        return new Count(this);
    }

    /** This query as a table in FROM: {@code (SELECT …) AS name}. */
    default DerivedTable asTable(String name) {
        return new DerivedTable(name, this);
    }

    /** This query as a common table expression. */
    default Cte asCte(String name) {
        return Cte.of(name, this);
    }

    /** This one-column query as a value. */
    @SuppressWarnings("unchecked")
    default <T extends @Nullable Object> Expression<T> asValue() {
        if (projection().size() != 1) {
            throw new IllegalArgumentException("a query used as a value selects one column, this one selects "
                    + projection().size());
        }
        return new Expression.ScalarSubquery<>(this, (SqlType<T>) projection().get(0).sqlType());
    }
}
