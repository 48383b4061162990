package dev.quarry.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL: transactional DDL; runners exclude each other with a session advisory lock, tried
 * in a loop until the timeout so that a waiting runner can give up with a clear message.
 */
final class PostgresRunnerDialect extends RunnerDialect {
    private static final long RETRY_MILLIS = 100;

    @Override
    boolean transactionalDdl() {
        return true;
    }

    @Override
    SessionLock lock(Connection connection, String lockName, Duration timeout) throws SQLException {
        long key = LockKey.of(lockName);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (PreparedStatement tryLock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            tryLock.setLong(1, key);
            while (!queryBoolean(tryLock)) {
                if (System.nanoTime() - deadline >= 0) {
                    throw new MigrationLockException("another migration runner held the advisory lock " + key + " ('"
                            + lockName + "') for more than " + timeout.toSeconds() + " s; try again when it has"
                            + " finished (pg_locks shows it with locktype 'advisory'), or raise the lock timeout");
                }
                pause(lockName);
            }
        }
        return () -> {
            try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, key);
                queryBoolean(unlock);
            }
        };
    }

    @Override
    boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            statement.setString(1, "\"" + table.replace("\"", "\"\"") + "\"");
            return queryBoolean(statement);
        }
    }

    static boolean queryBoolean(PreparedStatement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery()) {
            return result.next() && result.getBoolean(1);
        }
    }

    static void pause(String lockName) {
        try {
            TimeUnit.MILLISECONDS.sleep(RETRY_MILLIS / 2 + ThreadLocalRandom.current().nextLong(RETRY_MILLIS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationLockException("interrupted while waiting for the migration lock '" + lockName + "'", e);
        }
    }
}
