package dev.quarry.jdbc.internal;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Dialect;
import dev.quarry.jdbc.Row;
import dev.quarry.jdbc.SerializationFailureException;
import dev.quarry.jdbc.audit.AuditLog;
import dev.quarry.sql.Assignment;
import dev.quarry.sql.Column;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Delete;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Select;
import dev.quarry.sql.Statement;
import dev.quarry.sql.Table;
import dev.quarry.sql.Update;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Writes the audit log of the tables declared {@code audited()}, in the transaction of the change:
 * before an update or delete it reads the rows the statement matches (locking them
 * {@code FOR UPDATE} where the database has row locks, so the images are those the statement
 * changes); an insert runs with RETURNING of every column where the database has it, which gives
 * its after images with generated keys and defaults, and is otherwise read back by key
 * ({@link AuditedInsertWithoutReturning}); an upsert reads and locks the rows of the unique keys
 * its values give before it and reads them again after it ({@link AuditedUpsert}); after an update
 * the changed rows are read again by their keys. Then one audit row per changed row is inserted.
 * Thread-safe; one {@link Pending} per write.
 */
final class AuditTrail {
    private static final int KEYS_PER_QUERY = 500;

    private final Dialect dialect;
    private final Supplier<@Nullable String> actors;
    private volatile @Nullable Boolean locksRows;

    AuditTrail(Dialect dialect, Supplier<@Nullable String> actors) {
        this.dialect = dialect;
        this.actors = actors;
    }

    boolean covers(Table table) {
        return table.isAudited();
    }

    /**
     * Prepares the audit of a write: reads the before images of an update, a delete or an upsert;
     * gives an insert RETURNING of every column where the database has it.
     *
     * @throws UnsupportedFeatureException for a write whose rows could not be found again (see
     *     {@link AuditedUpsert#keys} and {@link AuditedInsertWithoutReturning#requireAuditable})
     * @throws IllegalStateException if the table has no primary key
     */
    Pending before(JdbcTransaction transaction, Statement statement) {
        if (statement instanceof Insert insert) {
            Table table = insert.into();
            requireKey(table);
            if (insert.onConflict() != null) {
                List<Map<Column<?>, Object>> keys = AuditedUpsert.keys(insert, dialect);
                return new Pending(transaction, table, insert, AuditKeys.read(transaction, table, keys, locksRows(Select.from(table))), keys);
            }
            if (!dialect.supportsInsertReturning()) {
                AuditedInsertWithoutReturning.requireAuditable(insert, dialect);
                return new Pending(transaction, table, insert, List.of(), List.of());
            }
            Set<Expression<?>> returned = new LinkedHashSet<>(insert.returning());
            returned.addAll(table.columns());
            return new Pending(transaction, table, insert.returning(List.copyOf(returned)), List.of(), List.of());
        }
        Table table = statement instanceof Update update ? update.table() : ((Delete) statement).from();
        requireKey(table);
        Condition where = statement instanceof Update update ? update.where() : ((Delete) statement).where();
        Select matched = Select.from(table);
        if (where != null) {
            matched = matched.where(where);
        }
        if (locksRows(matched)) {
            matched = matched.forUpdate();
        }
        return new Pending(transaction, table, statement, transaction.fetchAsIs(matched), List.of());
    }

    private boolean locksRows(Select select) {
        Boolean known = locksRows;
        if (known == null) {
            try {
                dialect.render(select.forUpdate());
                known = true;
            } catch (UnsupportedFeatureException noRowLocks) {
                // SQLite locks the whole database for the write instead.
                known = false;
            }
            locksRows = known;
        }
        return known;
    }

    private static void requireKey(Table table) {
        if (table.primaryKeyColumns().isEmpty()) {
            throw new IllegalStateException("the audited table " + table + " has no primary key, which its audit rows need");
        }
    }

    /** The audit of one write, between its before images and the audit rows. */
    final class Pending {
        private final JdbcTransaction transaction;
        private final Table table;
        private final Statement statement;
        private final List<Row> before;
        private final List<Map<Column<?>, Object>> upsertKeys;
        private final Instant time = Instant.now().truncatedTo(ChronoUnit.MICROS);

        Pending(JdbcTransaction transaction, Table table, Statement statement, List<Row> before,
                List<Map<Column<?>, Object>> upsertKeys) {
            this.transaction = transaction;
            this.table = table;
            this.statement = statement;
            this.before = before;
            this.upsertKeys = upsertKeys;
        }

        /** Whether this is the audit of an insert (not an upsert), which {@link #insert()} sends itself. */
        boolean isInsert() {
            return statement instanceof Insert insert && insert.onConflict() == null;
        }

        /**
         * Sends the insert, with RETURNING of every column where the database has it, otherwise
         * reading its rows back by key, and writes its audit rows.
         *
         * @return every column of each inserted row, in the order of the insert's rows
         */
        List<Row> insert() {
            List<Row> rows = dialect.supportsInsertReturning() ? transaction.fetchReturningDirectly(statement)
                    : AuditedInsertWithoutReturning.run(transaction, (Insert) statement);
            inserted(rows);
            return rows;
        }

        /** Writes the audit rows of an insert from its rows. */
        private void inserted(List<Row> returned) {
            List<List<Assignment<?>>> entries = new ArrayList<>(returned.size());
            for (Row row : returned) {
                entries.add(entry("INSERT", key(row), null, image(row)));
            }
            write(entries);
        }

