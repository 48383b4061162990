package dev.quarry.policy;

import dev.quarry.sql.Assignment;
import dev.quarry.sql.Column;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Table;
import dev.quarry.sql.TableAlias;
import java.util.List;
import java.util.Objects;

/**
 * Rows belong to the tenant in a column: statements see and change only rows whose column equals
 * the context's value for a key, and inserts write that value (refusing another).
 *
 * <pre>{@code
 * static final PolicyKey<Long> TENANT = PolicyKey.of("tenant", Long.class);
 * RowPolicies policies = RowPolicies.of(TenantPolicy.of(ORDERS.tenantId, TENANT));
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @param <T> the type of the tenant column
 */
public final class TenantPolicy<T> implements RowPolicy {
    private final Column<T> column;
    private final PolicyKey<T> key;

    private TenantPolicy(Column<T> column, PolicyKey<T> key) {
        this.column = Objects.requireNonNull(column, "column");
        this.key = Objects.requireNonNull(key, "key");
        if (column.table().kind() != Table.Kind.BASE) {
            throw new IllegalArgumentException("a tenant policy needs a column of a table in the database, not "
                    + column.qualifiedName());
        }
    }

    /** Rows of the column's table whose column equals the context's value for {@code key}. */
    public static <T> TenantPolicy<T> of(Column<T> column, PolicyKey<T> key) {
        return new TenantPolicy<>(column, key);
    }

    /** The tenant column. */
    public Column<T> column() {
        return column;
    }

    /** The key of the tenant in the policy context. */
    public PolicyKey<T> key() {
        return key;
    }

    @Override
    public Table table() {
        return column.table();
    }

    @Override
    public Condition filter(Table reference, PolicyContext context) {
        T tenant = context.require(key, describe());
        Column<T> on = reference instanceof TableAlias alias ? alias.get(column) : column;
        return on.eq(tenant);
    }

    @Override
    public List<Assignment<?>> requiredValues(PolicyContext context) {
        return List.of(Assignment.of(column, context.require(key, describe())));
    }

    @Override
    public String describe() {
        return "tenant policy on " + column.qualifiedName();
    }

    @Override
    public String toString() {
        return describe();
    }
}
