package dev.quarry.jdbc.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.DataAccessException;
import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.TransactionOptions;
import dev.quarry.testkit.ReplicatedServers;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A cluster over real replication, on PostgreSQL (streaming hot standby) and MariaDB (GTID
 * replica); SQLite has no replication and is covered by {@link SqliteClusterRoutingTest}.
 */
class ReplicaClusterTest {
    private static final TransactionOptions READ_ONLY = TransactionOptions.DEFAULT.readOnly();

    static List<String> replicatedFamilies() {
        return ReplicatedServers.enabledFamilies();
    }

    @ParameterizedTest
    @MethodSource("replicatedFamilies")
    void readOnlyTransactionsRunOnTheReplicaAndWritesOnThePrimary(String family) {
        try (DatabaseCluster cluster = ReplicatedPair.cluster(ReplicatedPair.servers(family), "routing-" + family)) {
            assertTrue(cluster.transaction(READ_ONLY, ReplicatedPair::onReplica), "a read-only transaction runs on the replica");
            assertFalse(cluster.transaction(ReplicatedPair::onReplica), "a read-write transaction runs on the primary");
            assertFalse(cluster.transaction(TransactionOptions.DEFAULT, ReplicatedPair::onReplica),
                    "default options are read-write: primary");
            boolean nestedOnReplica = cluster.transaction(transaction -> cluster.transaction(READ_ONLY, ReplicatedPair::onReplica));
            assertFalse(nestedOnReplica, "a read-only transaction inside a write joins the primary's transaction");
        }
    }

