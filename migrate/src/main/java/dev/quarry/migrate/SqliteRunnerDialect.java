package dev.quarry.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * SQLite: transactional DDL, and no session lock. Each migration runs in {@code BEGIN EXCLUSIVE},
 * which waits for other writers up to the busy timeout (set to the lock timeout for the session),
 * and the runner re-reads the history inside it. Foreign keys are switched off around a
 * migration, as SQLite's table rebuilds need (a DROP would otherwise cascade), and checked with
 * {@code PRAGMA foreign_key_check} before the commit.
 */
final class SqliteRunnerDialect extends RunnerDialect {
    /** SQLITE_BUSY and SQLITE_LOCKED, the primary result codes of a database held by another connection. */
    private static final int BUSY = 5;
    private static final int LOCKED = 6;

    @Override
    boolean transactionalDdl() {
        return true;
    }

    /** Sets the busy timeout to the lock timeout for the session; restores it when closed. */
    @Override
    SessionLock lock(Connection connection, String lockName, Duration timeout) throws SQLException {
        long previous = queryLong(connection, "PRAGMA busy_timeout");
        long millis = Math.min(Integer.MAX_VALUE, Math.max(0, timeout.toMillis()));
        run(connection, "PRAGMA busy_timeout = " + millis);
        return () -> run(connection, "PRAGMA busy_timeout = " + previous);
    }

    @Override
    boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?)")) {
            statement.setString(1, table);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getLong(1) > 0;
            }
        }
    }

    @Override
    <R extends @Nullable Object> R atomically(Connection connection, SqlWork<R> work) throws Exception {
        begin(connection);
        try {
            R result = work.run();
            run(connection, "COMMIT");
            return result;
        } catch (Exception | Error e) {
            rollbackQuietly(connection, e);
            throw e;
        }
    }

    @Override
    <R extends @Nullable Object> R inMigrationTransaction(Connection connection, SqlWork<R> work) throws Exception {
        boolean foreignKeys = queryLong(connection, "PRAGMA foreign_keys") == 1;
        if (foreignKeys) {
            run(connection, "PRAGMA foreign_keys = OFF");
        }
        try {
            return atomically(connection, () -> {
                R result = work.run();
                requireForeignKeysHold(connection);
                return result;
            });
        } finally {
            if (foreignKeys) {
                run(connection, "PRAGMA foreign_keys = ON");
            }
        }
    }

    private static void begin(Connection connection) throws SQLException {
        try {
            run(connection, "BEGIN EXCLUSIVE");
        } catch (SQLException e) {
            int primary = e.getErrorCode() & 0xFF;
            if (primary == BUSY || primary == LOCKED) {
                throw new MigrationLockException("another connection kept the SQLite database locked for longer than"
                        + " the busy timeout; try again when it has finished, or raise the lock timeout: "
                        + e.getMessage(), e);
            }
            throw e;
        }
    }

    private static void requireForeignKeysHold(Connection connection) throws SQLException {
        String check = "PRAGMA foreign_key_check";
        List<String> violations = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(check)) {
            while (rows.next()) {
                violations.add("row " + rows.getLong(2) + " of " + rows.getString(1) + " references a missing row of "
                        + rows.getString(3));
            }
        }
        if (!violations.isEmpty()) {
            throw new StatementCheckFailure(check, violations.size() + " foreign key violation"
                    + (violations.size() == 1 ? "" : "s") + " before commit: " + String.join("; ", violations));
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable failure) {
        try {
            run(connection, "ROLLBACK");
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static long queryLong(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getLong(1) : 0;
        }
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
