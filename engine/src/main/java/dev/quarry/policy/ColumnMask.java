package dev.quarry.policy;

import dev.quarry.sql.Column;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Table;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * How a column is shown to a context without the right to see it in clear. A SQL-side mask
 * replaces the column in the select list by an expression, so the clear value never leaves the
 * database; a client-side mask rewrites the value after it is read. Masks apply where rows are
 * returned (the select list of a query, RETURNING), not in filters, joins or sort keys.
 *
 * <pre>{@code
 * ColumnMask.sql(CUSTOMERS.card, "see-cards", card -> Functions.concat(Functions.literal("****"), card.right(4)))
 * ColumnMask.client(CUSTOMERS.card, "see-cards", card -> "****" + card.substring(card.length() - 4))
 * }</pre>
 *
 * Immutable and thread-safe; a client-side mask function must be thread-safe too.
 *
 * @param <T> the type of the column
 */
public final class ColumnMask<T extends @Nullable Object> {
    private final Column<T> column;
    private final String right;
    private final @Nullable Function<Expression<T>, Expression<T>> sqlMask;
    private final @Nullable UnaryOperator<T> clientMask;

    private ColumnMask(Column<T> column, String right, @Nullable Function<Expression<T>, Expression<T>> sqlMask,
            @Nullable UnaryOperator<T> clientMask) {
        this.column = Objects.requireNonNull(column, "column");
        this.right = Objects.requireNonNull(right, "right");
        this.sqlMask = sqlMask;
        this.clientMask = clientMask;
        if (column.table().kind() != Table.Kind.BASE) {
            throw new IllegalArgumentException("a mask needs a column of a table in the database, not " + column.qualifiedName());
        }
    }

    /** A mask computed by the database: {@code mask} turns the column into the expression selected instead. */
    public static <T extends @Nullable Object> ColumnMask<T> sql(Column<T> column, String right,
            Function<Expression<T>, Expression<T>> mask) {
        return new ColumnMask<>(column, right, Objects.requireNonNull(mask, "mask"), null);
    }

    /** A mask applied to each value read; NULL stays NULL. */
    public static <T extends @Nullable Object> ColumnMask<T> client(Column<T> column, String right, UnaryOperator<T> mask) {
        return new ColumnMask<>(column, right, null, Objects.requireNonNull(mask, "mask"));
    }

    /** The masked column. */
    public Column<T> column() {
        return column;
    }

    /** The right that sees the column in clear. */
    public String right() {
        return right;
    }

    /** Whether the database computes the mask. */
    public boolean isSqlSide() {
        return sqlMask != null;
    }

    /** The expression selected in place of {@code reference}, the column or its copy in an alias. */
    public Expression<T> maskInSql(Expression<T> reference) {
        if (sqlMask == null) {
            throw new IllegalStateException("the mask of " + column.qualifiedName() + " is client-side");
        }
        return Objects.requireNonNull(sqlMask.apply(reference), "the SQL mask of " + column.qualifiedName());
    }

    /** The value shown in place of a value read; null stays null. */
    @SuppressWarnings("unchecked")
    public @Nullable Object maskValue(@Nullable Object value) {
        if (clientMask == null) {
            throw new IllegalStateException("the mask of " + column.qualifiedName() + " is SQL-side");
        }
        return value == null ? null : clientMask.apply((T) value);
    }

    @Override
    public String toString() {
        return (isSqlSide() ? "SQL-side" : "client-side") + " mask on " + column.qualifiedName() + " unless " + right;
    }
}
