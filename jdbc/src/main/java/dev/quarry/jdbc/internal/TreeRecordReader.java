package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.RecordMappingException;
import dev.quarry.jdbc.RowTree;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Include;
import dev.quarry.sql.Relation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds records with nested records from {@link RowTree}s: a component named after an included
 * relation takes its related rows, a {@code List<Child>} for any relation or a {@code Child} (null
 * when there is none) for a to-one relation, each mapped the same way; every other component takes
 * the column of its name, as {@link RecordReader} maps them. Columns no component takes are left
 * out, since a related table's foreign key columns rarely belong in its record. Resolved once per
 * query, before it runs.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <R> the record class
 */
public final class TreeRecordReader<R extends Record> {
    private final RecordType<R> type;
    /** By component: the column position, or -1 for a relation component. */
    private final int[] columns;
    private final @Nullable ValueConversion[] conversions;
    private final @Nullable Relation<?, ?>[] relations;
    private final @Nullable TreeRecordReader<?>[] nested;
    private final boolean[] lists;
    private final List<? extends Expression<?>> selected;

    private TreeRecordReader(Class<R> recordClass, List<? extends Expression<?>> selected, List<Include> includes) {
        this.type = RecordType.of(recordClass);
        this.selected = selected;
        int size = type.size();
        this.columns = new int[size];
        this.conversions = new ValueConversion[size];
        this.relations = new Relation<?, ?>[size];
        this.nested = new TreeRecordReader<?>[size];
        this.lists = new boolean[size];
        RecordComponent[] components = recordClass.getRecordComponents();
        for (int component = 0; component < size; component++) {
            Include include = includeFor(type.name(component), includes);
            if (include == null) {
                columns[component] = columnOf(component);
                Class<?> valueType = selected.get(columns[component]).sqlType().javaType();
                conversions[component] = ValueConversion.between(valueType, type.componentType(component));
                if (conversions[component] == null) {
                    throw new RecordMappingException(type.describeWithType(component) + " cannot hold the "
                            + valueType.getSimpleName() + " values of column " + selected.get(columns[component]));
                }
            } else {
                columns[component] = -1;
                relations[component] = include.relation();
                lists[component] = type.componentType(component) == List.class;
                Class<? extends Record> childClass = childClass(component, components[component], include);
                nested[component] = new TreeRecordReader<>(childClass, include.relation().link().child().columns(),
                        include.nested());
            }
        }
    }

    /**
     * The reader of trees of these selected expressions and includes into records of a class.
     *
     * @throws RecordMappingException naming the component that has no column or relation, or cannot hold it
     */
    public static <R extends Record> TreeRecordReader<R> resolve(Class<R> recordClass,
            List<? extends Expression<?>> selected, List<Include> includes) {
        return new TreeRecordReader<>(recordClass, selected, includes);
    }

    /** The record of a tree. */
    public R map(RowTree tree) {
        @Nullable Object[] arguments = new Object[columns.length];
        for (int component = 0; component < columns.length; component++) {
            arguments[component] = columns[component] >= 0
                    ? argument(component, tree.row().get(columns[component]))
                    : related(component, tree);
        }
        return type.construct(arguments);
    }

    private @Nullable Object related(int component, RowTree tree) {
        List<RowTree> children = tree.children(relations[component]);
        TreeRecordReader<?> reader = nested[component];
        if (lists[component]) {
            List<Object> records = new ArrayList<>(children.size());
            for (RowTree child : children) {
                records.add(reader.map(child));
            }
            return Collections.unmodifiableList(records);
        }
        if (children.size() > 1) {
            throw new RecordMappingException(type.describe(component) + " holds one record, but relation "
                    + relations[component] + " has " + children.size() + " rows for this row");
        }
        return children.isEmpty() ? null : reader.map(children.get(0));
    }

    private @Nullable Object argument(int component, @Nullable Object value) {
        if (value == null) {
            if (type.componentType(component).isPrimitive()) {
                throw new RecordMappingException(type.describeWithType(component) + " cannot hold NULL, the value of"
                        + " column " + selected.get(columns[component]) + " in this row");
            }
            return null;
        }
        ValueConversion conversion = conversions[component];
        if (conversion == ValueConversion.AS_IS) {
            return value;
        }
        Object converted = conversion.convert(value, ValueConversion.boxed(type.componentType(component)));
        if (converted == null) {
            throw new RecordMappingException(type.describeWithType(component) + " cannot hold a "
                    + value.getClass().getName() + ", the value of column " + selected.get(columns[component]));
        }
        return converted;
    }

    private @Nullable Include includeFor(String component, List<Include> includes) {
        for (Include include : includes) {
            if (include.relation().name().equals(component)) {
                return include;
            }
        }
        return null;
    }

    private Class<? extends Record> childClass(int component, RecordComponent declared, Include include) {
        Class<?> raw = type.componentType(component);
        Type element = raw;
        if (raw == List.class) {
            Type generic = declared.getGenericType();
            element = generic instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[0] : Object.class;
        } else if (include.relation().kind().isToMany()) {
            throw new RecordMappingException(type.describeWithType(component) + " takes the rows of relation "
                    + include.relation() + ", which may be several; declare it as a List of records");
        }
        if (element instanceof Class<?> elementClass && elementClass.isRecord()) {
            return elementClass.asSubclass(Record.class);
        }
        throw new RecordMappingException(type.describe(component) + " takes the rows of relation " + include.relation()
                + ", so it must be a record" + (raw == List.class ? " list" : "") + ", not " + declared.getGenericType());
    }

    private int columnOf(int component) {
        int found = -1;
        for (int column = 0; column < selected.size(); column++) {
            String name = SelectedNames.outputName(selected.get(column));
            if (name != null && SelectedNames.matches(type.name(component), name)) {
                if (found >= 0) {
                    throw new RecordMappingException(type.describe(component) + " matches several columns: "
                            + selected.get(found) + " and " + selected.get(column) + "; tell them apart with as(\"…\")");
                }
                found = column;
            }
        }
        if (found < 0) {
            StringBuilder names = new StringBuilder();
            for (Expression<?> expression : selected) {
                names.append(names.length() == 0 ? "" : ", ").append(expression);
            }
            throw new RecordMappingException(type.describe(component) + " has neither a column nor an included relation"
                    + " of its name; the row has " + names);
        }
        return found;
    }
}
