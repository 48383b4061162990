package dev.quarry.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code left UNION|UNION ALL|INTERSECT|EXCEPT right}, optionally ordered and limited as a whole.
 * Operators apply left to right on every dialect: {@code a.union(b).intersect(c)} is
 * {@code (a ∪ b) ∩ c} even where SQL would bind INTERSECT tighter. Rows carry the left query's
 * expressions; ordering keys must be among them.
 */
public record SetQuery(Query left, SetOperator operator, Query right, List<Order> orderBy,
        @Nullable Long limit, @Nullable Long offset) implements Query {

    public SetQuery {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(right, "right");
        orderBy = List.copyOf(orderBy);
        if (left.projection().size() != right.projection().size()) {
            throw new IllegalArgumentException(operator.keyword() + " needs queries of the same number of columns, got "
                    + left.projection().size() + " and " + right.projection().size());
        }
        for (Order key : orderBy) {
            if (!left.projection().contains(key.expression())) {
                throw new IllegalArgumentException("a combined query can only be ordered by what it selects; "
                        + key.expression() + " is not among " + left.projection());
            }
        }
        Select.requireNotNegative(limit, "limit");
        Select.requireNotNegative(offset, "offset");
    }

    static SetQuery of(Query left, SetOperator operator, Query right) {
        return new SetQuery(left, operator, right, List.of(), null, null);
    }

    @Override
    public List<Expression<?>> projection() {
        return left.projection();
    }

    /** Appends sort keys; each must be one of the selected expressions. */
    public SetQuery orderBy(Order... keys) {
        List<Order> all = new ArrayList<>(orderBy);
        all.addAll(List.of(keys));
        return new SetQuery(left, operator, right, all, limit, offset);
    }

    public SetQuery limit(long count) {
        return new SetQuery(left, operator, right, orderBy, count, offset);
    }

    public SetQuery offset(long count) {
        return new SetQuery(left, operator, right, orderBy, limit, count);
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitSetQuery(this);
    }
}