    @ParameterizedTest
    @MethodSource("replicatedFamilies")
    void aReadGivenACommitPositionSeesTheCommitEvenOnALaggingReplica(String family) throws Exception {
        ReplicatedServers servers = ReplicatedPair.servers(family);
        try (DatabaseCluster cluster = ReplicatedPair.cluster(servers, "ryw-" + family)) {
            String table = "ryw_notes";
            ReplicationPosition created = cluster.transactionCommitted(transaction -> {
                transaction.execute("DROP TABLE IF EXISTS " + table);
                return transaction.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY)");
            }).position();
            assertTrue(eventuallyOnReplica(cluster, created), "a replica that has the table takes the read");

            servers.pauseReplay();
            try {
                Committed<Integer> lagging = cluster.transactionCommitted(transaction ->
                        transaction.execute("INSERT INTO " + table + " (id) VALUES (1)"));
                assertEquals(1, lagging.result());
                assertEquals(0, count(cluster, null, table), "the paused replica does not have the row: it lags");
                assertEquals(List.of(false, 1L), cluster.transaction(READ_ONLY, lagging.position(), transaction ->
                                List.of(ReplicatedPair.onReplica(transaction), countIn(transaction, table))),
                        "after the wait times out the read runs on the primary and sees the row");
            } finally {
                servers.resumeReplay();
            }

            ReplicationPosition second = cluster.transactionCommitted(transaction ->
                    transaction.execute("INSERT INTO " + table + " (id) VALUES (2)")).position();
            assertEquals(List.of(true, 2L), cluster.transaction(READ_ONLY, second, transaction ->
                            List.of(ReplicatedPair.onReplica(transaction), countIn(transaction, table))),
                    "the resumed replica catches up within the wait and serves the read with both rows");
        }
    }

    @ParameterizedTest
    @MethodSource("replicatedFamilies")
    void aStoppedReplicaIsLeftOutUntilItIsBackAndAStartedTransactionNeverMoves(String family) throws Exception {
        ReplicatedServers servers = ReplicatedPair.servers(family);
        try (DatabaseCluster cluster = ReplicatedPair.cluster(servers, "failover-" + family)) {
            Database replica = cluster.replicas().get(0);
            assertTrue(cluster.transaction(READ_ONLY, ReplicatedPair::onReplica));

            AtomicInteger runs = new AtomicInteger();
            DataAccessException midway = assertThrows(DataAccessException.class, () -> cluster.transaction(READ_ONLY, transaction -> {
                runs.incrementAndGet();
                assertTrue(ReplicatedPair.onReplica(transaction));
                servers.stopReplica();
                return ReplicatedPair.onReplica(transaction);
            }), "the replica stopped halfway: the failure reaches the caller");
            assertEquals(1, runs.get(), "the work ran once and was not moved to the primary: " + midway);
            assertFalse(cluster.isAvailable(replica), "the lost replica backs off");

            assertFalse(cluster.transaction(READ_ONLY, ReplicatedPair::onReplica), "while it backs off, reads go to the primary");
            Thread.sleep(700);
            assertFalse(cluster.transaction(READ_ONLY, ReplicatedPair::onReplica),
                    "after the back-off the stopped replica refuses the connection and the read goes to the primary before it started");
            assertFalse(cluster.isAvailable(replica));

            servers.startReplica();
            boolean back = false;
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!back && System.nanoTime() < deadline) {
                Thread.sleep(300);
                back = cluster.transaction(READ_ONLY, ReplicatedPair::onReplica);
            }
            assertTrue(back, "the restarted replica takes reads again once its back-off ends");
        }
    }

    @ParameterizedTest
    @MethodSource("replicatedFamilies")
    void asyncTransactionsRouteWaitForTheReplicaAndFailOverBeforeTheyStart(String family) throws Exception {
        ReplicatedServers servers = ReplicatedPair.servers(family);
        try (DatabaseCluster cluster = ReplicatedPair.cluster(servers, "async-" + family)) {
            assertTrue(cluster.transactionAsync(READ_ONLY, ReplicatedPair::onReplica).get(10, TimeUnit.SECONDS));
            assertFalse(cluster.transactionAsync(TransactionOptions.DEFAULT, ReplicatedPair::onReplica).get(10, TimeUnit.SECONDS));
            String table = "async_notes";
            ReplicationPosition created = cluster.transactionCommittedAsync(transaction -> {
                transaction.execute("DROP TABLE IF EXISTS " + table);
                return transaction.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY)");
            }).get(10, TimeUnit.SECONDS).position();
            assertTrue(eventuallyOnReplica(cluster, created));

            servers.pauseReplay();
            try {
                Committed<Integer> lagging = cluster.transactionCommittedAsync(transaction ->
                        transaction.execute("INSERT INTO " + table + " (id) VALUES (1)")).get(10, TimeUnit.SECONDS);
                assertEquals(List.of(false, 1L), cluster.transactionAsync(READ_ONLY, lagging.position(), transaction ->
                                List.of(ReplicatedPair.onReplica(transaction), countIn(transaction, table))).get(10, TimeUnit.SECONDS),
                        "the lagging replica does not replay in time: the read runs on the primary and sees the row");
            } finally {
                servers.resumeReplay();
            }

            Database replica = cluster.replicas().get(0);
            AtomicInteger runs = new AtomicInteger();
            try {
                ExecutionException midway = assertThrows(ExecutionException.class, () -> cluster.transactionAsync(READ_ONLY, transaction -> {
                    runs.incrementAndGet();
                    assertTrue(ReplicatedPair.onReplica(transaction));
                    servers.stopReplica();
                    return ReplicatedPair.onReplica(transaction);
                }).get(30, TimeUnit.SECONDS), "the replica stopped halfway: the future fails");
                assertTrue(midway.getCause() instanceof DataAccessException, String.valueOf(midway.getCause()));
                assertEquals(1, runs.get(), "the work ran once and was not moved to the primary");
                assertFalse(cluster.isAvailable(replica), "the lost replica backs off");
                assertFalse(cluster.transactionAsync(READ_ONLY, ReplicatedPair::onReplica).get(10, TimeUnit.SECONDS),
                        "while it backs off, reads go to the primary");
                Thread.sleep(700);
                assertFalse(cluster.transactionAsync(READ_ONLY, ReplicatedPair::onReplica).get(10, TimeUnit.SECONDS),
                        "after the back-off the stopped replica gives no connection: the read goes to the primary before it started");
                assertFalse(cluster.isAvailable(replica));
            } finally {
                servers.startReplica();
            }
        }
    }

    /** A replica that has just been restarted may still be reconnecting to its primary: ask for a while. */
    private static boolean eventuallyOnReplica(DatabaseCluster cluster, ReplicationPosition after) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (cluster.transaction(READ_ONLY, after, ReplicatedPair::onReplica)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static long count(DatabaseCluster cluster, ReplicationPosition after, String table) {
        return cluster.transaction(READ_ONLY, after, transaction -> countIn(transaction, table));
    }

    private static long countIn(dev.quarry.jdbc.Transaction transaction, String table) {
        return ((Number) transaction.fetch("SELECT COUNT(*) AS n FROM " + table).get(0).get("n")).longValue();
    }
}
