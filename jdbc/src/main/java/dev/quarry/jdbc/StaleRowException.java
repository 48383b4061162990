package dev.quarry.jdbc;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An update or delete by entity found no row with the entity's key and version: another
 * transaction changed or deleted the row since the entity was read (or, for a table without a
 * version column, the row does not exist). Nothing was written; the caller usually reads the row
 * again and retries or reports a conflict.
 */
public class StaleRowException extends DataAccessException {
    private final String table;
    private final List<@Nullable Object> key;

    public StaleRowException(String table, List<@Nullable Object> key, @Nullable Object version) {
        super("row " + key + " of " + table + (version == null ? " does not exist"
                : " was changed or deleted by another transaction since it was read at version " + version)
                + "; nothing was written", null, null);
        this.table = table;
        this.key = key;
    }

    /** The table's name. */
    public String table() {
        return table;
    }

    /** The entity's primary key values, in key order. */
    public List<@Nullable Object> key() {
        return key;
    }
}
