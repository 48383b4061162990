package dev.quarry.jdbc.internal;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Dialect;
import dev.quarry.jdbc.Row;
import dev.quarry.sql.Assignment;
import dev.quarry.sql.Column;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Insert;
import dev.quarry.sql.OnConflict;
import dev.quarry.sql.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An upsert into an audited table. Each row of VALUES must give at least one unique key (the
 * primary key, a unique constraint or a unique index) in full, with non-null plain values: the rows
 * the upsert can touch are exactly those matching these keys, whichever key the database decides a
 * conflict on (MySQL's ON DUPLICATE KEY takes any of them). They are read and locked before the
 * upsert and read again by the same keys after it; a row found only after it was inserted, a row
 * found before and after was updated (and is audited only if a value changed, so DO NOTHING and a
 * DO UPDATE that leaves a row as it was write no audit row). Stateless.
 */
final class AuditedUpsert {
    private AuditedUpsert() {
    }

    /**
     * The keys of the rows the upsert can touch, checked before anything is sent.
     *
     * @throws UnsupportedFeatureException for an INSERT … SELECT upsert, a row giving no unique key,
     *     and a DO UPDATE that changes the primary key or sets a unique column to another value than
     *     the one the row gives
     */
    static List<Map<Column<?>, Object>> keys(Insert upsert, Dialect dialect) {
        Table table = upsert.into();
        if (upsert.source() != null) {
            throw new UnsupportedFeatureException("an INSERT … SELECT upsert into the audited table " + table, dialect.name(),
                    "the rows it touches are found by the unique keys of its values; upsert the rows as values");
        }
        List<List<Column<?>>> uniqueKeys = AuditKeys.uniqueKeys(table);
        requireKeysKept(upsert.onConflict(), uniqueKeys, table, dialect);
        List<Map<Column<?>, Object>> keys = new ArrayList<>();
        List<List<Assignment<?>>> rows = upsert.rows().isEmpty() ? List.of(List.of()) : upsert.rows();
        for (int row = 0; row < rows.size(); row++) {
            int given = keys.size();
            for (List<Column<?>> key : uniqueKeys) {
                Map<Column<?>, Object> values = AuditKeys.givenKey(key, rows.get(row));
                if (values != null) {
                    keys.add(values);
                }
            }
            if (keys.size() == given) {
                throw new UnsupportedFeatureException("an upsert into the audited table " + table + " whose row " + row
                        + " gives no unique key in full", dialect.name(),
                        "give the primary key or a unique key with non-null values, so the row can be found before and"
                                + " after the upsert; or insert the row");
            }
        }
        return keys;
    }

    private static void requireKeysKept(OnConflict clause, List<List<Column<?>>> uniqueKeys, Table table, Dialect dialect) {
        if (clause.updates() == null) {
            return;
        }
        for (Assignment<?> assignment : clause.updates()) {
            Column<?> column = assignment.column();
            boolean primary = table.primaryKeyColumns().contains(column);
            boolean unique = uniqueKeys.stream().anyMatch(key -> key.contains(column));
            boolean ownValue = assignment.value() instanceof Expression.Excluded<?> excluded && excluded.column().equals(column);
            if (primary || unique && !ownValue) {
                throw new UnsupportedFeatureException("an upsert into the audited table " + table + " whose update sets the "
                        + (primary ? "primary" : "unique") + " key column " + column.name(), dialect.name(),
                        "the audit finds the updated row by its keys; update the key separately");
            }
        }
    }

    /** Adds one audit entry per row the upsert inserted or changed, judged by primary key, in the order of {@code after}. */
    static void classify(List<Row> before, List<Row> after, List<Column<?>> columns, Entries entries) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        Map<String, Row> previous = new java.util.HashMap<>();
        for (Row row : before) {
            previous.put(entries.key(row), row);
        }
        for (Row row : after) {
            String key = entries.key(row);
            if (!seen.add(key)) {
                continue;
            }
            Row old = previous.get(key);
            if (old == null) {
                entries.add("INSERT", row, null, row);
            } else if (changed(old, row, columns)) {
                entries.add("UPDATE", row, old, row);
            }
        }
    }

    private static boolean changed(Row before, Row after, List<Column<?>> columns) {
        for (Column<?> column : columns) {
            if (!java.util.Objects.deepEquals(before.get(column), after.get(column))) {
                return true;
            }
        }
        return false;
    }

    /** Where the entries go: the key of a row and one audit entry. */
    interface Entries {
        String key(Row row);

        void add(String action, Row keyed, @Nullable Row before, @Nullable Row after);
    }
}
