package dev.quarry.sql;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code SELECT COUNT(*)} over the rows of a query, honouring its filter, grouping, distinctness,
 * limit and offset. Its single result is a {@code Long}.
 *
 * @param source the query whose rows are counted
 */
public record Count(Query source) implements Statement {
    public Count {
        Objects.requireNonNull(source, "source");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitCount(this);
    }
}
