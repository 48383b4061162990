package dev.quarry.sql;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The client-side validators of one table: value checks declared on its columns and validators
 * across several columns. Filled while the table is constructed; read concurrently afterwards.
 */
final class ClientChecks {
    /** A check of one column's non-null values. */
    record ValueCheck(Column<?> column, String message, Predicate<@Nullable Object> rule) { }

    /** A validator of several columns, run when a row gives all of them plain values. */
    record RowCheck(String message, List<Column<?>> columns, Predicate<RowValues> rule) { }

    private final List<ValueCheck> valueChecks = new CopyOnWriteArrayList<>();
    private final List<RowCheck> rowChecks = new CopyOnWriteArrayList<>();

    void add(ValueCheck check) {
        valueChecks.add(check);
    }

    void add(RowCheck check) {
        rowChecks.add(check);
    }

    List<ValueCheck> valueChecks() {
        return valueChecks;
    }

    List<RowCheck> rowChecks() {
        return rowChecks;
    }

    boolean isEmpty() {
        return valueChecks.isEmpty() && rowChecks.isEmpty();
    }
}
