package dev.quarry.jdbc.internal.cluster;

import dev.quarry.jdbc.Transaction;
import dev.quarry.jdbc.cluster.ReplicationPosition;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * MariaDB: the primary's binary log GTID position after the commit ({@code @@gtid_binlog_pos}, the
 * last GTID of each domain); the replica waits for it with {@code MASTER_GTID_WAIT}, which
 * returns 0 once applied and -1 on timeout.
 */
final class MariaDbReplicaSync implements ReplicaSync {
    @Override
    public ReplicationPosition position(Transaction onPrimary) {
        Object value = onPrimary.fetch("SELECT @@gtid_binlog_pos AS position").get(0).get("position");
        return new ReplicationPosition("mariadb", Objects.toString(value, ""));
    }

    @Override
    public boolean await(Transaction onReplica, ReplicationPosition position, Duration timeout) {
        if (position.value().isEmpty()) {
            return true;
        }
        BigDecimal seconds = BigDecimal.valueOf(timeout.toMillis(), 3);
        Object outcome = onReplica.fetch("SELECT MASTER_GTID_WAIT(?, ?) AS outcome", position.value(), seconds)
                .get(0).get("outcome");
        return outcome instanceof Number number && number.intValue() == 0;
    }
}
