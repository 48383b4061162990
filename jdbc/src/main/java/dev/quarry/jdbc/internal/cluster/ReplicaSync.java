package dev.quarry.jdbc.internal.cluster;

import dev.quarry.dialect.Dialect;
import dev.quarry.jdbc.Transaction;
import dev.quarry.jdbc.cluster.ReplicationPosition;
import java.time.Duration;

/**
 * How one database family reports the primary's replication position and waits for a replica to
 * replay up to it. Stateless; implementations are thread-safe.
 */
public interface ReplicaSync {
    /** The primary's position now, read in a transaction on the primary. */
    ReplicationPosition position(Transaction onPrimary);

    /**
     * Waits until the replica has replayed up to the position, at most {@code timeout}, in a
     * transaction on the replica. Returns whether it got there in time.
     */
    boolean await(Transaction onReplica, ReplicationPosition position, Duration timeout);

    /**
     * The synchronisation of a dialect. The dialect tells the server apart, not the driver: a
     * {@code jdbc:mysql:} URL that reaches MariaDB has the MariaDB dialect once connected.
     *
     * @throws UnsupportedOperationException for a database without replication (SQLite)
     */
    static ReplicaSync of(Dialect dialect) {
        return switch (dialect.name()) {
            case "postgresql" -> new PostgresReplicaSync();
            case "mariadb" -> new MariaDbReplicaSync();
            case "mysql" -> new MySqlReplicaSync();
            default -> throw new UnsupportedOperationException("read-your-writes needs a replication position, which "
                    + dialect.name() + " does not report; it is available on PostgreSQL, MariaDB and MySQL");
        };
    }
}
