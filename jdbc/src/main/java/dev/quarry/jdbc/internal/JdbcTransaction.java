package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.DataAccessException;
import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.Row;
import dev.quarry.jdbc.Transaction;
import dev.quarry.sql.Count;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Query;
import dev.quarry.sql.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A transaction on one pooled connection, with the lifecycle the transaction runners drive:
 * {@link #commit()} or {@link #rollback()}, then always {@link #close()}, which returns the
 * connection and the gate permit exactly once.
 *
 * <p>Thread-safe: statements from several threads (child coroutines) are serialised on the
 * connection. Statements after commit, rollback or close are refused.
 */
public final class JdbcTransaction implements Transaction {
    private enum State { ACTIVE, COMMITTED, ROLLED_BACK, CLOSED }

    private final Database database;
    private final Connection connection;
    private final ConnectionGate.Permit permit;
    private final StatementExecutor statements;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile State state = State.ACTIVE;

    JdbcTransaction(Database database, Connection connection, ConnectionGate.Permit permit,
            StatementExecutor statements) {
        this.database = database;
        this.connection = connection;
        this.permit = permit;
        this.statements = statements;
    }

    @Override
    public Database database() {
        return database;
    }

    @Override
    public List<Row> fetch(Query query) {
        return locked(() -> statements.fetch(connection, query));
    }

    @Override
    public List<Row> fetchReturning(Statement statement) {
        return locked(() -> statements.fetchReturning(connection, statement));
    }

    @Override
    public long count(Count count) {
        return locked(() -> statements.count(connection, count));
    }

    @Override
    public int execute(Statement statement) {
        return locked(() -> statements.update(connection, statement));
    }

    @Override
    public long insertAndGetId(Insert insert) {
        return locked(() -> statements.insertReturningId(connection, insert));
    }

    /** Whether statements may still run. */
    public boolean isActive() {
        return state == State.ACTIVE;
    }

    /**
     * Commits. A failed commit is reported, never taken for success; the transaction is then
     * rolled back.
     */
    public void commit() {
        lock.lock();
        try {
            requireActive();
            try {
                connection.commit();
                state = State.COMMITTED;
            } catch (SQLException e) {
                state = State.ROLLED_BACK;
                throw new DataAccessException("commit failed on " + database.name()
                        + "; the transaction's changes were not saved: " + e.getMessage(), null, e);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Rolls back if still active. */
    public void rollback() {
        lock.lock();
        try {
            if (state != State.ACTIVE) {
                return;
            }
            state = State.ROLLED_BACK;
            try {
                connection.rollback();
            } catch (SQLException e) {
                throw new DataAccessException("rollback failed on " + database.name() + ": " + e.getMessage(), null, e);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Rolls back after the work failed; a rollback failure is attached to the original failure. */
    public void rollbackAfter(Throwable failure) {
        try {
            rollback();
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    /** Rolls back if still active, returns the connection to the pool and the permit to the gate. Idempotent. */
    public void close() {
        lock.lock();
        try {
            if (state == State.CLOSED) {
                return;
            }
            try {
                if (state == State.ACTIVE) {
                    connection.rollback();
                }
            } catch (SQLException ignored) {
                // The pool discards connections whose rollback fails.
            } finally {
                state = State.CLOSED;
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // Nothing left to release.
                } finally {
                    permit.release();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private <R> R locked(Supplier<R> action) {
        lock.lock();
        try {
            requireActive();
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    private void requireActive() {
        if (state != State.ACTIVE) {
            throw new IllegalStateException("the transaction on " + database.name() + " is already "
                    + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "; statements must run inside its block");
        }
    }
}
