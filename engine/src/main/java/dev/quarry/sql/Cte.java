package dev.quarry.sql;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A common table expression. A statement that reads one, anywhere (FROM, a join, a subquery,
 * another CTE), gets it defined in its WITH clause; nothing else is needed.
 *
 * <p>Made from a query with {@link #of} ({@code adults.get(USERS.name)} reads its columns), or
 * declared as an object with its own columns, which a recursive CTE needs so that its definition
 * can read itself:
 *
 * <pre>{@code
 * final class Chain extends Cte {
 *     final Column<Long> id = bigint("id");
 *     final Column<Integer> depth = integer("depth");
 *     Chain() { super("chain", true); }
 *     protected Query definition() {
 *         return Select.of(EMPLOYEES.id, Functions.literal(0)).from(EMPLOYEES).where(EMPLOYEES.managerId.isNull())
 *             .unionAll(Select.of(EMPLOYEES.id, depth.add(1)).from(EMPLOYEES).join(this, EMPLOYEES.managerId.eq(id)));
 *     }
 * }
 * }</pre>
 *
 * The definition is built once, when the CTE is first rendered; after that the CTE is immutable
 * and thread-safe.
 */
public abstract class Cte extends Table {
    private final boolean recursive;
    private volatile @Nullable Query query;

    /** A declared CTE; {@code recursive} when its definition reads itself. */
    protected Cte(String name, boolean recursive) {
        super(name, Kind.CTE);
        this.recursive = recursive;
    }

    /** A declared, non-recursive CTE. */
    protected Cte(String name) {
        this(name, false);
    }

    /** A CTE that selects what the query selects, under the names of its columns and aliases. */
    public static Cte of(String name, Query query) {
        return new QueryCte(name, query);
    }

    /** The query of the CTE; built by {@link #query()} on first use. */
    protected abstract Query definition();

    /** The query of the CTE, checked to select as many expressions as the CTE has columns. */
    public final Query query() {
        Query built = query;
        if (built == null) {
            synchronized (this) {
                built = query;
                if (built == null) {
                    built = Objects.requireNonNull(definition(), "definition");
                    if (built.projection().size() != columns().size()) {
                        throw new IllegalArgumentException("CTE " + tableName() + " has " + columns().size()
                                + " columns but its query selects " + built.projection().size());
                    }
                    query = built;
                }
            }
        }
        return built;
    }

    /** Whether the definition reads the CTE itself (WITH RECURSIVE). */
    public final boolean isRecursive() {
        return recursive;
    }

    /** The column of this CTE that carries an expression its query selects. */
    public <T extends @Nullable Object> Column<T> get(Expression<T> selected) {
        if (selected instanceof Column<?> column && column.table() == this) {
            @SuppressWarnings("unchecked")
            Column<T> own = (Column<T>) column;
            return own;
        }
        return ProjectedColumns.columnFor(this, query().projection(), selected);
    }

    /** A CTE made from a query; its columns follow the query's select list. */
    private static final class QueryCte extends Cte {
        private final Query source;

        QueryCte(String name, Query source) {
            super(name, false);
            this.source = Objects.requireNonNull(source, "query");
            ProjectedColumns.register(this, source.projection());
        }

        @Override
        protected Query definition() {
            return source;
        }
    }
}
