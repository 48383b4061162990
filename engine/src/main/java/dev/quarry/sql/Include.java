package dev.quarry.sql;

import dev.quarry.InvalidQueryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A relation to load together with the rows of a query, with its own filter, order, per-parent limit
 * and nested includes:
 *
 * <pre>{@code
 * Include.of(AUTHORS.books).where(BOOKS.year.ge(2000)).orderBy(BOOKS.title.asc()).limitPerParent(3)
 *        .include(Include.of(BOOKS.reviews))
 * }</pre>
 *
 * <p>The filter and the sort keys read columns of the related table. Each builder method returns a
 * new include; immutable and compared structurally.
 *
 * @param relation the relation whose rows are loaded
 * @param where the filter on the related rows, or null
 * @param orderBy the order of each parent's related rows; the related table's primary key when empty
 * @param limitPerParent the most related rows per parent row (top-N per parent), or null for all
 * @param nested the includes loaded for the related rows in turn; each starts at this relation's child table
 */
public record Include(Relation<?, ?> relation, @Nullable Condition where, List<Order> orderBy,
        @Nullable Long limitPerParent, List<Include> nested) {

    public Include {
        Objects.requireNonNull(relation, "relation");
        orderBy = List.copyOf(orderBy);
        nested = List.copyOf(nested);
        if (limitPerParent != null && limitPerParent < 0) {
            throw new InvalidQueryException("include of " + relation + ": limitPerParent must not be negative, got "
                    + limitPerParent);
        }
    }

    /** All related rows of the relation, without nested includes. */
    public static Include of(Relation<?, ?> relation) {
        return new Include(relation, null, List.of(), null, List.of());
    }

    /** Adds a filter on the related rows; several calls combine with AND. */
    public Include where(Condition condition) {
        Objects.requireNonNull(condition, "condition");
        return new Include(relation, where == null ? condition : where.and(condition), orderBy, limitPerParent, nested);
    }

    /** Appends sort keys for each parent's related rows. */
    public Include orderBy(Order... keys) {
        List<Order> all = new ArrayList<>(orderBy);
        all.addAll(List.of(keys));
        return new Include(relation, where, all, limitPerParent, nested);
    }

    /**
     * At most {@code count} related rows per parent row, the first in {@link #orderBy} order: a
     * window function ({@code ROW_NUMBER() OVER (PARTITION BY …)}) in the same one statement.
     */
    public Include limitPerParent(long count) {
        return new Include(relation, where, orderBy, count, nested);
    }

    /** Adds includes loaded for the related rows. */
    public Include include(Include... more) {
        List<Include> all = new ArrayList<>(nested);
        all.addAll(List.of(more));
        return new Include(relation, where, orderBy, limitPerParent, all);
    }

    /** Adds relations of the related table, loaded for the related rows. */
    public Include include(Relation<?, ?>... relations) {
        List<Include> all = new ArrayList<>(nested);
        for (Relation<?, ?> more : relations) {
            all.add(of(more));
        }
        return new Include(relation, where, orderBy, limitPerParent, all);
    }
}
