package dev.quarry.jdbc;

import dev.quarry.jdbc.internal.RecordAssignments;
import dev.quarry.jdbc.internal.RecordType;
import dev.quarry.sql.Assignment;
import dev.quarry.sql.Column;
import dev.quarry.sql.EntityStatements;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Rows of one table read and written as records by primary key, composite keys included:
 *
 * <pre>{@code
 * Entities<Book> books = Entities.of(BOOKS, Book.class);
 * Book book = books.findById(tx, 10L);
 * Book saved = books.update(tx, new Book(book.id(), "New title", book.version()));
 * }</pre>
 *
 * <p>Each component of the record takes the column of its name, as {@link InsertQuery#values} says;
 * the key components fill the primary key. With a version column ({@link Column#version()}), every
 * update and delete checks that the row still has the record's version and an update increments it;
 * a stale record fails with {@link StaleRowException} and writes nothing. Writes are ordinary
 * INSERT, UPDATE and DELETE statements in the caller's transaction. Immutable and thread-safe.
 *
 * @param <R> the record class
 */
public final class Entities<R extends Record> {
    private final Table table;
    private final Class<R> recordClass;
    private final RecordAssignments assignments;
    private final RecordType<R> type;
    private final int versionComponent;
    /** The component of the table's single auto-increment key column, or -1. */
    private final int generatedKeyComponent;

    private Entities(Table table, Class<R> recordClass) {
        this.table = table;
        this.recordClass = recordClass;
        this.assignments = RecordAssignments.of(table, recordClass);
        this.type = RecordType.of(recordClass);
        EntityStatements.keyColumns(table);
        Column<?> version = table.versionColumn();
        this.versionComponent = version == null ? -1 : type.names().indexOf(componentOf(version));
        List<Column<?>> key = EntityStatements.keyColumns(table);
        this.generatedKeyComponent = key.size() == 1 && key.get(0).isAutoIncrement() ? componentIndexOf(key.get(0)) : -1;
    }

    /**
     * The entities of a table as records of a class.
     *
     * @throws RecordMappingException if a component has no column
     * @throws dev.quarry.InvalidQueryException if the table has no primary key
     */
    public static <R extends Record> Entities<R> of(Table table, Class<R> recordClass) {
        return new Entities<>(table, recordClass);
    }

    /** The row of this key (its values in key order), or null. */
    public @Nullable R findById(Transaction transaction, Object... key) {
        return transaction.selectFrom(table).where(EntityStatements.keyEquals(table, List.of(key))).fetchOneInto(recordClass);
    }

    /** The rows of these keys (each a single value, or a list of values for a composite key), in key order. */
    public List<R> findByIds(Transaction transaction, List<?> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<List<?>> lists = new ArrayList<>(keys.size());
        for (Object key : keys) {
            lists.add(key instanceof List<?> list ? list : List.of(key));
        }
        List<R> found = new ArrayList<>();
        int perStatement = Math.max(1, (transaction.dialect().maxBindParameters() - 1) / lists.get(0).size());
        for (int start = 0; start < lists.size(); start += perStatement) {
            List<List<?>> batch = lists.subList(start, Math.min(lists.size(), start + perStatement));
            found.addAll(transaction.selectFrom(table).where(EntityStatements.keyIn(table, batch))
                    .orderBy(EntityStatements.keyColumns(table).stream().map(Expression::asc).toArray(dev.quarry.sql.Order[]::new))
                    .fetchInto(recordClass));
        }
        return found;
    }

    /**
     * Inserts the record's row and returns the record as stored: when the table's key is one
     * auto-increment column and the record leaves it null, a copy with the key the database
     * generated; otherwise the record itself. A version column is written as the record gives it.
     *
     * @throws dev.quarry.InvalidValueException if a value does not fit its column
     */
    public R insert(Transaction transaction, R entity) {
        if (generatedKeyComponent < 0 || type.value(entity, generatedKeyComponent) != null) {
            transaction.insertInto(table).values(entity).execute();
            return entity;
        }
        long key = transaction.insertInto(table).values(entity).executeAndGetId();
        Object[] arguments = components(entity);
        Class<?> keyType = type.componentType(generatedKeyComponent);
        arguments[generatedKeyComponent] = keyType == Integer.class || keyType == int.class ? Math.toIntExact(key) : key;
        return type.construct(arguments);
    }

    /**
     * Updates the record's row to its values; with a version column, only if the row still has the
     * record's version, and returns the record with the incremented version.
     *
     * @throws StaleRowException naming the table and key if no row has the key (and version)
     */
    public R update(Transaction transaction, R entity) {
        Map<Column<?>, Object> values = valuesOf(entity);
        if (transaction.execute(EntityStatements.update(table, values)) == 0) {
            throw stale(values);
        }
        if (versionComponent < 0) {
            return entity;
        }
        Object[] arguments = components(entity);
        arguments[versionComponent] = EntityStatements.nextVersion(arguments[versionComponent]);
        return type.construct(arguments);
    }

    private Object[] components(R entity) {
        Object[] arguments = new Object[type.size()];
        for (int component = 0; component < arguments.length; component++) {
            arguments[component] = type.value(entity, component);
        }
        return arguments;
    }

    /**
     * Deletes the record's row; with a version column, only if the row still has the record's version.
     *
     * @throws StaleRowException naming the table and key if no row has the key (and version)
     */
    public void delete(Transaction transaction, R entity) {
        Map<Column<?>, Object> values = valuesOf(entity);
        if (transaction.execute(EntityStatements.delete(table, values)) == 0) {
            throw stale(values);
        }
    }

    /** Deletes the row of this key, whatever its version; returns whether there was one. */
    public boolean deleteById(Transaction transaction, Object... key) {
        return transaction.deleteFrom(table).where(EntityStatements.keyEquals(table, List.of(key))).execute() > 0;
    }

    private Map<Column<?>, Object> valuesOf(R entity) {
        Map<Column<?>, Object> values = new LinkedHashMap<>();
        for (Assignment<?> assignment : assignments.rowOf(entity)) {
            values.put(assignment.column(), assignment.value() instanceof Expression.Param<?> param ? param.value() : null);
        }
        return values;
    }

    private StaleRowException stale(Map<Column<?>, Object> values) {
        Column<?> version = table.versionColumn();
        return new StaleRowException(table.tableName(), EntityStatements.keyOf(table, values),
                version == null ? null : values.get(version));
    }

    private int componentIndexOf(Column<?> column) {
        for (int component = 0; component < type.size(); component++) {
            if (dev.quarry.jdbc.internal.SelectedNames.matches(type.name(component), column.name())) {
                return component;
            }
        }
        return -1;
    }

    private String componentOf(Column<?> column) {
        for (String name : type.names()) {
            if (dev.quarry.jdbc.internal.SelectedNames.matches(name, column.name())) {
                return name;
            }
        }
        throw new RecordMappingException(recordClass.getSimpleName() + " has no component for version column "
                + column.qualifiedName());
    }
}
