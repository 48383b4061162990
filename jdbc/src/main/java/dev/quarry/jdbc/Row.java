package dev.quarry.jdbc;

import dev.quarry.InvalidQueryException;
import dev.quarry.jdbc.internal.RowLayout;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Order;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One result row, read with the expressions that selected it: {@code row.get(USERS.age)} is an
 * {@code Integer}; in Kotlin, {@code row[Users.age]}. Values were decoded with the column's SQL
 * type, so a nullable column gives null and nothing else does.
 *
 * <p>Immutable and detached from the connection; safe to keep and share.
 */
public final class Row {
    private final RowLayout layout;
    private final @Nullable Object[] values;

    /** A row of values in layout order; the array is owned by the row from now on. */
    public Row(RowLayout layout, @Nullable Object[] values) {
        if (layout.size() != values.length) {
            throw new IllegalArgumentException("a row of " + layout.size() + " columns got " + values.length + " values");
        }
        this.layout = layout;
        this.values = values;
    }

    /**
     * The value of a selected expression.
     *
     * @throws IllegalArgumentException if the expression was not selected
     */
    public <T extends @Nullable Object> T get(Expression<T> expression) {
        int index = layout.indexOf(expression);
        if (index < 0) {
            throw new IllegalArgumentException(expression + " is not in this row; it has " + layout.expressions());
        }
        @SuppressWarnings("unchecked")
        T value = (T) values[index];
        return value;
    }

    /**
     * The values of the sort keys in this row, to continue after it with keyset pagination.
     *
     * @throws dev.quarry.InvalidQueryException if a key is not among the row's selected expressions
     */
    public List<@Nullable Object> sortKeyValues(List<Order> keys) {
        List<@Nullable Object> keyValues = new ArrayList<>(keys.size());
        for (Order key : keys) {
            int index = layout.indexOf(key.expression());
            if (index < 0) {
                throw new InvalidQueryException("seeking after a row needs its sort keys, but " + key.expression()
                        + " is not selected; select it too, or pass the last values themselves");
            }
            keyValues.add(values[index]);
        }
        return keyValues;
    }

    /** The value at a position, from 0. */
    public @Nullable Object get(int index) {
        return values[index];
    }

    /** The number of values. */
    public int size() {
        return values.length;
    }

    /** The selected expressions, in order. */
    public List<Expression<?>> expressions() {
        return layout.expressions();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Row row && row.expressions().equals(expressions()) && Arrays.equals(row.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(layout.expression(i)).append('=').append(values[i]);
        }
        return text.append('}').toString();
    }
}
