package dev.quarry.schema;

import java.util.List;

/** Checks shared by the definition records. */
final class Definitions {
    private Definitions() {
    }

    /** An immutable copy of a non-empty list of column names. */
    static List<String> columnNames(List<String> columns, String owner) {
        List<String> copy = List.copyOf(columns);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(owner + " needs at least one column");
        }
        return copy;
    }
}
