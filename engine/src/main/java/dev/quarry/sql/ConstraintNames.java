package dev.quarry.sql;

import java.util.List;
import java.util.Locale;

/**
 * Deterministic names for constraints and indexes declared without one:
 * {@code prefix_table_column1_column2}. A name longer than 63 characters (PostgreSQL's limit;
 * MySQL's is 64) keeps its first 54 characters and ends in a hash of the whole, so two long
 * names that share a beginning still differ.
 */
final class ConstraintNames {
    static final int MAX_LENGTH = 63;
    private static final int HASH_LENGTH = 8;

    private ConstraintNames() {
    }

    /** The name of a constraint or index of these columns, all of one table. */
    static String of(String prefix, List<Column<?>> columns) {
        StringBuilder name = new StringBuilder(prefix).append('_').append(columns.get(0).table().tableName());
        for (Column<?> column : columns) {
            name.append('_').append(column.name());
        }
        return shortened(name.toString());
    }

    private static String shortened(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        String hash = String.format(Locale.ROOT, "%08x", name.hashCode());
        return name.substring(0, MAX_LENGTH - HASH_LENGTH - 1) + "_" + hash;
    }
}
