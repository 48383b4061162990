package dev.quarry.jdbc.internal.cluster;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.TransactionOptions;
import dev.quarry.jdbc.cluster.ReplicationPosition;
import java.time.Duration;

/**
 * Read-your-writes for a cluster: reads the primary's position after a commit, and waits, at most
 * the configured time, for a replica to replay up to a position. Thread-safe.
 */
public final class ReplicaCatchUp {
    private static final TransactionOptions READ_ONLY = TransactionOptions.DEFAULT.readOnly();

    private final Database primary;
    private final Duration timeout;

    public ReplicaCatchUp(Database primary, Duration timeout) {
        this.primary = primary;
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    /**
     * The primary's position now: at or after every commit that returned before this call.
     *
     * @throws UnsupportedOperationException for a database without replication positions
     */
    public ReplicationPosition primaryPosition() {
        ReplicaSync sync = ReplicaSync.of(primary.dialect());
        return primary.transaction(sync::position);
    }

    /**
     * Whether the replica replayed up to the position within the timeout, checked in a read-only
     * transaction of its own, so that the caller's transaction takes its snapshot afterwards.
     *
     * @throws IllegalArgumentException for a position of another database family
     */
    public boolean await(Database replica, ReplicationPosition position) {
        if (!position.dialect().equals(replica.dialect().name())) {
            throw new IllegalArgumentException("a " + position.dialect() + " replication position cannot be awaited on "
                    + replica.dialect().name() + " database '" + replica.name() + "'");
        }
        ReplicaSync sync = ReplicaSync.of(replica.dialect());
        return replica.transaction(READ_ONLY, transaction -> sync.await(transaction, position, timeout));
    }

    /** {@link #primaryPosition()} on the primary's executor. */
    public java.util.concurrent.CompletableFuture<ReplicationPosition> primaryPositionAsync() {
        ReplicaSync sync = ReplicaSync.of(primary.dialect());
        return primary.transactionAsync(sync::position);
    }

    /** {@link #await} on the replica's executor; a position of another family fails the future. */
    public java.util.concurrent.CompletableFuture<Boolean> awaitAsync(Database replica, ReplicationPosition position) {
        if (!position.dialect().equals(replica.dialect().name())) {
            return java.util.concurrent.CompletableFuture.failedFuture(new IllegalArgumentException("a " + position.dialect()
                    + " replication position cannot be awaited on " + replica.dialect().name() + " database '" + replica.name() + "'"));
        }
        ReplicaSync sync = ReplicaSync.of(replica.dialect());
        return replica.transactionAsync(READ_ONLY, transaction -> sync.await(transaction, position, timeout));
    }
}
