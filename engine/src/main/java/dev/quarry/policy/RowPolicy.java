package dev.quarry.policy;

import dev.quarry.sql.Assignment;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Delete;
import dev.quarry.sql.Statement;
import dev.quarry.sql.Table;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A condition attached to a table, evaluated from a {@link PolicyContext}: every statement that
 * reads or writes the table sees only rows that meet it. Register policies with
 * {@link RowPolicies}; {@link TenantPolicy} and {@link SoftDelete} are ready-made, a visibility
 * rule of one's own implements this interface.
 *
 * <p>Implementations are immutable and thread-safe; their methods are pure functions of their
 * arguments and are called once per statement, before it is rendered.
 */
public interface RowPolicy {

    /** The policed table; a table in the database, never an alias, CTE or subquery. */
    Table table();

    /**
     * The condition on the rows of {@link #table()}, written on the columns of {@code reference},
     * which is the table itself or an alias of it; null when the context asks for no filter.
     *
     * @throws PolicyContextMissingException if the context lacks a value the policy needs
     */
    @Nullable Condition filter(Table reference, PolicyContext context);

    /**
     * Values every row written to the table must carry: an insert gets them where it names no
     * value, and an insert, upsert or update naming another value is refused. Empty by default.
     *
     * @throws PolicyContextMissingException if the context lacks a value the policy needs
     */
    default List<Assignment<?>> requiredValues(PolicyContext context) {
        return List.of();
    }

    /**
     * What a DELETE of the table becomes, such as an UPDATE that marks the rows; null keeps it a
     * DELETE. The statement returned is policed in its turn.
     */
    default @Nullable Statement replaceDelete(Delete delete, PolicyContext context) {
        return null;
    }

    /** How messages name the policy, such as {@code tenant policy on orders.tenant_id}. */
    String describe();
}
