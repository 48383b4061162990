package dev.quarry.policy;

import dev.quarry.sql.Assignment;
import dev.quarry.sql.Column;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Delete;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Functions;
import dev.quarry.sql.Statement;
import dev.quarry.sql.Table;
import dev.quarry.sql.TableAlias;
import dev.quarry.sql.Update;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Soft delete as a row policy: a DELETE of the table becomes an UPDATE that sets a nullable marker
 * column (such as {@code deleted_at}), and statements see only rows whose marker is NULL, unless
 * the context asks for deleted rows too with {@link #INCLUDE_DELETED}. A context that bypasses
 * policies deletes rows for good.
 *
 * <pre>{@code
 * RowPolicies.of(SoftDelete.of(DOCUMENTS.deletedAt))
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class SoftDelete implements RowPolicy {
    /** Set to {@code true} in the context to see deleted rows as well. */
    public static final PolicyKey<Boolean> INCLUDE_DELETED = PolicyKey.of("include soft-deleted rows", Boolean.class);

    private final Column<?> marker;
    private final Expression<?> deletedValue;

    private <T> SoftDelete(Column<T> marker, Expression<T> deletedValue) {
        this.marker = Objects.requireNonNull(marker, "marker");
        this.deletedValue = Objects.requireNonNull(deletedValue, "deletedValue");
        if (!marker.isNullable()) {
            throw new IllegalArgumentException("soft delete needs a nullable marker column, " + marker.qualifiedName()
                    + " is not null");
        }
        if (marker.table().kind() != Table.Kind.BASE) {
            throw new IllegalArgumentException("soft delete needs a column of a table in the database, not "
                    + marker.qualifiedName());
        }
    }

    /** Marks deleted rows with the database's current time in a nullable timestamp column. */
    public static SoftDelete of(Column<@Nullable Instant> deletedAt) {
        return new SoftDelete(deletedAt, Functions.currentTimestamp());
    }

    /** Marks deleted rows by setting a nullable column to {@code deletedValue}. */
    public static <T> SoftDelete of(Column<T> marker, Expression<T> deletedValue) {
        return new SoftDelete(marker, deletedValue);
    }

    /** The marker column: NULL for rows that are not deleted. */
    public Column<?> marker() {
        return marker;
    }

    @Override
    public Table table() {
        return marker.table();
    }

    @Override
    public @Nullable Condition filter(Table reference, PolicyContext context) {
        if (Boolean.TRUE.equals(context.get(INCLUDE_DELETED))) {
            return null;
        }
        Column<?> on = reference instanceof TableAlias alias ? alias.get(marker) : marker;
        return on.isNull();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Statement replaceDelete(Delete delete, PolicyContext context) {
        Update update = Update.table(delete.from()).set(new Assignment<>((Column<Object>) marker, (Expression<Object>) deletedValue));
        if (delete.where() != null) {
            update = update.where(delete.where());
        }
        if (!delete.returning().isEmpty()) {
            update = update.returning(delete.returning().toArray(new Expression<?>[0]));
        }
        return update;
    }

    @Override
    public String describe() {
        return "soft delete on " + marker.qualifiedName();
    }

    @Override
    public String toString() {
        return describe();
    }
}
