package dev.quarry.jdbc.internal;

import dev.quarry.policy.ColumnMask;
import dev.quarry.policy.PolicyContext;
import dev.quarry.policy.RowPolicies;
import dev.quarry.sql.Delete;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Query;
import dev.quarry.sql.Statement;
import dev.quarry.sql.Update;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first step of the statement pipeline: the database's row policies and column masks applied
 * to a statement tree in a policy context, before it is rendered. Without policies every statement
 * passes unchanged at the cost of one check. Immutable and thread-safe.
 */
public final class PolicyStep {
    private static final Logger LOG = LoggerFactory.getLogger("dev.quarry.policy");

    private final RowPolicies policies;
    private final boolean empty;

    public PolicyStep(RowPolicies policies) {
        this.policies = policies;
        this.empty = policies.isEmpty();
    }

    /** The statement to run in place of {@code statement}. */
    public Statement apply(Statement statement, PolicyContext context) {
        if (empty) {
            return statement;
        }
        logBypass(statement, context);
        return policies.apply(statement, context);
    }

    /** The query to run and how to read its rows. */
    public ReadPlan read(Query query, PolicyContext context) {
        if (empty) {
            return new ReadPlan(query, query.projection(), null);
        }
        logBypass(query, context);
        return new ReadPlan(policies.apply(query, context), query.projection(), policies.clientMasks(query.projection(), context));
    }

    /** The write to run and how to read the rows its RETURNING gives back. */
    public ReadPlan returning(Statement statement, PolicyContext context) {
        List<Expression<?>> returned = statement instanceof Insert insert ? insert.returning()
                : statement instanceof Update update ? update.returning()
                : statement instanceof Delete delete ? delete.returning()
                : List.of();
        if (empty) {
            return new ReadPlan(statement, returned, null);
        }
        logBypass(statement, context);
        return new ReadPlan(policies.apply(statement, context), returned, policies.clientMasks(returned, context));
    }

    /** Logs that a transaction view bypasses row policies, once, when it is made. */
    static void logBypass(PolicyContext context) {
        if (context.bypassesPolicies()) {
            LOG.info("row policies bypassed: {}", context.bypassReason());
        }
    }

    private static void logBypass(Statement statement, PolicyContext context) {
        if (context.bypassesPolicies() && LOG.isDebugEnabled()) {
            LOG.debug("row policies bypassed ({}) for a {}", context.bypassReason(), statement.getClass().getSimpleName());
        }
    }

    /**
     * A statement ready to run and how its rows are read.
     *
     * @param statement the statement with policies and SQL-side masks applied
     * @param columns the expressions rows are looked up by: the select list (or RETURNING) as the caller wrote it
     * @param masks the client-side mask of each column, or null when none applies
     */
    public record ReadPlan(Statement statement, List<Expression<?>> columns, @Nullable List<@Nullable ColumnMask<?>> masks) {

        /** The statement as a query. */
        public Query query() {
            return (Query) statement;
        }
    }
}
