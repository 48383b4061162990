package dev.quarry.jdbc.internal;

import dev.quarry.dialect.DatabaseFailure;
import dev.quarry.jdbc.CommitOutcomeUnknownException;
import dev.quarry.jdbc.ConnectionUnavailableException;
import dev.quarry.jdbc.DataAccessException;
import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.ExternalTransaction;
import dev.quarry.jdbc.TransactionOptions;
import dev.quarry.jdbc.internal.sqlite.SqliteSessions;
import dev.quarry.jdbc.internal.tls.TlsFailures;
import dev.quarry.jdbc.tls.TlsVerificationException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a {@link Database} that Quarry's own modules (the Kotlin DSL) build on: its
 * executor, its connection gate, opening a transaction with a permit, and telling transient
 * failures. Not an API for applications. Thread-safe.
 */
public final class DatabaseInternals {
    private final Database database;
    private final ConnectionPool pool;
    private final ConnectionGate gate;
    private final ExecutorService executor;
    private final StatementExecutor statements;
    private final TimeoutTimer timer;
    private final ServerCancels cancels;
    private final Observers observers;
    private final TransactionEndWatch.@Nullable Source watches;
    private final AutoCommitReads autoCommitReads = new AutoCommitReads();

    public DatabaseInternals(Database database, ConnectionPool pool, ConnectionGate gate,
            ExecutorService executor, StatementExecutor statements, TimeoutTimer timer, ServerCancels cancels, Observers observers) {
        this.database = database;
        this.pool = pool;
        this.gate = gate;
        this.executor = executor;
        this.statements = statements;
        this.timer = timer;
        this.cancels = cancels;
        this.observers = observers;
        // Only SQLite needs functions of its own, and only SQLite ends transactions by itself.
        this.watches = database.dialect().clientFunctions().isEmpty() ? null : new SqliteSessions();
    }

    public Database database() {
        return database;
    }

    /** When a transaction's first statement may run in auto-commit mode. */
    AutoCommitReads autoCommitReads() {
        return autoCommitReads;
    }

    /** The observers of the database's transactions. */
    public Observers observers() {
        return observers;
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
        return pool.activeConnections();
    }

    /** Connections the pool holds open, in use or idle; -1 for an application's data source that does not tell. */
    public int pooledConnections() {
        return pool.openConnections();
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
        return (pool.size() - gate.available()) + " permits taken, " + gate.waiting() + " waiting, "
                + activeConnections() + " connections in use";
    }

    private boolean isIdle() {
        return gate.available() == pool.size() && activeConnections() == 0;
    }

    /**
     * Takes a connection for a permit the caller holds and opens a transaction on it with the
     * options' isolation and read-only mode. On failure the permit is released.
     */
    public JdbcTransaction begin(ConnectionGate.Permit permit, TransactionOptions options, ObservedTransaction observed) {
        Connection connection;
        try {
            connection = pooledConnection();
        } catch (RuntimeException e) {
            permit.release();
            throw e;
        }
        try {
            return new JdbcTransaction(this, connection, permit, options, observed);
        } catch (RuntimeException e) {
            evict(connection);
            permit.release();
            throw e;
        }
    }

    /**
     * Opens a transaction that joins an outer one on its connection (see
     * {@link dev.quarry.jdbc.ExternalTransactions}). On failure the outer transaction is released.
     */
    public JdbcTransaction join(ExternalTransaction outer, TransactionOptions options, ObservedTransaction observed) {
        try {
            return new JdbcTransaction(this, outer, options, observed);
        } catch (RuntimeException e) {
            outer.release();
            throw e;
        }
    }

    StatementExecutor statements() {
        return statements;
    }

    /** Sends cancels to the server. */
    ServerCancels cancels() {
        return cancels;
    }

    /**
     * The watch for transactions the database ends by itself on a connection of this pool; see
     * {@link TransactionEndWatch.Source#watch} for {@code ownsTransaction}.
     */
    TransactionEndWatch watch(Connection connection, boolean ownsTransaction) {
        if (watches == null) {
            return TransactionEndWatch.NONE;
        }
        try {
            return watches.watch(connection, ownsTransaction);
        } catch (SQLException e) {
            throw new DataAccessException("could not watch a connection of database '" + database.name() + "': "
                    + e.getMessage(), null, e);
        }
    }

