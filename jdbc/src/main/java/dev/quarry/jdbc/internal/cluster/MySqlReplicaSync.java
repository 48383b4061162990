package dev.quarry.jdbc.internal.cluster;

import dev.quarry.QuarryException;
import dev.quarry.jdbc.Transaction;
import dev.quarry.jdbc.cluster.ReplicationPosition;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * MySQL (not MariaDB, whose GTIDs differ): the primary's executed GTID set after the commit
 * ({@code @@GLOBAL.gtid_executed}, which holds the commit's own GTID); the replica waits with
 * {@code WAIT_FOR_EXECUTED_GTID_SET(set, seconds)}, which returns 0 once it has applied every
 * transaction of the set and 1 on timeout. Needs {@code gtid_mode = ON} on both servers.
 */
final class MySqlReplicaSync implements ReplicaSync {
    static final String POSITION_SQL = "SELECT @@GLOBAL.gtid_executed AS position";
    static final String WAIT_SQL = "SELECT WAIT_FOR_EXECUTED_GTID_SET(?, ?) AS outcome";
    /** The shortest wait sent, so that the server is never given a timeout of 0, which is not "do not wait" everywhere. */
    private static final BigDecimal SHORTEST_WAIT = new BigDecimal("0.001");

    @Override
    public ReplicationPosition position(Transaction onPrimary) {
        Object value = onPrimary.fetch(POSITION_SQL).get(0).get("position");
        return positionOf(Objects.toString(value, ""));
    }

    @Override
    public boolean await(Transaction onReplica, ReplicationPosition position, Duration timeout) {
        Object outcome = onReplica.fetch(WAIT_SQL, waitArguments(position, timeout).toArray()).get(0).get("outcome");
        return reached(outcome);
    }

    /** The position of the primary's reported set. */
    static ReplicationPosition positionOf(String executed) {
        GtidSet set = GtidSet.parse(executed);
        if (set.isEmpty()) {
            throw new QuarryException("the MySQL primary reports no executed GTIDs (@@GLOBAL.gtid_executed is empty):"
                    + " read-your-writes needs gtid_mode = ON and enforce_gtid_consistency = ON on the primary and its replicas");
        }
        return new ReplicationPosition("mysql", set.text());
    }

    /** The values bound to {@link #WAIT_SQL}: the set's canonical text, and the timeout in seconds to the millisecond. */
    static List<Object> waitArguments(ReplicationPosition position, Duration timeout) {
        if (!position.dialect().equals("mysql")) {
            throw new IllegalArgumentException("a " + position.dialect() + " replication position is not a MySQL GTID set");
        }
        BigDecimal seconds = BigDecimal.valueOf(Math.max(0, timeout.toMillis()), 3);
        return List.of(GtidSet.parse(position.value()).text(), seconds.compareTo(SHORTEST_WAIT) < 0 ? SHORTEST_WAIT : seconds);
    }

    /** Whether the function's answer means the replica applied the set: 0, not 1 (timeout). */
    static boolean reached(@Nullable Object outcome) {
        return outcome instanceof Number number && number.intValue() == 0;
    }
}
