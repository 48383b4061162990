package dev.quarry.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Turns the current row of a result set into a result object. Made for one result, whose columns
 * it knows by position; it keeps no state between rows.
 *
 * @param <T> what a row becomes
 */
@FunctionalInterface
public interface RowReader<T extends @Nullable Object> {

    /** The object of the row the result set is on. */
    T read(ResultSet resultSet) throws SQLException;
}
