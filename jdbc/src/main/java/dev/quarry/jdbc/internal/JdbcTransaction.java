package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.DataAccessException;
import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.Row;
import dev.quarry.jdbc.Transaction;
import dev.quarry.jdbc.TransactionOptions;
import dev.quarry.sql.Count;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Query;
import dev.quarry.sql.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A transaction on one pooled connection, with the lifecycle the transaction runners drive:
 * {@link #commit()} or {@link #rollback()}, then always {@link #close()}, which closes its cursors
 * and returns the connection and the gate permit exactly once.
 *
 * <p>Thread-safe: statements from several threads (child coroutines) are serialised on the
 * connection by a lock that any thread may release, since a coroutine can resume on another
 * thread. The running statement can be cancelled from any thread. Statements after commit,
 * rollback or close are refused.
 */
public final class JdbcTransaction implements Transaction {
    private enum State { ACTIVE, COMMITTED, ROLLED_BACK }

    private final Database database;
    private final Connection connection;
    private final ConnectionGate.Permit permit;
    private final StatementExecutor statements;
    private final TransactionOptions options;
    private final StatementGuard guard;
    private final Semaphore lock = new Semaphore(1);
    private final List<Cursor> cursors = new ArrayList<>();
    private volatile State state = State.ACTIVE;
    private boolean closed;

    JdbcTransaction(Database database, Connection connection, ConnectionGate.Permit permit, StatementExecutor statements,
            TransactionOptions options, TimeoutTimer timer) {
        this.database = database;
        this.connection = connection;
        this.permit = permit;
        this.statements = statements;
        this.options = options;
        this.guard = new StatementGuard(timer, options.statementTimeout(), options.timeout());
    }

    /** Gives the transaction its isolation level and read-only mode before its first statement. */
    void start() {
        for (String sql : database.dialect().transactionStart(options.isolation(), options.isReadOnly())) {
            execute(sql);
        }
    }

    @Override
    public Database database() {
        return database;
    }

    /** The options the transaction was opened with. */
    public TransactionOptions options() {
        return options;
    }

    @Override
    public List<Row> fetch(Query query) {
        return locked(() -> statements.fetch(connection, guard, query));
    }

    @Override
    public <R extends Record> List<R> fetchInto(Query query, Class<R> recordClass) {
        ResultMapping<R> mapping = RecordReader.mapping(recordClass);
        return locked(() -> statements.fetch(connection, guard, query, mapping));
    }

    @Override
    public <R extends Record> Stream<R> streamInto(Query query, Class<R> recordClass, int fetchSize) {
        RecordReader<R> reader = RecordReader.forRows(recordClass, new RowLayout(query.projection()));
        return stream(query, fetchSize).map(reader::map);
    }

    @Override
    public List<Row> fetchReturning(Statement statement) {
        return locked(() -> statements.fetchReturning(connection, guard, statement));
    }

    @Override
    public long count(Count count) {
        return locked(() -> statements.count(connection, guard, count));
    }

    @Override
    public int execute(Statement statement) {
        return locked(() -> statements.update(connection, guard, statement));
    }

    @Override
    public int execute(String sql, Object... parameters) {
        return locked(() -> statements.executeSql(connection, guard, sql, Arrays.asList(parameters)));
    }

    @Override
    public long insertAndGetId(Insert insert) {
        return locked(() -> statements.insertReturningId(connection, guard, insert));
    }

    @Override
    public Stream<Row> stream(Query query, int fetchSize) {
        Cursor cursor = openCursor(query, fetchSize);
        Spliterator<Row> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
            private List<Row> batch = List.of();
            private int next;

            @Override
            public boolean tryAdvance(Consumer<? super Row> action) {
                if (next == batch.size()) {
                    batch = read(cursor, fetchSize);
                    next = 0;
                    if (batch.isEmpty()) {
                        return false;
                    }
                }
                action.accept(batch.get(next++));
                return true;
            }
        };
        return StreamSupport.stream(rows, false).onClose(() -> closeCursor(cursor));
    }

    /** Runs a query and keeps its result open to be read with {@link #read}. */
    public Cursor openCursor(Query query, int fetchSize) {
        if (fetchSize < 1) {
            throw new IllegalArgumentException("fetch size must be at least 1, got " + fetchSize);
        }
        return locked(() -> {
            Cursor cursor = statements.openCursor(connection, guard, query, fetchSize);
            synchronized (cursors) {
                cursors.add(cursor);
            }
            return cursor;
        });
    }

    /** Up to {@code max} further rows of an open cursor; empty at its end. */
    public List<Row> read(Cursor cursor, int max) {
        return locked(() -> cursor.next(max));
    }

    /** Closes a cursor before the transaction ends. */
    public void closeCursor(Cursor cursor) {
        lock.acquireUninterruptibly();
        try {
            cursor.close();
            synchronized (cursors) {
                cursors.remove(cursor);
            }
        } finally {
            lock.release();
        }
    }

    /** Whether statements may still run. */
    public boolean isActive() {
        return state == State.ACTIVE;
    }

    /**
     * Cancels the statement running right now, if any, on the server, and refuses further
     * statements; whoever runs the transaction then rolls it back. Callable from any thread.
     */
    public void cancel() {
        guard.cancel();
    }

    /** Marks a savepoint, for a nested transaction. */
    public Savepoint setSavepoint() {
        return locked(() -> jdbc("setting a savepoint", connection::setSavepoint));
    }

    /** Rolls back to a savepoint, undoing what a nested transaction did. */
    public void rollbackTo(Savepoint savepoint) {
        locked(() -> jdbc("rolling back to a savepoint", () -> {
            connection.rollback(savepoint);
            return null;
        }));
    }

    /** Forgets a savepoint once its nested transaction succeeded. */
    public void releaseSavepoint(Savepoint savepoint) {
        locked(() -> jdbc("releasing a savepoint", () -> {
            connection.releaseSavepoint(savepoint);
            return null;
        }));
    }

    /**
     * Commits. A failed commit is reported, never taken for success; the transaction is then
     * rolled back. A transaction that was cancelled or is past its timeout is rolled back instead.
     */
    public void commit() {
        lock.acquireUninterruptibly();
        try {
            requireActive();
            closeCursors();
            guard.requireCommittable();
            try {
                connection.commit();
                state = State.COMMITTED;
            } catch (SQLException e) {
                state = State.ROLLED_BACK;
                DataAccessException failure = new DataAccessException("commit failed on " + database.name()
                        + "; the transaction's changes were not saved: " + e.getMessage(), null, e);
                try {
                    // Some databases keep the transaction open after a refused commit (SQLite).
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    failure.addSuppressed(rollbackFailure);
                }
                throw failure;
            }
        } finally {
            lock.release();
        }
    }

    /** Rolls back if still active. */
    public void rollback() {
        lock.acquireUninterruptibly();
        try {
            if (state != State.ACTIVE) {
                return;
            }
            state = State.ROLLED_BACK;
            closeCursors();
            try {
                connection.rollback();
            } catch (SQLException e) {
                throw new DataAccessException("rollback failed on " + database.name() + ": " + e.getMessage(), null, e);
            }
        } finally {
            lock.release();
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

    /**
     * Rolls back if still active, undoes connection settings, returns the connection to the pool
     * and the permit to the gate. Idempotent.
     */
    public void close() {
        lock.acquireUninterruptibly();
        try {
            if (closed) {
                return;
            }
            closed = true;
            closeCursors();
            try {
                if (state == State.ACTIVE) {
                    state = State.ROLLED_BACK;
                    connection.rollback();
                }
                for (String sql : database.dialect().transactionEnd(options.isReadOnly())) {
                    try (java.sql.Statement reset = connection.createStatement()) {
                        reset.execute(sql);
                    }
                }
            } catch (SQLException ignored) {
                // The pool discards connections that fail here.
            } finally {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // Nothing left to release.
                } finally {
                    permit.release();
                }
            }
        } finally {
            lock.release();
        }
    }

    private void closeCursors() {
        synchronized (cursors) {
            cursors.forEach(Cursor::close);
            cursors.clear();
        }
    }

    private <R> R locked(Supplier<R> action) {
        lock.acquireUninterruptibly();
        try {
            requireActive();
            return action.get();
        } finally {
            lock.release();
        }
    }

    private <R> R jdbc(String what, SqlAction<R> action) {
        try {
            return action.run();
        } catch (SQLException e) {
            throw new DataAccessException(what + " failed on " + database.name() + ": " + e.getMessage(), null, e);
        }
    }

    private void requireActive() {
        if (state != State.ACTIVE) {
            throw new IllegalStateException("the transaction on " + database.name() + " has already been "
                    + state.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + "; its statements must run inside its transaction block, not in work that outlives it");
        }
    }

    @FunctionalInterface
    private interface SqlAction<R> {
        R run() throws SQLException;
    }
}