        /**
         * Writes the audit rows of an update or delete once it ran.
         *
         * @throws SerializationFailureException if the statement changed other rows than those read
         *     before it (rows a concurrent transaction committed in between), which would go unaudited
         */
        void written(long affectedRows) {
            if (statement instanceof Insert) {
                upserted();
                return;
            }
            if (affectedRows != before.size()) {
                String message = "the " + (statement instanceof Delete ? "delete from" : "update of") + " the audited table "
                        + table + " changed " + affectedRows + " rows but " + before.size() + " matched just before it;"
                        + " a concurrent transaction changed the table in between, so the change is refused rather than"
                        + " left partly unaudited; run the transaction again";
                throw new SerializationFailureException(message, null, new SQLException(message, "40001"));
            }
            if (before.isEmpty()) {
                return;
            }
            List<List<Assignment<?>>> entries = new ArrayList<>(before.size());
            if (statement instanceof Delete) {
                for (Row row : before) {
                    entries.add(entry("DELETE", key(row), image(row), null));
                }
            } else {
                Map<String, Row> after = afterImages((Update) statement);
                for (Row row : before) {
                    String oldKey = key(row);
                    Row changed = after.get(newKey((Update) statement, row));
                    entries.add(entry("UPDATE", changed == null ? oldKey : key(changed), image(row),
                            changed == null ? null : image(changed)));
                }
            }
            write(entries);
        }

        /** Writes the audit rows of an upsert: the rows of its keys read again, compared with those read before it. */
        private void upserted() {
            List<Row> after = AuditKeys.read(transaction, table, upsertKeys, false);
            List<List<Assignment<?>>> entries = new ArrayList<>(after.size());
            AuditedUpsert.classify(before, after, table.columns(), new AuditedUpsert.Entries() {
                @Override
                public String key(Row row) {
                    return Pending.this.key(row);
                }

                @Override
                public void add(String action, Row keyed, @Nullable Row old, @Nullable Row changed) {
                    entries.add(entry(action, key(keyed), old == null ? null : image(old), changed == null ? null : image(changed)));
                }
            });
            write(entries);
        }

        /** The updated rows read again by their keys, by their key's JSON. */
        private Map<String, Row> afterImages(Update update) {
            List<Column<?>> key = table.primaryKeyColumns();
            Map<String, Row> rows = new HashMap<>();
            for (int from = 0; from < before.size(); from += KEYS_PER_QUERY) {
                Condition any = null;
                for (Row row : before.subList(from, Math.min(before.size(), from + KEYS_PER_QUERY))) {
                    Condition one = null;
                    for (Column<?> column : key) {
                        Condition equal = equalTo(column, newValue(update, column, row));
                        one = one == null ? equal : one.and(equal);
                    }
                    any = any == null ? one : any.or(one);
                }
                for (Row row : transaction.fetchAsIs(Select.from(table).where(any))) {
                    rows.put(key(row), row);
                }
            }
            return rows;
        }

        private String newKey(Update update, Row row) {
            Map<Column<?>, @Nullable Object> values = new HashMap<>();
            for (Column<?> column : table.primaryKeyColumns()) {
                values.put(column, newValue(update, column, row));
            }
            return AuditJson.object(table.primaryKeyColumns(), values);
        }

        /** A key column's value after the update: the value it assigns, or the value before. */
        private @Nullable Object newValue(Update update, Column<?> column, Row row) {
            for (Assignment<?> assignment : update.assignments()) {
                if (assignment.column().equals(column)) {
                    if (assignment.value() instanceof Expression.Param<?> param) {
                        return param.value();
                    }
                    throw new UnsupportedFeatureException("an update of the audited table " + table
                            + " that sets its key column " + column.name() + " to an expression", dialect.name(),
                            "set the key to a value, so the updated row can be found for its after image");
                }
            }
            return row.get(column);
        }

        @SuppressWarnings("unchecked")
        private static Condition equalTo(Column<?> column, @Nullable Object value) {
            return ((Column<Object>) column).eq(value);
        }

        private String key(Row row) {
            return AuditJson.object(table.primaryKeyColumns(), valuesOf(table.primaryKeyColumns(), row));
        }

        private String image(Row row) {
            return AuditJson.object(table.columns(), valuesOf(table.columns(), row));
        }

        private List<Assignment<?>> entry(String action, String key, @Nullable String before, @Nullable String after) {
            AuditLog log = AuditLog.TABLE;
            return List.of(Assignment.of(log.tableName, table.tableName()), Assignment.of(log.rowKey, key),
                    Assignment.of(log.action, action), Assignment.of(log.beforeImage, before),
                    Assignment.of(log.afterImage, after), Assignment.of(log.actor, actor()),
                    Assignment.of(log.occurredAt, time));
        }

        private @Nullable String actor() {
            String chosen = transaction.auditActor();
            return chosen != null ? chosen : actors.get();
        }

        private void write(List<List<Assignment<?>>> entries) {
            if (!entries.isEmpty()) {
                transaction.execute(Insert.into(AuditLog.TABLE).addRows(entries));
            }
        }
    }

    private static Map<Column<?>, @Nullable Object> valuesOf(List<Column<?>> columns, Row row) {
        Map<Column<?>, @Nullable Object> values = new HashMap<>();
        for (Column<?> column : columns) {
            values.put(column, row.get(column));
        }
        return values;
    }
}
