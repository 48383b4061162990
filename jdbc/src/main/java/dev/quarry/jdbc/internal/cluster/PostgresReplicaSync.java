package dev.quarry.jdbc.internal.cluster;

import dev.quarry.QuarryException;
import dev.quarry.jdbc.Transaction;
import dev.quarry.jdbc.cluster.ReplicationPosition;
import java.time.Duration;
import java.util.Objects;

/**
 * PostgreSQL: the primary's WAL insert location after the commit (the commit record lies before
 * it); a standby has the commit once {@code pg_last_wal_replay_lsn()} reaches it. A server that is
 * not a standby has every commit it could have.
 */
final class PostgresReplicaSync implements ReplicaSync {
    private static final long POLL_MILLIS = 5;

    @Override
    public ReplicationPosition position(Transaction onPrimary) {
        Object value = onPrimary.fetch("SELECT CAST(pg_current_wal_insert_lsn() AS text) AS position").get(0).get("position");
        return new ReplicationPosition("postgresql", Objects.toString(value));
    }

    @Override
    public boolean await(Transaction onReplica, ReplicationPosition position, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Object reached = onReplica.fetch("SELECT NOT pg_is_in_recovery() OR pg_last_wal_replay_lsn() >= CAST(? AS pg_lsn) AS reached",
                    position.value()).get(0).get("reached");
            if (Boolean.TRUE.equals(reached)) {
                return true;
            }
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new QuarryException("interrupted while waiting for a replica to replay " + position.value(), e);
            }
        }
    }
}
