package dev.quarry.migrate;

import static dev.quarry.migrate.PoolerMigrations.HISTORY;
import static dev.quarry.migrate.PoolerMigrations.LOCK_NAME;
import static dev.quarry.migrate.UsersScripts.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Database;
import dev.quarry.testkit.TestTarget;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The runner on a PostgreSQL database set {@code transactionPooler()}, on the embedded server
 * directly: the migration lock is taken per transaction ({@code pg_advisory_xact_lock}) and nothing
 * stays locked after a run; a runner waits for another's transaction and gives up after its lock
 * timeout; runners side by side apply each migration once; a migration that must run outside a
 * transaction is refused. The same through a real PgBouncer is in {@code PgBouncerMigrationTest}.
 */
@ExtendWith(RunnerPoolCheck.class)
class TransactionPoolerMigrationTest {

    @Test
    void eachMigrationTransactionHoldsTheLockAndNothingStaysLocked() {
        TestTarget target = PoolerMigrations.postgres();
        List<Long> locksSeen = PoolerMigrations.newLocksSeen();
        try (Database db = PoolerMigrations.pooled(target.jdbcUrl(), "pooler-runner", 2)) {
            Migrator migrator = PoolerMigrations.migrator(db, PoolerMigrations.migrations(locksSeen), Duration.ofSeconds(5));
            assertEquals(List.of(1L, 2L, 3L), versions(migrator.up()));
            assertEquals(List.of(1L, 1L, 1L), locksSeen, "each migration ran holding the one transaction-scoped lock");
            assertEquals(0L, RunnerQueries.number(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"),
                    "no session lock is left on any server connection");
            assertEquals(3L, RunnerQueries.number(db, "SELECT count(*) FROM " + HISTORY + " WHERE success"));
        }
    }

    @Test
    void aRunnerWaitsForTheLockOfAnotherTransactionAndGivesUpAfterItsTimeout() throws Exception {
        TestTarget target = PoolerMigrations.postgres();
        try (Database db = PoolerMigrations.pooled(target.jdbcUrl(), "pooler-waiting", 2);
                Connection holder = DriverManager.getConnection(target.jdbcUrl())) {
            Migrator migrator = PoolerMigrations.migrator(db, PoolerMigrations.migrations(PoolerMigrations.newLocksSeen()),
                    Duration.ofSeconds(1));
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, LockKey.of(LOCK_NAME));
                lock.executeQuery().close();
            }
            MigrationLockException timedOut = assertThrows(MigrationLockException.class, migrator::up);
            assertTrue(timedOut.getMessage().contains("transaction advisory lock") && timedOut.getMessage().contains("raise the lock timeout"),
                    timedOut.getMessage());
            assertFalse(RunnerQueries.tableExists(db, "mr_pooled_items"), "nothing ran");
            holder.commit();
            assertEquals(List.of(1L, 2L, 3L), versions(migrator.up()), "once the other transaction ended the runner applies all");
        }
    }

    @Test
    void runnersSideBySideApplyEachMigrationOnce() throws Exception {
        TestTarget target = PoolerMigrations.postgres();
        try (Database first = PoolerMigrations.pooled(target.jdbcUrl(), "pooler-side-1", 2);
                Database second = PoolerMigrations.pooled(target.jdbcUrl(), "pooler-side-2", 2)) {
            List<CompletableFuture<List<ExecutedMigration>>> runs = new ArrayList<>();
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<Long> applied = new ArrayList<>();
            try {
                for (Database db : List.of(first, second, first, second)) {
                    Migrator migrator = PoolerMigrations.migrator(db, PoolerMigrations.migrations(PoolerMigrations.newLocksSeen()),
                            Duration.ofSeconds(20));
                    runs.add(CompletableFuture.supplyAsync(migrator::up, threads));
                }
                for (CompletableFuture<List<ExecutedMigration>> run : runs) {
                    applied.addAll(versions(run.get()));
                }
            } finally {
                threads.shutdown();
            }
            assertEquals(List.of(1L, 2L, 3L), applied.stream().sorted().toList(), "every migration ran once, by one of the runners");
            assertEquals(1L, RunnerQueries.number(first, "SELECT count(*) FROM mr_pooled_items"));
        }
    }

    @Test
    void aMigrationOutsideATransactionIsRefused() {
        TestTarget target = PoolerMigrations.postgres();
        try (Database db = PoolerMigrations.pooled(target.jdbcUrl(), "pooler-outside", 1)) {
            List<CodeMigration> migrations = new ArrayList<>(PoolerMigrations.migrations(PoolerMigrations.newLocksSeen()));
            migrations.add(PoolerMigrations.outsideATransaction(4));
            Migrator migrator = PoolerMigrations.migrator(db, migrations, Duration.ofSeconds(5));
            MigrationException refused = assertThrows(MigrationException.class, migrator::up);
            assertTrue(refused.getMessage().contains("runs outside a transaction") && refused.getMessage().contains("transactionPooler()")
                    && refused.getMessage().contains("'pooler-outside'"), refused.getMessage());
            assertEquals(3L, RunnerQueries.number(db, "SELECT count(*) FROM " + HISTORY),
                    "the migrations before it are applied; it is not even recorded as started");
            assertEquals(0L, RunnerQueries.number(db, "SELECT count(*) FROM pg_indexes WHERE indexname = 'mr_pooled_items_label'"));
        }
    }
}
