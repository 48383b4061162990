package dev.quarry.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * MySQL and MariaDB: DDL commits implicitly, so a migration cannot be rolled back and a failure
 * halfway is recorded as failed. Runners exclude each other with {@code GET_LOCK}, whose name is
 * server-wide and therefore includes the current database.
 */
final class MySqlRunnerDialect extends RunnerDialect {
    /** GET_LOCK accepts names up to 64 characters. */
    private static final int MAX_LOCK_NAME = 64;

    @Override
    ScriptSyntax scriptSyntax() {
        return ScriptSyntax.MYSQL;
    }

    @Override
    boolean transactionalDdl() {
        return false;
    }

    @Override
    SessionLock lock(Connection connection, String lockName, Duration timeout) throws SQLException {
        String name = serverLockName(connection, lockName);
        long seconds = Math.max(0, (timeout.toMillis() + 999) / 1000);
        try (PreparedStatement getLock = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            getLock.setString(1, name);
            getLock.setLong(2, seconds);
            try (ResultSet result = getLock.executeQuery()) {
                result.next();
                int outcome = result.getInt(1);
                if (result.wasNull() || outcome != 1) {
                    throw new MigrationLockException("another migration runner held the lock '" + name
                            + "' for more than " + seconds + " s; try again when it has finished, or raise the"
                            + " lock timeout");
                }
            }
        }
        return () -> {
            try (PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                release.setString(1, name);
                release.executeQuery().close();
            }
        };
    }

    @Override
    boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name = ?")) {
            statement.setString(1, table);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getLong(1) > 0;
            }
        }
    }

    private static String serverLockName(Connection connection, String lockName) throws SQLException {
        String database;
        try (PreparedStatement statement = connection.prepareStatement("SELECT DATABASE()");
                ResultSet result = statement.executeQuery()) {
            database = result.next() ? result.getString(1) : null;
        }
        String name = lockName + "@" + (database == null ? "" : database);
        if (name.length() <= MAX_LOCK_NAME) {
            return name;
        }
        return "quarry-migrate@" + Long.toHexString(LockKey.of(name));
    }
}
