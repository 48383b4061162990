package dev.quarry.jdbc.cluster;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.jdbc.Transaction;
import dev.quarry.testkit.ReplicatedServers;
import dev.quarry.testkit.TestTargets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One replicated primary and replica per family for the cluster tests, started on first use and
 * closed when the run ends, and the SQL that tells which of the two a transaction runs on.
 */
final class ReplicatedPair {
    private static final Map<String, ReplicatedServers> SERVERS = new ConcurrentHashMap<>();

    private ReplicatedPair() {
    }

    static ReplicatedServers servers(String family) {
        return SERVERS.computeIfAbsent(family, name -> {
            try {
                ReplicatedServers started = ReplicatedServers.start(name);
                TestTargets.closeAtEnd(started);
                return started;
            } catch (Exception e) {
                throw new IllegalStateException("could not start replicated " + name + " servers", e);
            }
        });
    }

    /** A cluster over the pair with a short back-off and wait, so the tests stay quick. */
    static DatabaseCluster cluster(ReplicatedServers servers, String name) {
        Database primary = open(servers.primaryUrl(), name + "-primary");
        Database replica = open(servers.replicaUrl(), name + "-replica");
        return DatabaseCluster.builder(primary).replica(replica)
                .backoff(Duration.ofMillis(500))
                .readYourWritesTimeout(Duration.ofMillis(400))
                .build();
    }

    private static Database open(String url, String name) {
        return Database.connect(DatabaseConfig.builder(url).name(name).poolSize(2)
                .connectionTimeout(Duration.ofMillis(1000)).build());
    }

    /** Whether the transaction runs on the replica: a standby in recovery, a read-only MariaDB replica. */
    static boolean onReplica(Transaction transaction) {
        boolean postgres = transaction.database().dialect().name().equals("postgresql");
        Object answer = transaction.fetch(postgres ? "SELECT pg_is_in_recovery() AS replica" : "SELECT @@read_only AS replica")
                .get(0).get("replica");
        return postgres ? Boolean.TRUE.equals(answer) : ((Number) answer).intValue() == 1;
    }
}
