package dev.quarry.migrate;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What the migration runner does differently per database: how one runner excludes the others,
 * whether DDL can be rolled back, how a migration's transaction runs, and how scripts are split.
 * One stateless instance per database family, chosen by {@link RunnerDialects}; thread-safe. Every
 * method works on the session connection it is given, which is in auto-commit mode on entry and
 * is left so.
 */
abstract class RunnerDialect {

    /** The lexical rules for splitting scripts. */
    ScriptSyntax scriptSyntax() {
        return ScriptSyntax.STANDARD;
    }

    /** Whether DDL runs inside a transaction and rolls back with it. */
    abstract boolean transactionalDdl();

    /**
     * Takes the session-wide migration lock, waiting at most the timeout.
     *
     * @param lockName names the lock; derived from the history table, so runners of one history exclude each other
     * @throws MigrationLockException if another session held it for the whole timeout
     */
    abstract SessionLock lock(Connection connection, String lockName, Duration timeout) throws SQLException;

    /** Whether a table of this name exists in the connection's current schema. */
    abstract boolean tableExists(Connection connection, String table) throws SQLException;

    /**
     * Runs work as one transaction: committed if it returns, rolled back if it throws. Used for
     * history changes made outside a migration's own transaction.
     */
    <R extends @Nullable Object> R atomically(Connection connection, SqlWork<R> work) throws Exception {
        connection.setAutoCommit(false);
        try {
            R result = work.run();
            connection.commit();
            return result;
        } catch (Exception | Error e) {
            rollbackAfter(connection, e);
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Runs a migration and its history change as one transaction; only called where
     * {@link #transactionalDdl()} holds.
     */
    <R extends @Nullable Object> R inMigrationTransaction(Connection connection, SqlWork<R> work) throws Exception {
        return atomically(connection, work);
    }

    /**
     * Called before a migration runs outside a transaction (its statements one by one): refuses it
     * where the lock cannot cover it; by default the session lock does.
     */
    void requireLockedOutsideTransactions(String migrationLabel) {
    }

    /** Rolls back after a failure; a failing rollback is added to the failure rather than hiding it. */
    static void rollbackAfter(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
