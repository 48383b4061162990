package dev.quarry.jdbc.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.jdbc.Transaction;
import dev.quarry.jdbc.TransactionOptions;
import dev.quarry.testkit.ReplicatedServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Routing policies and settings, on SQLite files that stand for a primary and two replicas: each
 * file names its role, so a transaction tells where it runs. SQLite has no replication, so
 * read-your-writes is refused there, which this test also checks; the replicated servers are
 * covered by {@link ReplicaClusterTest}.
 */
class SqliteClusterRoutingTest {
    private static final TransactionOptions READ_ONLY = TransactionOptions.DEFAULT.readOnly();
    @TempDir
    Path directory;
    private final List<Database> opened = new ArrayList<>();

    @BeforeEach
    void cleanRegistry() {
        opened.clear();
    }

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    @Test
    void roundRobinTakesTheReplicasInTurnAndWritesStayOnThePrimary() throws Exception {
        DatabaseCluster cluster = Database.cluster(member("primary"), member("replica-a"), member("replica-b"));
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            roles.add(cluster.transaction(READ_ONLY, SqliteClusterRoutingTest::role));
        }
        assertEquals(List.of("replica-a", "replica-b", "replica-a", "replica-b"), roles);
        assertEquals("primary", cluster.transaction(SqliteClusterRoutingTest::role));
        assertEquals(ReplicaPolicy.ROUND_ROBIN, cluster.policy());
    }

    @Test
    void leastBusyAvoidsTheReplicaThatIsRunningATransaction() throws Exception {
        DatabaseCluster cluster = DatabaseCluster.builder(member("primary"))
                .replicas(List.of(member("replica-a"), member("replica-b")))
                .policy(ReplicaPolicy.LEAST_BUSY).build();
        assertEquals("replica-a", cluster.transaction(READ_ONLY, SqliteClusterRoutingTest::role), "ties go to the first");
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> busy = CompletableFuture.supplyAsync(() -> cluster.transaction(READ_ONLY, transaction -> {
            holding.countDown();
            assertTrue(release.await(10, TimeUnit.SECONDS));
            return role(transaction);
        }));
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        try {
            assertEquals("replica-b", cluster.transaction(READ_ONLY, SqliteClusterRoutingTest::role),
                    "replica-a runs a transaction, so replica-b takes the next");
        } finally {
            release.countDown();
        }
        assertEquals("replica-a", busy.get(10, TimeUnit.SECONDS));
    }

    @Test
    void asyncTransactionsAreRoutedLikeBlockingOnes() throws Exception {
        DatabaseCluster cluster = Database.cluster(member("primary"), member("replica-a"), member("replica-b"));
        List<CompletableFuture<String>> reads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            reads.add(cluster.transactionAsync(READ_ONLY, SqliteClusterRoutingTest::role));
        }
        List<String> roles = new ArrayList<>();
        for (CompletableFuture<String> read : reads) {
            roles.add(read.get(10, TimeUnit.SECONDS));
        }
        assertEquals(List.of("replica-a", "replica-b", "replica-a", "replica-b"), roles);
        assertEquals("primary", cluster.transactionAsync(TransactionOptions.DEFAULT, SqliteClusterRoutingTest::role).get(10, TimeUnit.SECONDS));
        ExecutionException failed = assertThrows(ExecutionException.class, () -> cluster.transactionAsync(READ_ONLY, transaction -> {
            throw new IllegalStateException("the work failed");
        }).get(10, TimeUnit.SECONDS));
        assertEquals("the work failed", failed.getCause().getMessage(), "the work's own failure completes the future, unchanged");
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> cluster.transactionCommittedAsync(SqliteClusterRoutingTest::role).get(10, TimeUnit.SECONDS));
        assertTrue(refused.getCause() instanceof UnsupportedOperationException && refused.getCause().getMessage().contains("sqlite"),
                String.valueOf(refused.getCause()));
    }

    @Test
    void aClusterWithoutReplicasRunsEverythingOnThePrimary() throws Exception {
        DatabaseCluster cluster = Database.cluster(member("primary"));
        assertEquals("primary", cluster.transaction(READ_ONLY, SqliteClusterRoutingTest::role));
    }

    @Test
    void readYourWritesIsRefusedWithoutReplication() throws Exception {
        DatabaseCluster cluster = Database.cluster(member("primary"), member("replica-a"));
        UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
                () -> cluster.transactionCommitted(SqliteClusterRoutingTest::role));
        assertTrue(refused.getMessage().contains("sqlite"), refused.getMessage());
        IllegalArgumentException noServers = assertThrows(IllegalArgumentException.class, () -> ReplicatedServers.start("sqlite"));
        assertTrue(noServers.getMessage().contains("no replication"), noServers.getMessage());
        IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class, () ->
                cluster.transaction(READ_ONLY, new ReplicationPosition("postgresql", "0/3000148"), SqliteClusterRoutingTest::role));
        assertTrue(foreign.getMessage().contains("postgresql replication position"), foreign.getMessage());
    }

    @Test
    void badSettingsAreRefusedWithTheirName() throws Exception {
        Database primary = member("primary");
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> DatabaseCluster.builder(primary).replica(primary).build());
        assertTrue(twice.getMessage().contains("given twice"), twice.getMessage());
        IllegalArgumentException backoff = assertThrows(IllegalArgumentException.class,
                () -> DatabaseCluster.builder(primary).backoff(Duration.ZERO));
        assertTrue(backoff.getMessage().contains("backoff"), backoff.getMessage());
        IllegalArgumentException stranger = assertThrows(IllegalArgumentException.class,
                () -> Database.cluster(primary).isAvailable(member("replica-a")));
        assertTrue(stranger.getMessage().contains("not a member"), stranger.getMessage());
    }

    private Database member(String role) throws Exception {
        Path file = directory.resolve(role + ".db");
        Files.deleteIfExists(file);
        Database database = Database.connect(DatabaseConfig.builder("jdbc:sqlite:" + file).name("cluster-" + role + "-" + System.nanoTime())
                .poolSize(2).build());
        opened.add(database);
        database.inTransaction(transaction -> {
            transaction.execute("CREATE TABLE role (name TEXT)");
            transaction.execute("INSERT INTO role (name) VALUES (?)", role);
        });
        return database;
    }

    private static String role(Transaction transaction) {
        return (String) transaction.fetch("SELECT name FROM role").get(0).get("name");
    }
}
