package dev.quarry.jdbc.cluster;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.Propagation;
import dev.quarry.jdbc.TransactionOptions;
import dev.quarry.jdbc.TransactionWork;
import dev.quarry.jdbc.internal.cluster.AsyncClusterTransactions;
import dev.quarry.jdbc.internal.cluster.ClusterMember;
import dev.quarry.jdbc.internal.cluster.ClusterRouting;
import dev.quarry.jdbc.internal.cluster.ReplicaCatchUp;
import dev.quarry.jdbc.internal.cluster.ReplicaFailures;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One primary and any number of read replicas used as one database. Read-only transactions
 * ({@link TransactionOptions#readOnly()}) run on a replica the {@link ReplicaPolicy} picks; all
 * others run on the primary.
 *
 * <pre>{@code
 * DatabaseCluster cluster = Database.cluster(primary, replica);
 * List<Row> rows = cluster.transaction(TransactionOptions.DEFAULT.readOnly(), tx -> tx.selectFrom(USERS).fetch());
 * }</pre>
 *
 * <p><b>Failover.</b> A replica that cannot give a connection, or answers that it cannot take
 * sessions now, is left out for the {@link Builder#backoff back-off period}; the transaction then
 * goes to another replica, or to the primary when none is left. This happens only before the work
 * started: once it has run on a server, a failure is thrown to the caller and the transaction
 * never moves to another server halfway.
 *
 * <p><b>Read-your-writes.</b> {@link #transactionCommitted} returns, with the result, the
 * primary's {@link ReplicationPosition} after the commit; a read-only transaction given that
 * position first waits, at most {@link Builder#readYourWritesTimeout}, for its replica to replay
 * it, and runs on the primary if the replica does not get there in time. PostgreSQL, MariaDB and
 * MySQL (with {@code gtid_mode = ON}) only.
 *
 * <p>Inside a transaction of this cluster on the same thread, another one joins the server the
 * outer one runs on (unless {@link Propagation#REQUIRES_NEW}). The cluster owns its databases:
 * {@link #close()} closes them all. Immutable configuration; thread-safe.
 */
public final class DatabaseCluster implements AutoCloseable {
    private final Database primary;
    private final List<Database> replicas;
    private final ReplicaPolicy policy;
    private final Duration backoff;
    private final ClusterRouting routing;
    private final ReplicaCatchUp catchUp;
    private final AsyncClusterTransactions async;
    private final ThreadLocal<@Nullable ClusterMember> current = new ThreadLocal<>();

    private DatabaseCluster(Builder builder) {
        this.primary = builder.primary;
        this.replicas = List.copyOf(builder.replicas);
        this.policy = builder.policy;
        this.backoff = builder.backoff;
        this.routing = new ClusterRouting(primary, replicas, policy, backoff);
        this.catchUp = new ReplicaCatchUp(primary, builder.readYourWritesTimeout);
        this.async = new AsyncClusterTransactions(routing, catchUp);
    }

    /** A cluster with the default settings: round robin, 5 s back-off, 1 s read-your-writes wait. */
    public static DatabaseCluster of(Database primary, Database... replicas) {
        return builder(primary).replicas(List.of(replicas)).build();
    }

    public static Builder builder(Database primary) {
        return new Builder(primary);
    }

    public Database primary() {
        return primary;
    }

    public List<Database> replicas() {
        return replicas;
    }

    public ReplicaPolicy policy() {
        return policy;
    }

    public Duration backoff() {
        return backoff;
    }

    public Duration readYourWritesTimeout() {
        return catchUp.timeout();
    }

    /** Whether a replica of this cluster is taking transactions now, not backing off. */
    public boolean isAvailable(Database replica) {
        ClusterMember member = routing.memberOf(replica);
        if (member == null) {
            throw new IllegalArgumentException("database '" + replica.name() + "' is not a member of this cluster");
        }
        return member.isAvailable(System.nanoTime());
    }

    /** Runs work in a read-write transaction on the primary. */
    public <R extends @Nullable Object> R transaction(TransactionWork<R> work) {
        return transaction(TransactionOptions.DEFAULT, null, work);
    }

    /** Runs work on a replica when the options are read-only, on the primary otherwise. */
    public <R extends @Nullable Object> R transaction(TransactionOptions options, TransactionWork<R> work) {
        return transaction(options, null, work);
    }

    /**
     * Runs work like {@link #transaction(TransactionOptions, TransactionWork)}; a read-only
     * transaction with a position sees every commit up to it, on a replica that has replayed it or
     * else on the primary.
     */
    public <R extends @Nullable Object> R transaction(TransactionOptions options, @Nullable ReplicationPosition after,
            TransactionWork<R> work) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(work, "work");
        ClusterMember open = current.get();
        if (open != null && options.propagation() != Propagation.REQUIRES_NEW) {
            return open.database().transaction(options, work);
        }
        ClusterMember member = routing.first(options.isReadOnly());
        while (true) {
            if (after != null && member.isReplica() && !caughtUp(member, after)) {
                member = routing.primary();
            }
            boolean[] started = {false};
            ClusterMember running = member;
            running.enter();
            current.set(running);
            try {
                return running.database().transaction(options, transaction -> {
                    started[0] = true;
                    return work.run(transaction);
                });
            } catch (RuntimeException | Error failure) {
                ClusterMember next = failedOn(running, failure, started[0]);
                if (next == null) {
                    throw failure;
                }
                member = next;
            } finally {
                running.leave();
                current.remove();
            }
        }
    }

    /**
     * Runs work in a read-write transaction on the primary and returns its result with the
     * primary's position after the commit, for {@link #transaction(TransactionOptions,
     * ReplicationPosition, TransactionWork) reads that must see it}. Reading the position costs one
     * more round trip to the primary.
     *
     * @throws UnsupportedOperationException on a database without replication positions (SQLite)
     */
    public <R extends @Nullable Object> Committed<R> transactionCommitted(TransactionWork<R> work) {
        R result = transaction(TransactionOptions.DEFAULT, null, work);
        return new Committed<>(result, catchUp.primaryPosition());
    }

    /**
     * {@link #transaction(TransactionOptions, ReplicationPosition, TransactionWork)} without holding
     * the caller's thread: the wait for the replica and the work run as asynchronous transactions of
     * the chosen database ({@link Database#transactionAsync}), with the same routing and failover.
     * It never joins a transaction the caller has open. Cancelling the future cancels the statement
     * running at that moment.
     *
     * @param after the position a read-only transaction must see, or null
     */
    public <R extends @Nullable Object> CompletableFuture<R> transactionAsync(TransactionOptions options,
            @Nullable ReplicationPosition after, TransactionWork<R> work) {
        return async.run(Objects.requireNonNull(options, "options"), after, Objects.requireNonNull(work, "work"));
    }

    /** {@link #transactionAsync(TransactionOptions, ReplicationPosition, TransactionWork)} without a position. */
    public <R extends @Nullable Object> CompletableFuture<R> transactionAsync(TransactionOptions options, TransactionWork<R> work) {
        return transactionAsync(options, null, work);
    }

    /** {@link #transactionCommitted} without holding the caller's thread; the position is read once the work committed. */
    public <R extends @Nullable Object> CompletableFuture<Committed<R>> transactionCommittedAsync(TransactionWork<R> work) {
        return transactionAsync(TransactionOptions.DEFAULT, null, work)
                .thenCompose(result -> catchUp.primaryPositionAsync().thenApply(position -> new Committed<>(result, position)));
    }

    /** The primary's replication position now: at or after every commit that has returned. */
    public ReplicationPosition primaryPosition() {
        return catchUp.primaryPosition();
    }

    /** For Quarry's own modules (the Kotlin DSL); not an application API. */
    public ClusterRouting routing() {
        return routing;
    }

    /** For Quarry's own modules (the Kotlin DSL); not an application API. */
    public ReplicaCatchUp catchUp() {
        return catchUp;
    }

    /** Closes every database of the cluster. Idempotent. */
    @Override
    public void close() {
        replicas.forEach(Database::close);
        primary.close();
    }

    @Override
    public String toString() {
        return "DatabaseCluster[primary " + primary.name() + ", replicas " + replicas.stream().map(Database::name).toList()
                + ", " + policy + "]";
    }

    private boolean caughtUp(ClusterMember replica, ReplicationPosition after) {
        try {
            return catchUp.await(replica.database(), after);
        } catch (RuntimeException failure) {
            if (ReplicaFailures.meansUnavailable(failure)) {
                routing.markUnavailable(replica);
                return false;
            }
            throw failure;
        }
    }

    /** Where to try next after a failure on a member, or null to throw it. */
    private @Nullable ClusterMember failedOn(ClusterMember member, Throwable failure, boolean started) {
        if (!member.isReplica() || !ReplicaFailures.meansUnavailable(failure)) {
            return null;
        }
        routing.markUnavailable(member);
        return started ? null : routing.after(member);
    }

    /** Settings of a cluster; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private final Database primary;
        private final java.util.ArrayList<Database> replicas = new java.util.ArrayList<>();
        private ReplicaPolicy policy = ReplicaPolicy.ROUND_ROBIN;
        private Duration backoff = Duration.ofSeconds(5);
        private Duration readYourWritesTimeout = Duration.ofSeconds(1);

        private Builder(Database primary) {
            this.primary = Objects.requireNonNull(primary, "primary");
        }

        /** Adds a replica; the order matters for round robin and for ties. */
        public Builder replica(Database replica) {
            replicas.add(Objects.requireNonNull(replica, "replica"));
            return this;
        }

        public Builder replicas(List<Database> replicas) {
            replicas.forEach(this::replica);
            return this;
        }

        /** How a read-only transaction's replica is picked; round robin unless set. */
        public Builder policy(ReplicaPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** How long a replica found unavailable is left out; 5 s unless set. */
        public Builder backoff(Duration backoff) {
            this.backoff = positive(backoff, "backoff");
            return this;
        }

        /** How long a read waits for a replica to replay a position before it goes to the primary; 1 s unless set. */
        public Builder readYourWritesTimeout(Duration timeout) {
            this.readYourWritesTimeout = positive(timeout, "readYourWritesTimeout");
            return this;
        }

        /**
         * The cluster.
         *
         * @throws IllegalArgumentException if a database appears twice, or the members are of different dialects
         */
        public DatabaseCluster build() {
            java.util.Set<Database> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            seen.add(primary);
            for (Database replica : replicas) {
                if (!seen.add(replica)) {
                    throw new IllegalArgumentException("database '" + replica.name() + "' is given twice in the cluster");
                }
                if (!replica.dialect().name().equals(primary.dialect().name())) {
                    throw new IllegalArgumentException("replica '" + replica.name() + "' is " + replica.dialect().name()
                            + " but the primary '" + primary.name() + "' is " + primary.dialect().name());
                }
            }
            return new DatabaseCluster(this);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }
    }
}
