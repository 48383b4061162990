package dev.quarry.jdbc.cluster;

/**
 * How a {@link DatabaseCluster} picks the replica for a read-only transaction among those that are
 * not backing off.
 */
public enum ReplicaPolicy {
    /** Each replica in turn, in the order they were given. */
    ROUND_ROBIN,
    /**
     * The replica running the fewest transactions of this cluster at the moment (ties go to the
     * first in the order given); transactions started on it by other means are not counted.
     */
    LEAST_BUSY
}
