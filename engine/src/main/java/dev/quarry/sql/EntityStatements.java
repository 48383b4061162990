package dev.quarry.sql;

import dev.quarry.InvalidQueryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The statements that read and write one entity of a table by its primary key, built from the
 * entity's column values: {@code UPDATE … SET …, version = version + 1 WHERE key = ? AND version = ?}
 * and {@code DELETE … WHERE key = ? AND version = ?} when the table has a {@link Table#versionColumn()},
 * the same without the version check otherwise. They are ordinary {@link Update} and {@link Delete}
 * trees, so they run through the same pipeline as every other statement. Stateless and thread-safe.
 */
public final class EntityStatements {
    private EntityStatements() {
    }

    /**
     * The table's primary key columns.
     *
     * @throws InvalidQueryException if the table has none
     */
    public static List<Column<?>> keyColumns(Table table) {
        List<Column<?>> key = table.primaryKeyColumns();
        if (key.isEmpty()) {
            throw new InvalidQueryException("table " + table.tableName() + " has no primary key, so its rows cannot be"
                    + " found, updated or deleted by key; declare primaryKey(…)");
        }
        return key;
    }

    /**
     * {@code key = values}, pairwise.
     *
     * @throws InvalidQueryException if the number of values is not the number of key columns
     */
    @SuppressWarnings("unchecked")
    public static Condition keyEquals(Table table, List<?> keyValues) {
        List<Column<?>> key = keyColumns(table);
        if (keyValues.size() != key.size()) {
            throw new InvalidQueryException("the primary key of " + table.tableName() + " has " + key.size() + " column(s) "
                    + KeyColumns.describe(key) + ", but " + keyValues.size() + " value(s) were given: " + keyValues);
        }
        List<Condition> parts = new ArrayList<>(key.size());
        for (int i = 0; i < key.size(); i++) {
            parts.add(((Column<Object>) key.get(i)).eq(keyValues.get(i)));
        }
        return Condition.allOf(parts);
    }

    /** Rows whose key is any of these: {@code key IN (…)} for one column, OR of key equalities otherwise. */
    @SuppressWarnings("unchecked")
    public static Condition keyIn(Table table, List<? extends List<?>> keys) {
        List<Column<?>> key = keyColumns(table);
        if (key.size() == 1) {
            List<Object> values = new ArrayList<>(keys.size());
            for (List<?> one : keys) {
                keyEquals(table, one);
                values.add(one.get(0));
            }
            return ((Column<Object>) key.get(0)).in(values);
        }
        List<Condition> alternatives = new ArrayList<>(keys.size());
        for (List<?> one : keys) {
            alternatives.add(keyEquals(table, one));
        }
        return Condition.anyOf(alternatives);
    }

    /** The key values of an entity's column values, in key order. */
    public static List<@Nullable Object> keyOf(Table table, Map<Column<?>, ?> values) {
        List<@Nullable Object> key = new ArrayList<>();
        for (Column<?> column : keyColumns(table)) {
            if (!values.containsKey(column)) {
                throw new InvalidQueryException("the entity has no value for key column " + column.qualifiedName());
            }
            key.add(values.get(column));
        }
        return key;
    }

    /**
     * The update of an entity's row to its column values: the key and version columns select the
     * row, every other column is set, and the version column is incremented.
     */
    @SuppressWarnings("unchecked")
    public static Update update(Table table, Map<Column<?>, ?> values) {
        Update update = Update.table(table);
        Column<?> version = table.versionColumn();
        List<Column<?>> key = keyColumns(table);
        for (Map.Entry<Column<?>, ?> entry : values.entrySet()) {
            Column<?> column = entry.getKey();
            if (!key.contains(column) && !column.equals(version)) {
                update = update.set((Column<Object>) column, entry.getValue());
            }
        }
        if (version != null) {
            Column<Object> versioned = (Column<Object>) version;
            update = update.set(new Assignment<>(versioned, (Expression<Object>) (Expression<?>) incremented(version)));
        }
        return update.where(rowCondition(table, values));
    }

    /** The delete of an entity's row, by key and, with a version column, by version. */
    public static Delete delete(Table table, Map<Column<?>, ?> values) {
        return Delete.from(table).where(rowCondition(table, values));
    }

    /** The version after an update: one more than the entity's. */
    public static Object nextVersion(Object version) {
        return version instanceof Integer number ? (Object) (number + 1) : (Object) (((Number) version).longValue() + 1);
    }

    @SuppressWarnings("unchecked")
    private static Condition rowCondition(Table table, Map<Column<?>, ?> values) {
        Condition condition = keyEquals(table, keyOf(table, values));
        Column<?> version = table.versionColumn();
        if (version != null) {
            if (values.get(version) == null) {
                throw new InvalidQueryException("the entity has no value for version column " + version.qualifiedName());
            }
            condition = condition.and(((Column<Object>) version).eq(values.get(version)));
        }
        return condition;
    }

    @SuppressWarnings("unchecked")
    private static Expression<?> incremented(Column<?> version) {
        return version.sqlType().equals(SqlType.INTEGER)
                ? ((Column<Integer>) version).add(1)
                : ((Column<Long>) version).add(1L);
    }
}
