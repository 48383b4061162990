package dev.quarry.migrate.diff;

import java.util.OptionalLong;

/**
 * How many rows the live tables hold, asked only for the tables whose changes depend on it (a NOT
 * NULL column without a default, a narrowing type change), so that those changes are graded by
 * the data they meet. Implementations may count on first request and must answer the same for
 * the same table during one plan.
 */
@FunctionalInterface
public interface RowCounts {

    /** The number of rows of a live table (by its name in the database), or empty if unknown. */
    OptionalLong rows(String liveTable);

    /** Counts that know nothing: the changes are graded for a table that may hold rows. */
    static RowCounts unknown() {
        return table -> OptionalLong.empty();
    }
}
