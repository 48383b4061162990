package dev.quarry.jdbc;

import dev.quarry.QuarryException;

/**
 * A record and a result row, or a record and a table, do not fit together: a record component
 * without a column of its name, a selected column no component takes, a column whose values are
 * of a type the component cannot hold, or NULL for a primitive component. The message names the
 * record component, the column and, where types differ, both types; it never shows values.
 *
 * <p>Mismatches of names and types are found from the query or the table before any SQL runs; a
 * NULL for a primitive component is found when the row is read, and the transaction then fails
 * as for any other exception.
 */
public class RecordMappingException extends QuarryException {
    private static final long serialVersionUID = 1L;

    public RecordMappingException(String message) {
        super(message);
    }

    public RecordMappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
