package dev.quarry.sql;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A subquery in FROM under a name: {@code FROM (SELECT …) AS name}. Its columns are the query's
 * selected expressions, named after the column or the alias ({@code expr.as("total")}); read them
 * with {@link #get}. Immutable.
 */
public final class DerivedTable extends Table {
    private final Query query;

    DerivedTable(String name, Query query) {
        super(name, Kind.DERIVED);
        this.query = Objects.requireNonNull(query, "query");
        ProjectedColumns.register(this, query.projection());
    }

    /** The subquery. */
    public Query query() {
        return query;
    }

    /** The column that carries a selected expression of the subquery. */
    public <T extends @Nullable Object> Column<T> get(Expression<T> selected) {
        return ProjectedColumns.columnFor(this, query.projection(), selected);
    }
}
