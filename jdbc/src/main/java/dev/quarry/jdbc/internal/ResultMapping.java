package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.Row;
import org.jspecify.annotations.Nullable;

/**
 * What the rows of a query become. Asked once per result, before its statement runs, for the
 * reader of its rows: whatever depends on the result's columns is decided there, not per row.
 * Implementations are immutable and thread-safe.
 *
 * @param <T> what a row becomes
 */
@FunctionalInterface
public interface ResultMapping<T extends @Nullable Object> {

    /** Rows as {@link Row}s. */
    ResultMapping<Row> ROWS = (layout, readers) -> resultSet -> StatementExecutor.readRow(resultSet, layout, readers);

    /**
     * The reader of the rows of a result.
     *
     * @param layout the selected expressions, in column order
     * @param readers the reader of each column's values, in column order
     */
    RowReader<T> readerFor(RowLayout layout, ValueCodec<?>[] readers);
}
