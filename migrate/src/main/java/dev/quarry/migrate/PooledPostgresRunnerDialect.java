package dev.quarry.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL behind a transaction pooler ({@code DatabaseConfig.Builder.transactionPooler()}): a
 * session advisory lock would stay on whichever server connection took it, and its unlock could
 * reach another. So every transaction of the runner first takes the transaction-scoped lock
 * {@code pg_try_advisory_xact_lock}, tried in a loop until the lock timeout, which the server
 * releases at commit or rollback. Runners then exclude each other per transaction rather than for
 * a whole run: each migration's transaction re-reads the history, so a migration another runner
 * applied meanwhile is skipped. A migration that runs outside a transaction cannot be covered by
 * such a lock and is refused. One instance per runner session; thread-safe (immutable).
 */
final class PooledPostgresRunnerDialect extends RunnerDialect {
    private final PostgresRunnerDialect plain;
    private final String databaseName;
    private final String lockName;
    private final Duration timeout;

    PooledPostgresRunnerDialect(PostgresRunnerDialect plain, String databaseName, String lockName, Duration timeout) {
        this.plain = plain;
        this.databaseName = databaseName;
        this.lockName = lockName;
        this.timeout = timeout;
    }

    @Override
    boolean transactionalDdl() {
        return true;
    }

    /** Nothing for the session: each transaction takes the lock itself. */
    @Override
    SessionLock lock(Connection connection, String lockName, Duration timeout) {
        return () -> { };
    }

    @Override
    boolean tableExists(Connection connection, String table) throws SQLException {
        return plain.tableExists(connection, table);
    }

    @Override
    <R extends @Nullable Object> R atomically(Connection connection, SqlWork<R> work) throws Exception {
        return super.atomically(connection, () -> {
            lockTransaction(connection);
            return work.run();
        });
    }

    @Override
    void requireLockedOutsideTransactions(String migrationLabel) {
        throw new MigrationException("migration " + migrationLabel + " runs outside a transaction, but database '"
                + databaseName + "' is behind a transaction pooler (transactionPooler()), where the migration lock"
                + " lasts one transaction only; run it against the server directly, with a database configured"
                + " without transactionPooler()");
    }

    private void lockTransaction(Connection connection) throws SQLException {
        long key = LockKey.of(lockName);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (PreparedStatement tryLock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            tryLock.setLong(1, key);
            while (!PostgresRunnerDialect.queryBoolean(tryLock)) {
                if (System.nanoTime() - deadline >= 0) {
                    throw new MigrationLockException("another migration runner held the transaction advisory lock " + key
                            + " ('" + lockName + "') for more than " + timeout.toSeconds() + " s; try again when it has"
                            + " finished (pg_locks shows it with locktype 'advisory'), or raise the lock timeout");
                }
                PostgresRunnerDialect.pause(lockName);
            }
        }
    }
}
