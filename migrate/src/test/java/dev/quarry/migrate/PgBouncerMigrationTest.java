package dev.quarry.migrate;

import static dev.quarry.migrate.PoolerMigrations.HISTORY;
import static dev.quarry.migrate.UsersScripts.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Database;
import dev.quarry.testkit.PgBouncer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The runner through a real PgBouncer in transaction-pooling mode (the pooler profile: see
 * {@link PgBouncer} for when it runs), on a database set {@code transactionPooler()}: migrations
 * apply under the transaction-scoped lock, runners side by side apply each once, nothing stays
 * locked on the server connections the pooler shares, and a migration outside a transaction is
 * refused.
 */
class PgBouncerMigrationTest {

    @Test
    void migrationsApplyThroughThePoolerUnderATransactionScopedLock() throws Exception {
        PoolerMigrations.postgres();
        try (PgBouncer bouncer = PgBouncer.inFrontOfPostgres();
                Database first = PoolerMigrations.pooled(bouncer.jdbcUrl(), "bouncer-runner-1", 2);
                Database second = PoolerMigrations.pooled(bouncer.jdbcUrl(), "bouncer-runner-2", 2)) {
            List<Long> locksSeen = PoolerMigrations.newLocksSeen();
            ExecutorService threads = Executors.newFixedThreadPool(2);
            List<Long> applied = new ArrayList<>();
            try {
                List<CompletableFuture<List<ExecutedMigration>>> runs = new ArrayList<>();
                for (Database db : List.of(first, second)) {
                    Migrator migrator = PoolerMigrations.migrator(db, PoolerMigrations.migrations(locksSeen), Duration.ofSeconds(20));
                    runs.add(CompletableFuture.supplyAsync(migrator::up, threads));
                }
                for (CompletableFuture<List<ExecutedMigration>> run : runs) {
                    applied.addAll(versions(run.get()));
                }
            } finally {
                threads.shutdown();
            }
            assertEquals(List.of(1L, 2L, 3L), applied.stream().sorted().toList(), "every migration ran once, by one of the runners");
            assertEquals(List.of(1L, 1L, 1L), locksSeen, "each ran holding the transaction-scoped lock on its server connection");
            assertEquals(0L, RunnerQueries.number(first, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"),
                    "no lock stays on a server connection the pooler hands to others");
            assertEquals(3L, RunnerQueries.number(second, "SELECT count(*) FROM " + HISTORY + " WHERE success"));

            List<CodeMigration> withIndex = new ArrayList<>(PoolerMigrations.migrations(locksSeen));
            withIndex.add(PoolerMigrations.outsideATransaction(4));
            MigrationException refused = assertThrows(MigrationException.class,
                    () -> PoolerMigrations.migrator(first, withIndex, Duration.ofSeconds(5)).up());
            assertTrue(refused.getMessage().contains("runs outside a transaction"), refused.getMessage());
        } finally {
            PoolerMigrations.postgres();
        }
    }
}
