package dev.quarry.jdbc.cluster;

import java.util.Objects;

/**
 * Where the primary's change history stood right after a transaction committed: a WAL location
 * ({@code 0/3000148}) on PostgreSQL, a GTID position ({@code 0-1-42}, one per replication domain)
 * on MariaDB, the executed GTID set ({@code 3E11FA47-71CA-11E1-9E33-C80AA9429562:1-57}) on MySQL. A replica that has replayed up to it sees that commit. Passed explicitly in Java, or
 * carried by the Kotlin DSL's {@code ReadYourWrites} context element. Immutable.
 *
 * @param dialect the name of the dialect whose server reported it
 * @param value the position as the server wrote it
 */
public record ReplicationPosition(String dialect, String value) {
    public ReplicationPosition {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a replication position must not be blank");
        }
    }
}
