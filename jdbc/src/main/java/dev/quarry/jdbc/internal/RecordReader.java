package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.RecordMappingException;
import dev.quarry.jdbc.Row;
import dev.quarry.sql.Expression;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Builds records of one class from the rows of one result. Which column each component takes, and
 * how its values convert, is resolved once from the result's selected expressions (see
 * {@link SelectedNames} and {@link ValueConversion}); reading a row then costs one argument array
 * and one constructor call. Every component takes exactly one column and every column exactly one
 * component, otherwise resolving fails.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <R> the record class
 */
public final class RecordReader<R extends Record> implements RowReader<R> {
    private final RecordType<R> type;
    private final RowLayout layout;
    private final ValueCodec<?>[] readers;
    /** The component each column goes to, by column position. */
    private final int[] components;
    private final ValueConversion[] conversions;
    private final Class<?>[] boxedTypes;

    private RecordReader(RecordType<R> type, RowLayout layout, ValueCodec<?>[] readers) {
        this.type = type;
        this.layout = layout;
        this.readers = readers;
        RecordPlans plans = RecordPlans.of(type.type());
        List<Expression<?>> projection = layout.expressions();
        RecordPlans.Plan known = plans.find(projection);
        if (known != null) {
            this.components = known.components();
            this.conversions = known.conversions();
            this.boxedTypes = known.boxedTypes();
            return;
        }
        this.components = new int[layout.size()];
        this.conversions = new ValueConversion[type.size()];
        this.boxedTypes = new Class<?>[type.size()];
        Arrays.fill(components, -1);
        for (int component = 0; component < type.size(); component++) {
            int column = columnOf(component);
            if (components[column] >= 0) {
                throw new RecordMappingException(type.describe(components[column]) + " and " + type.describe(component)
                        + " both match column " + layout.expression(column) + "; rename one of them");
            }
            components[column] = component;
            boxedTypes[component] = ValueConversion.boxed(type.componentType(component));
            conversions[component] = conversion(component, column);
        }
        for (int column = 0; column < components.length; column++) {
            if (components[column] < 0) {
                throw extraColumn(layout.expression(column));
            }
        }
        plans.keep(projection, new RecordPlans.Plan(components, conversions, boxedTypes));
    }

    /** Maps the rows of results to records of a class, read straight from the result set. */
    public static <R extends Record> ResultMapping<R> mapping(Class<R> recordClass) {
        RecordType<R> type = RecordType.of(recordClass);
        return (layout, readers) -> new RecordReader<>(type, layout, readers);
    }

    /** Maps {@link Row}s of this layout, already read, to records of a class; see {@link #map(Row)}. */
    public static <R extends Record> RecordReader<R> forRows(Class<R> recordClass, RowLayout layout) {
        return new RecordReader<>(RecordType.of(recordClass), layout, new ValueCodec<?>[0]);
    }

    @Override
    public R read(ResultSet resultSet) throws SQLException {
        @Nullable Object[] arguments = new Object[conversions.length];
        for (int column = 0; column < components.length; column++) {
            int component = components[column];
            arguments[component] = argument(component, column, readers[column].read(resultSet, column + 1));
        }
        return type.construct(arguments);
    }

    /** The record of a row of the layout this reader was resolved for. */
    public R map(Row row) {
        @Nullable Object[] arguments = new Object[conversions.length];
        for (int column = 0; column < components.length; column++) {
            int component = components[column];
            arguments[component] = argument(component, column, row.get(column));
        }
        return type.construct(arguments);
    }

    private @Nullable Object argument(int component, int column, @Nullable Object value) {
        if (value == null) {
            if (type.componentType(component).isPrimitive()) {
                throw new RecordMappingException(type.describeWithType(component) + " cannot hold NULL, the value of"
                        + " column " + layout.expression(column) + " in this row; declare it as "
                        + boxedTypes[component].getSimpleName());
            }
            return null;
        }
        ValueConversion conversion = conversions[component];
        if (conversion == ValueConversion.AS_IS) {
            return value;
        }
        Object converted = conversion.convert(value, boxedTypes[component]);
        if (converted == null) {
            throw new RecordMappingException(type.describeWithType(component) + " cannot hold a " + value.getClass().getName()
                    + ", the value of column " + layout.expression(column) + " in this row");
        }
        return converted;
    }

    /** The position of the one column a component takes. */
    private int columnOf(int component) {
        int found = -1;
        for (int column = 0; column < layout.size(); column++) {
            String name = SelectedNames.outputName(layout.expression(column));
            if (name != null && SelectedNames.matches(type.name(component), name)) {
                if (found >= 0) {
                    throw new RecordMappingException(type.describe(component) + " matches several columns in the row: "
                            + layout.expression(found) + " and " + layout.expression(column)
                            + "; select one, or tell them apart with as(\"…\")");
                }
                found = column;
            }
        }
        if (found < 0) {
            throw new RecordMappingException(type.describe(component) + " has no column in the row; the row has "
                    + columnList());
        }
        return found;
    }

    private ValueConversion conversion(int component, int column) {
        Expression<?> expression = layout.expression(column);
        Class<?> valueType = expression.sqlType().javaType();
        ValueConversion conversion = ValueConversion.between(valueType, type.componentType(component));
        if (conversion == null) {
            throw new RecordMappingException(type.describeWithType(component) + " cannot hold the " + valueType.getSimpleName()
                    + " values of column " + expression);
        }
        return conversion;
    }

    private RecordMappingException extraColumn(Expression<?> expression) {
        if (SelectedNames.outputName(expression) == null) {
            return new RecordMappingException("the row's column " + expression + " has no name for a component of "
                    + type.type().getSimpleName() + " to match; name it with as(\"…\")");
        }
        return new RecordMappingException("column " + expression + " of the row has no component in "
                + type.type().getSimpleName() + ", whose components are " + String.join(", ", type.names())
                + "; select fewer columns or add a component");
    }

    private String columnList() {
        return layout.expressions().stream().map(Object::toString).collect(Collectors.joining(", "));
    }
}
