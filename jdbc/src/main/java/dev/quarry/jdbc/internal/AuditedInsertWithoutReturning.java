package dev.quarry.jdbc.internal;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Dialect;
import dev.quarry.jdbc.Row;
import dev.quarry.sql.Assignment;
import dev.quarry.sql.Column;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An insert into an audited table on a database without INSERT … RETURNING (MySQL): its rows are
 * read back by their keys in the same transaction. A row that gives its primary key is found by
 * it; a row that leaves an auto-increment key to the database is sent as a statement of its own,
 * whose generated key the driver reports exactly (several rows of one statement get consecutive
 * keys only under some {@code innodb_autoinc_lock_mode} and {@code auto_increment_increment}
 * settings, so nothing here relies on that). When every row gives its key the insert is sent as
 * one statement. Stateless.
 */
final class AuditedInsertWithoutReturning {
    private AuditedInsertWithoutReturning() {
    }

    /**
     * Refuses, before anything is sent, an insert whose rows could not be found again.
     *
     * @throws UnsupportedFeatureException for an INSERT … SELECT, for RETURNING, and for a row that
     *     leaves a primary key other than an auto-increment column to the database
     */
    static void requireAuditable(Insert insert, Dialect dialect) {
        Table table = insert.into();
        if (insert.source() != null) {
            throw new UnsupportedFeatureException("an INSERT … SELECT into the audited table " + table, dialect.name(),
                    "without INSERT … RETURNING the inserted rows cannot be found again for their audit rows;"
                            + " select the rows first and insert them as values");
        }
        if (!insert.returning().isEmpty()) {
            dialect.render(insert); // the dialect's own refusal of INSERT … RETURNING
        }
        if (!generatesKey(table)) {
            for (List<Assignment<?>> row : rowsOf(insert)) {
                if (AuditKeys.givenKey(table.primaryKeyColumns(), row) == null) {
                    throw new UnsupportedFeatureException("an insert into the audited table " + table
                            + " that leaves its primary key to the database", dialect.name(),
                            "without INSERT … RETURNING only an auto-increment key is read back; give the key's values");
                }
            }
        }
    }

    /**
     * Sends the insert and reads its rows back with every column.
     *
     * @return one row per row of the insert, in its order
     */
    static List<Row> run(JdbcTransaction transaction, Insert insert) {
        Table table = insert.into();
        List<Column<?>> primaryKey = table.primaryKeyColumns();
        List<List<Assignment<?>>> rows = rowsOf(insert);
        List<@Nullable Map<Column<?>, Object>> keys = new ArrayList<>(rows.size());
        boolean allGiven = true;
        for (List<Assignment<?>> row : rows) {
            Map<Column<?>, Object> given = AuditKeys.givenKey(primaryKey, row);
            keys.add(given);
            allGiven &= given != null;
        }
        if (allGiven) {
            transaction.updateDirectly(insert);
        } else {
            List<@Nullable Long> generated = transaction.insertEachReturningKeyDirectly(insert);
            Column<?> column = primaryKey.get(0);
            for (int row = 0; row < keys.size(); row++) {
                Long key = generated.get(row);
                if (keys.get(row) == null) {
                    if (key == null) {
                        throw new IllegalStateException("the database reported no generated key for row " + row
                                + " of the insert into " + table + ", which its audit row needs");
                    }
                    keys.set(row, Map.of(column, AuditKeys.generated(column, key)));
                }
            }
        }
        List<Map<Column<?>, Object>> known = new ArrayList<>(keys.size());
        for (Map<Column<?>, Object> key : keys) {
            known.add(java.util.Objects.requireNonNull(key));
        }
        Map<String, Row> byKey = new HashMap<>();
        for (Row row : AuditKeys.read(transaction, table, known, false)) {
            byKey.put(AuditJson.object(primaryKey, valuesOf(primaryKey, row)), row);
        }
        List<Row> inOrder = new ArrayList<>(known.size());
        for (Map<Column<?>, Object> key : known) {
            Row row = byKey.get(AuditJson.object(primaryKey, new HashMap<>(key)));
            if (row == null) {
                throw new IllegalStateException("the row " + AuditJson.object(primaryKey, new HashMap<>(key))
                        + " inserted into " + table + " cannot be read back for its audit row");
            }
            inOrder.add(row);
        }
        return inOrder;
    }

    private static boolean generatesKey(Table table) {
        List<Column<?>> key = table.primaryKeyColumns();
        return key.size() == 1 && key.get(0).equals(table.autoIncrementColumn());
    }

    /** The rows of a VALUES insert; an insert of defaults only is one row without assignments. */
    private static List<List<Assignment<?>>> rowsOf(Insert insert) {
        return insert.rows().isEmpty() ? List.of(List.of()) : insert.rows();
    }

    private static Map<Column<?>, @Nullable Object> valuesOf(List<Column<?>> columns, Row row) {
        Map<Column<?>, @Nullable Object> values = new HashMap<>();
        for (Column<?> column : columns) {
            values.put(column, row.get(column));
        }
        return values;
    }
}
