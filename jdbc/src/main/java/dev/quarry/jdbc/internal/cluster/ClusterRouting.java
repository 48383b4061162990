package dev.quarry.jdbc.internal.cluster;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.cluster.ReplicaPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Decides where a cluster's transaction runs: writes on the primary; read-only transactions on a
 * replica the policy picks among those not backing off, or on the primary when none is left. The
 * decision allocates nothing and takes no lock. Thread-safe.
 */
public final class ClusterRouting {
    private final ClusterMember primary;
    private final ClusterMember[] replicas;
    private final ReplicaPolicy policy;
    private final long backoffNanos;
    private final AtomicInteger turn = new AtomicInteger();

    public ClusterRouting(Database primary, List<Database> replicas, ReplicaPolicy policy, Duration backoff) {
        this.primary = new ClusterMember(primary, false);
        this.replicas = replicas.stream().map(replica -> new ClusterMember(replica, true)).toArray(ClusterMember[]::new);
        this.policy = policy;
        this.backoffNanos = backoff.toNanos();
    }

    public ClusterMember primary() {
        return primary;
    }

    /** The member of a database of this cluster, or null for another database. */
    public @Nullable ClusterMember memberOf(Database database) {
        if (primary.database() == database) {
            return primary;
        }
        for (ClusterMember replica : replicas) {
            if (replica.database() == database) {
                return replica;
            }
        }
        return null;
    }

    /** Where a new transaction goes first. */
    public ClusterMember first(boolean readOnly) {
        if (!readOnly || replicas.length == 0) {
            return primary;
        }
        ClusterMember chosen = pick(System.nanoTime(), null);
        return chosen == null ? primary : chosen;
    }

    /**
     * Where a read-only transaction goes after {@code failed} could not take it: another replica
     * not backing off, else the primary; null if the primary itself failed.
     */
    public @Nullable ClusterMember after(ClusterMember failed) {
        if (!failed.isReplica()) {
            return null;
        }
        ClusterMember chosen = pick(System.nanoTime(), failed);
        return chosen == null ? primary : chosen;
    }

    /** Leaves a replica out for the back-off period; the primary is never left out. */
    public void markUnavailable(ClusterMember member) {
        if (member.isReplica()) {
            member.markUnavailable(System.nanoTime(), backoffNanos);
        }
    }

    private @Nullable ClusterMember pick(long now, @Nullable ClusterMember excluded) {
        int count = replicas.length;
        if (policy == ReplicaPolicy.LEAST_BUSY) {
            ClusterMember best = null;
            for (ClusterMember replica : replicas) {
                if (replica != excluded && replica.isAvailable(now) && (best == null || replica.running() < best.running())) {
                    best = replica;
                }
            }
            return best;
        }
        int start = Math.floorMod(turn.getAndIncrement(), count);
        for (int offset = 0; offset < count; offset++) {
            ClusterMember replica = replicas[(start + offset) % count];
            if (replica != excluded && replica.isAvailable(now)) {
                return replica;
            }
        }
        return null;
    }
}
