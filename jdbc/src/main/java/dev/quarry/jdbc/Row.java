package dev.quarry.jdbc;

import dev.quarry.InvalidQueryException;
import dev.quarry.jdbc.internal.ExactConversions;
import dev.quarry.jdbc.internal.RowLayout;
import dev.quarry.jdbc.internal.SelectedNames;
import dev.quarry.render.Bind;
import dev.quarry.sql.Column;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Order;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One result row, read with the expressions that selected it: {@code row.get(USERS.age)} is an
 * {@code Integer}; in Kotlin, {@code row[Users.age]}. A column can also be read by its label
 * ({@code row.get("total", BigDecimal.class)}), as the rows of SQL written by hand are. Values were decoded with the column's SQL
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
     * The value of the column of this label: a selected column's name, an alias given with
     * {@code as("…")}, or the label of a column of SQL written by hand. Labels are matched exactly
     * first, then ignoring case (databases fold unquoted labels differently).
     *
     * @throws IllegalArgumentException if no column has the label, or several match it ignoring case
     */
    public @Nullable Object get(String label) {
        return values[indexOfLabel(label)];
    }

    /**
     * The value of the column of this label as an instance of {@code type}, converted where nothing
     * is lost: between integer classes when the value fits, numbers to {@code BigDecimal}, integral
     * decimals to integers, 0 and 1 to {@code Boolean}, ISO text to dates, times, instants and
     * UUIDs (as SQLite stores them): {@code row.get("total", BigDecimal.class)}.
     *
     * @throws IllegalArgumentException if no column has the label
     * @throws ClassCastException naming the column, the value and the class, if the value cannot
     *     be converted exactly
     */
    public <T> @Nullable T get(String label, Class<T> type) {
        int index = indexOfLabel(label);
        Object value = values[index];
        if (value == null) {
            return null;
        }
        Object converted = ExactConversions.convert(value, type);
        if (converted == null) {
            boolean sensitive = layout.expression(index) instanceof Column<?> column && column.isSensitive();
            throw new ClassCastException("column \"" + label + "\" holds " + (sensitive ? Bind.MASK : value)
                    + " (a " + value.getClass().getName()
                    + "), which is not exactly a " + type.getSimpleName());
        }
        @SuppressWarnings("unchecked")
        T result = (T) converted;
        return result;
    }

    /** The labels of the values, in order: a column's name, an alias, or null for an expression without one. */
    public List<@Nullable String> labels() {
        List<@Nullable String> labels = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            labels.add(SelectedNames.outputName(layout.expression(i)));
        }
        return labels;
    }

    private int indexOfLabel(String label) {
        int exact = indexOfLabel(label, false);
        int found = exact >= 0 ? exact : indexOfLabel(label, true);
        if (found < 0) {
            throw new IllegalArgumentException("no column of this row is labelled \"" + label + "\"; its labels are " + labels()
                    + " (give a computed expression a label with as(\"…\"))");
        }
        return found;
    }

    /** The one column of the label, or -1 if none. */
    private int indexOfLabel(String label, boolean ignoringCase) {
        int found = -1;
        for (int i = 0; i < values.length; i++) {
            String name = SelectedNames.outputName(layout.expression(i));
            if (ignoringCase ? label.equalsIgnoreCase(name) : label.equals(name)) {
                if (found >= 0) {
                    throw new IllegalArgumentException("several columns of this row are labelled \"" + label + "\""
                            + (ignoringCase ? " ignoring case" : "") + ": " + labels()
                            + "; read them by expression, or tell them apart with as(\"…\")");
                }
                found = i;
            }
        }
        return found;
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
