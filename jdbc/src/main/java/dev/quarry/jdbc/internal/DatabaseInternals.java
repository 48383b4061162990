package dev.quarry.jdbc.internal;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.jdbc.ConnectionUnavailableException;
import dev.quarry.jdbc.DataAccessException;
import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.TransactionOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The parts of a {@link Database} that Quarry's own modules (the Kotlin DSL) build on: its
 * executor, its connection gate, opening a transaction with a permit, and telling transient
 * failures. Not an API for applications. Thread-safe.
 */
public final class DatabaseInternals {
    private final Database database;
    private final HikariDataSource dataSource;
    private final ConnectionGate gate;
    private final ExecutorService executor;
    private final StatementExecutor statements;
    private final TimeoutTimer timer;

    public DatabaseInternals(Database database, HikariDataSource dataSource, ConnectionGate gate,
            ExecutorService executor, StatementExecutor statements, TimeoutTimer timer) {
        this.database = database;
        this.dataSource = dataSource;
        this.gate = gate;
        this.executor = executor;
        this.statements = statements;
        this.timer = timer;
    }

    public Database database() {
        return database;
    }

    /** Runs JDBC work; as many threads as pooled connections. */
    public ExecutorService executor() {
        return executor;
    }

    /** Acts when time limits pass. */
    public TimeoutTimer timer() {
        return timer;
    }

    public ConnectionGate gate() {
        return gate;
    }

    /** Connections handed out by the pool and not yet returned. */
    public int activeConnections() {
        return dataSource.getHikariPoolMXBean() == null ? 0 : dataSource.getHikariPoolMXBean().getActiveConnections();
    }

    /**
     * Waits until every permit is back at the gate and no pooled connection is in use, as once all
     * transactions have ended.
     *
     * @return whether that happened within the timeout
     */
    public boolean awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isIdle()) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        return true;
    }

    /** Permits and connections in use, for messages. */
    public String usage() {
        return (database.config().poolSize() - gate.available()) + " permits taken, " + gate.waiting() + " waiting, "
                + activeConnections() + " connections in use";
    }

    private boolean isIdle() {
        return gate.available() == database.config().poolSize() && activeConnections() == 0;
    }

    /**
     * Takes a connection for a permit the caller holds and opens a transaction on it with the
     * options' isolation and read-only mode. On failure the permit is released.
     */
    public JdbcTransaction begin(ConnectionGate.Permit permit, TransactionOptions options) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLTransientConnectionException e) {
            permit.release();
            throw new ConnectionUnavailableException("could not get a connection of database '" + database.name()
                    + "': " + e.getMessage());
        } catch (SQLException | RuntimeException e) {
            permit.release();
            throw new DataAccessException("could not open a connection to database '" + database.name() + "': "
                    + e.getMessage(), null, e);
        }
        JdbcTransaction transaction = new JdbcTransaction(database, connection, permit, statements, options, timer);
        try {
            transaction.start();
            return transaction;
        } catch (RuntimeException e) {
            transaction.close();
            throw e;
        }
    }

    /** Work on a JDBC connection; see {@link #withConnection}. */
    @FunctionalInterface
    public interface ConnectionWork<R> {
        R run(Connection connection) throws SQLException;
    }

    /**
     * Runs work on one pooled connection held for the whole work, in auto-commit mode and outside
     * any Quarry transaction: for Quarry's tools that keep session state across several
     * transactions (the migration runner's locks). The work must leave the connection in
     * auto-commit mode with the session settings it found; the connection goes back to the pool
     * afterwards. SQL failures are wrapped in {@link DataAccessException}.
     */
    public <R> R withConnection(ConnectionWork<R> work) {
        ConnectionGate.Permit permit = gate.acquire(database.config().connectionTimeout());
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            return work.run(connection);
        } catch (SQLTransientConnectionException e) {
            throw new ConnectionUnavailableException("could not get a connection of database '" + database.name()
                    + "': " + e.getMessage());
        } catch (SQLException e) {
            throw new DataAccessException(e.getMessage(), null, e);
        } finally {
            permit.release();
        }
    }

    /** Whether a failure is a transient conflict the dialect says a retry may resolve. */
    public boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && database.dialect().isTransientFailure(sql.getSQLState(), sql.getErrorCode())) {
                return true;
            }
        }
        return false;
    }
}
