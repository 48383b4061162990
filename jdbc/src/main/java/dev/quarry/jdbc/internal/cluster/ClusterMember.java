package dev.quarry.jdbc.internal.cluster;

import dev.quarry.jdbc.Database;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One database of a cluster with its routing state: how many of the cluster's transactions run on
 * it, and until when it is left out after it was found unavailable. Thread-safe.
 */
public final class ClusterMember {
    private final Database database;
    private final boolean replica;
    private final AtomicInteger running = new AtomicInteger();
    /** System.nanoTime() before which the member is left out; 0 when it is healthy. */
    private volatile long unavailableUntil;

    ClusterMember(Database database, boolean replica) {
        this.database = database;
        this.replica = replica;
    }

    public Database database() {
        return database;
    }

    public boolean isReplica() {
        return replica;
    }

    /** Whether the member may take a transaction at {@code now} (a System.nanoTime() value). */
    public boolean isAvailable(long now) {
        long until = unavailableUntil;
        return until == 0 || now - until >= 0;
    }

    /** Leaves the member out until {@code now + backoffNanos}. */
    void markUnavailable(long now, long backoffNanos) {
        unavailableUntil = now + backoffNanos | 1;
    }

    /** The number of the cluster's transactions running on it. */
    public int running() {
        return running.get();
    }

    /** Counts a transaction that starts on it; pair with {@link #leave()}. */
    public void enter() {
        running.incrementAndGet();
    }

    public void leave() {
        running.decrementAndGet();
    }

    @Override
    public String toString() {
        return (replica ? "replica " : "primary ") + database.name();
    }
}
