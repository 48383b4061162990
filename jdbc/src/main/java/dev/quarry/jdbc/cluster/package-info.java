/**
 * A primary with read replicas used as one database: routing of read-only transactions, failover
 * of unavailable replicas, and read-your-writes by replication position.
 */
@NullMarked
package dev.quarry.jdbc.cluster;

import org.jspecify.annotations.NullMarked;
