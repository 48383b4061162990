package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.RecordMappingException;
import dev.quarry.sql.Assignment;
import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The assignments that insert records of one class into one table: each component sets the
 * column of its name (see {@link SelectedNames}), resolved once. A component without a column
 * is an error; a column without a component is left out, so an insert missing a required column
 * fails as usual. A null component for an auto-increment column is left out, so the database
 * generates the value. An {@code int} component widens into a bigint column. Every value goes
 * through {@link Assignment#of}, so its column checks it.
 *
 * <p>Immutable and thread-safe.
 */
public final class RecordAssignments {
    private final RecordType<?> type;
    private final Column<?>[] columns;
    private final ValueConversion[] conversions;

    private RecordAssignments(RecordType<?> type, Table table) {
        this.type = type;
        this.columns = new Column<?>[type.size()];
        this.conversions = new ValueConversion[type.size()];
        for (int component = 0; component < type.size(); component++) {
            Column<?> column = columnOf(table, component);
            Class<?> columnType = column.sqlType().javaType();
            ValueConversion conversion = ValueConversion.between(type.componentType(component), columnType);
            if (conversion == null) {
                throw new RecordMappingException(type.describeWithType(component) + " cannot be written to column "
                        + column + ", which holds " + columnType.getSimpleName() + " values");
            }
            columns[component] = column;
            conversions[component] = conversion;
        }
    }

    /**
     * The assignments of records of a class into a table.
     *
     * @throws IllegalArgumentException if the class is not a record
     * @throws RecordMappingException if a component has no column, or one of a type it cannot fill
     */
    public static RecordAssignments of(Table table, Class<? extends Record> recordClass) {
        return new RecordAssignments(RecordType.of(recordClass), table);
    }

    /** The record class. */
    public Class<?> recordClass() {
        return type.type();
    }

    /**
     * One row's assignments: the record's components in order, less null auto-increment keys.
     *
     * @throws dev.quarry.InvalidValueException if a value does not fit its column
     */
    public List<Assignment<?>> rowOf(Record record) {
        List<Assignment<?>> row = new ArrayList<>(columns.length);
        for (int component = 0; component < columns.length; component++) {
            @Nullable Object value = type.value(record, component);
            if (value == null && columns[component].isAutoIncrement()) {
                continue;
            }
            if (value != null && conversions[component] == ValueConversion.INT_TO_LONG) {
                value = ((Integer) value).longValue();
            }
            @SuppressWarnings("unchecked")
            Column<Object> column = (Column<Object>) columns[component];
            row.add(Assignment.of(column, value));
        }
        return row;
    }

    private Column<?> columnOf(Table table, int component) {
        Column<?> found = null;
        for (Column<?> column : table.columns()) {
            if (SelectedNames.matches(type.name(component), column.name())) {
                if (found != null) {
                    throw new RecordMappingException(type.describe(component) + " matches several columns of table "
                            + table + ": " + found + " and " + column);
                }
                found = column;
            }
        }
        if (found == null) {
            String names = table.columns().stream().map(Column::name).collect(Collectors.joining(", "));
            throw new RecordMappingException(type.describe(component) + " has no column in table " + table
                    + ", whose columns are " + names);
        }
        return found;
    }
}
