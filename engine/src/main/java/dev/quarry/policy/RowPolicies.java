package dev.quarry.policy;

import dev.quarry.policy.internal.PolicedStatements;
import dev.quarry.policy.internal.SqlMasks;
import dev.quarry.sql.Column;
import dev.quarry.sql.Delete;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Query;
import dev.quarry.sql.Statement;
import dev.quarry.sql.Table;
import dev.quarry.sql.Update;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The row policies and column masks of a database, and the transformation that applies them to a
 * statement before it is rendered: {@link #apply(Statement, PolicyContext)} is a pure function
 * from a statement and a context to a statement. Register it with
 * {@code DatabaseConfig.Builder.policies(…)}; the JDBC layer applies it to every statement built
 * with the query language (SQL written by hand is not policed).
 *
 * <pre>{@code
 * RowPolicies policies = RowPolicies.builder()
 *     .policy(TenantPolicy.of(ORDERS.tenantId, TENANT))
 *     .policy(SoftDelete.of(ORDERS.deletedAt))
 *     .mask(ColumnMask.client(CUSTOMERS.card, "see-cards", card -> "****" + card.substring(card.length() - 4)))
 *     .build();
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class RowPolicies {
    private static final RowPolicies NONE = new RowPolicies(Map.of(), Map.of(), Map.of());

    private final Map<Table, List<RowPolicy>> policies;
    private final Map<Column<?>, ColumnMask<?>> sqlMasks;
    private final Map<Column<?>, ColumnMask<?>> clientMasks;
    private final SqlMasks masking;

    private RowPolicies(Map<Table, List<RowPolicy>> policies, Map<Column<?>, ColumnMask<?>> sqlMasks,
            Map<Column<?>, ColumnMask<?>> clientMasks) {
        this.policies = policies;
        this.sqlMasks = sqlMasks;
        this.clientMasks = clientMasks;
        this.masking = new SqlMasks(sqlMasks);
    }

    /** No policies and no masks: statements pass unchanged. */
    public static RowPolicies none() {
        return NONE;
    }

    /** These policies, without masks. */
    public static RowPolicies of(RowPolicy... policies) {
        Builder builder = builder();
        for (RowPolicy policy : policies) {
            builder.policy(policy);
        }
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether there is nothing to apply. */
    public boolean isEmpty() {
        return policies.isEmpty() && sqlMasks.isEmpty() && clientMasks.isEmpty();
    }

    /** The policies of a table, in registration order; empty when it is not policed. */
    public List<RowPolicy> policiesOf(Table table) {
        return policies.getOrDefault(table, List.of());
    }

    /**
     * The statement with the policies and masks applied: every reference to a policed table reads
     * and writes only the rows its policies allow, inserts carry the required values, a DELETE may
     * become an UPDATE ({@link SoftDelete}), and masked columns are replaced by SQL-side masks in
     * what the statement returns. A context that bypasses policies gets the masks only.
     *
     * @throws PolicyContextMissingException if a policy of a table the statement touches lacks a context value
     * @throws PolicyViolationException if the statement writes what a policy forbids
     */
    public Statement apply(Statement statement, PolicyContext context) {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(context, "context");
        Statement policed = policies.isEmpty() || context.bypassesPolicies() ? statement
                : statement.accept(new PolicedStatements(policies, context));
        return sqlMasks.isEmpty() ? policed : masked(policed, context);
    }

    /** {@link #apply(Statement, PolicyContext)} for a query, which stays a query. */
    public Query apply(Query query, PolicyContext context) {
        return (Query) apply((Statement) query, context);
    }

    /**
     * The client-side mask of each selected expression for a context, by position (null where
     * nothing is masked), or null when no selected expression is masked for it.
     */
    public @Nullable List<@Nullable ColumnMask<?>> clientMasks(List<? extends Expression<?>> selected, PolicyContext context) {
        if (clientMasks.isEmpty()) {
            return null;
        }
        List<@Nullable ColumnMask<?>> found = null;
        for (int i = 0; i < selected.size(); i++) {
            ColumnMask<?> mask = SqlMasks.maskOf(clientMasks, selected.get(i));
            if (mask != null && !context.hasRight(mask.right())) {
                if (found == null) {
                    found = new ArrayList<>(Collections.nCopies(selected.size(), null));
                }
                found.set(i, mask);
            }
        }
        return found;
    }

    private Statement masked(Statement statement, PolicyContext context) {
        if (statement instanceof Query query) {
            return masking.query(query, context);
        }
        if (statement instanceof Insert insert && !insert.returning().isEmpty()) {
            List<Expression<?>> returning = masking.list(insert.returning(), context);
            return returning == insert.returning() ? insert
                    : new Insert(insert.into(), insert.rows(), insert.columns(), insert.source(), insert.onConflict(), returning);
        }
        if (statement instanceof Update update && !update.returning().isEmpty()) {
            List<Expression<?>> returning = masking.list(update.returning(), context);
            return returning == update.returning() ? update
                    : new Update(update.table(), update.assignments(), update.where(), returning);
        }
        if (statement instanceof Delete delete && !delete.returning().isEmpty()) {
            List<Expression<?>> returning = masking.list(delete.returning(), context);
            return returning == delete.returning() ? delete : new Delete(delete.from(), delete.where(), returning);
        }
        return statement;
    }

    @Override
    public String toString() {
        return "RowPolicies" + policies.values() + (sqlMasks.isEmpty() && clientMasks.isEmpty() ? ""
                : " masks " + sqlMasks.values() + clientMasks.values());
    }

    /** Collects policies and masks; not thread-safe. */
    public static final class Builder {
        private final Map<Table, List<RowPolicy>> policies = new LinkedHashMap<>();
        private final Map<Column<?>, ColumnMask<?>> sqlMasks = new HashMap<>();
        private final Map<Column<?>, ColumnMask<?>> clientMasks = new HashMap<>();

        private Builder() {
        }

        /** Adds a policy; a table may have several, which all apply (their conditions joined by AND). */
        public Builder policy(RowPolicy policy) {
            Objects.requireNonNull(policy, "policy");
            Table table = Objects.requireNonNull(policy.table(), "policy.table()");
            if (table.kind() != Table.Kind.BASE) {
                throw new IllegalArgumentException(policy.describe() + " polices " + table + ", which is not a table in the database");
            }
            policies.computeIfAbsent(table, t -> new ArrayList<>()).add(policy);
            return this;
        }

        /** Adds a column mask; a column has at most one. */
        public Builder mask(ColumnMask<?> mask) {
            Objects.requireNonNull(mask, "mask");
            if (sqlMasks.containsKey(mask.column()) || clientMasks.containsKey(mask.column())) {
                throw new IllegalArgumentException(mask.column().qualifiedName() + " has a mask already");
            }
            (mask.isSqlSide() ? sqlMasks : clientMasks).put(mask.column(), mask);
            return this;
        }

        public RowPolicies build() {
            Map<Table, List<RowPolicy>> frozen = new HashMap<>();
            policies.forEach((table, list) -> frozen.put(table, List.copyOf(list)));
            return new RowPolicies(Map.copyOf(frozen), Map.copyOf(sqlMasks), Map.copyOf(clientMasks));
        }
    }
}