    /**
     * Closes a connection instead of returning it to the pool, which opens a new one in its place:
     * for a connection whose session state is unknown or broken.
     */
    void evict(Connection connection) {
        pool.evict(connection);
    }

    /** Returns a healthy connection to the pool. */
    void giveBack(Connection connection) throws SQLException {
        pool.giveBack(connection);
    }

    /**
     * A pooled connection checked to be alive, for a transaction whose first connection turned out
     * dead: connections the pool hands out without checking (it skips the check for those used
     * in the last half second) are tried and evicted until one answers.
     */
    Connection liveConnection() {
        int seconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, database.config().connectionTimeout().toSeconds()));
        @Nullable SQLException lastFailure = null;
        for (int attempt = 0; attempt <= pool.size(); attempt++) {
            Connection connection = pooledConnection();
            try {
                if (connection.isValid(seconds)) {
                    return connection;
                }
            } catch (SQLException e) {
                lastFailure = e;
            }
            evict(connection);
        }
        throw new DataAccessException("could not get a live connection of database '" + database.name()
                + "': every connection tried was dead", null, lastFailure);
    }

    /** Whether a failure means the connection it happened on is gone. */
    boolean isConnectionFailure(Throwable failure) {
        return hasDriverCause(failure,
                sql -> DataAccessFailures.classify(database.dialect(), sql).kind() == DatabaseFailure.Kind.CONNECTION_LOST);
    }

    private Connection pooledConnection() {
        try {
            return pool.borrow();
        } catch (SQLTransientConnectionException e) {
            TlsVerificationException refused = TlsFailures.of(credentials().mask(e), database.name(), database.config().url());
            if (refused != null) {
                throw refused;
            }
            throw new ConnectionUnavailableException("could not get a connection of database '" + database.name()
                    + "': " + credentials().mask(e.getMessage()));
        } catch (SQLException | RuntimeException e) {
            Throwable masked = credentials().mask(e);
            TlsVerificationException refused = TlsFailures.of(masked, database.name(), database.config().url());
            if (refused != null) {
                throw refused;
            }
            throw new DataAccessException("could not open a connection to database '" + database.name() + "': "
                    + masked.getMessage(), null, masked);
        }
    }

    private CredentialMask credentials() {
        return CredentialMask.of(database.config().url(), null);
    }

    /** Work on a JDBC connection; see {@link #withConnection}. */
    @FunctionalInterface
    public interface ConnectionWork<R extends @Nullable Object> {
        R run(Connection connection) throws SQLException;
    }

    /**
     * Runs work on one pooled connection held for the whole work, in auto-commit mode and outside
     * any Quarry transaction: for Quarry's tools that keep session state across several
     * transactions (the migration runner's locks). The work must leave the connection in
     * auto-commit mode with the session settings it found; the connection goes back to the pool
     * afterwards in the auto-commit mode it came in, or is evicted if the work failed. SQL failures
     * are wrapped in {@link DataAccessException}.
     */
    public <R extends @Nullable Object> R withConnection(ConnectionWork<R> work) {
        ConnectionGate.Permit permit = gate.acquire(database.config().connectionTimeout());
        try {
            Connection connection = pooledConnection();
            try {
                boolean autoCommit = connection.getAutoCommit();
                if (!autoCommit) {
                    connection.setAutoCommit(true);
                }
                R result = work.run(connection);
                connection.setAutoCommit(autoCommit);
                pool.giveBack(connection);
                return result;
            } catch (SQLException | RuntimeException e) {
                pool.evict(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw DataAccessFailures.of(database.dialect(), String.valueOf(e.getMessage()), null, e);
        } finally {
            permit.release();
        }
    }

    /**
     * Whether a failure is one the dialect says running the transaction again may resolve (a
     * conflict, a busy database, a lost connection). A commit whose outcome is unknown never is:
     * running the work again could write it twice.
     */
    public boolean isTransient(Throwable failure) {
        return !(failure instanceof CommitOutcomeUnknownException)
                && hasDriverCause(failure, sql -> DataAccessFailures.classify(database.dialect(), sql).isTransient());
    }

    /** Whether the failure or one of its causes is a driver error that the test accepts. */
    private static boolean hasDriverCause(Throwable failure, Predicate<SQLException> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && test.test(sql)) {
                return true;
            }
        }
        return false;
    }
}
