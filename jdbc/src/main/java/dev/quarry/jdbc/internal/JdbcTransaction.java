package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.CommitOutcomeUnknownException;
import dev.quarry.jdbc.DataAccessException;
import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.ExternalTransaction;
import dev.quarry.jdbc.PolicyScope;
import dev.quarry.jdbc.QueryBudget;
import dev.quarry.jdbc.Row;
import dev.quarry.jdbc.StatementTimeoutException;
import dev.quarry.jdbc.Transaction;
import dev.quarry.jdbc.TransactionOptions;
import dev.quarry.jdbc.observation.SavepointAction;
import dev.quarry.policy.PolicyContext;
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
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;

/**
 * A transaction on one pooled connection, with the lifecycle the transaction runners drive:
 * {@link #commit()} or {@link #rollback()}, then always {@link #close()}, which closes its cursors
 * and returns the connection and the gate permit exactly once.
 *
 * <p>Faults are contained here:
 * <ul>
 *   <li>When the first statement fails because the connection was dead (the server restarted or
 *       ended an idle session), nothing of the transaction exists on the server, so the statement
 *       is sent again, once, on a live connection; the caller's code does not run again.
 *   <li>Before every statement it checks that the database has not ended the transaction by itself
 *       (SQLite does, see {@link TransactionEndWatch}), and fails it if so.
 *   <li>A connection lost during commit is reported as {@link CommitOutcomeUnknownException}.
 *   <li>A connection whose state is in doubt (a failed commit, rollback or reset, a lost
 *       connection, a transaction the database ended) is evicted from the pool, never reused.
 * </ul>
 *
 * <p>A transaction may instead join one that a manager outside Quarry holds open
 * ({@link ExternalTransaction}): it then runs on that transaction's connection, holds no permit,
 * sends no start or end statements, never commits, rolls back or replaces the connection, and ends
 * by marking the outer transaction rollback-only when it failed, then releasing the connection.
 *
 * <p>Thread-safe: statements from several threads (child coroutines) are serialised on the
 * connection by a lock that any thread may release, since a coroutine can resume on another
 * thread. The running statement can be cancelled from any thread. Statements after commit,
 * rollback or close are refused.
 */
public final class JdbcTransaction implements Transaction {
    private static final Logger LOG = LoggerFactory.getLogger("dev.quarry.transaction");

    private enum State { ACTIVE, COMMITTED, ROLLED_BACK }

    private final DatabaseInternals internals;
    private final Database database;
    private final ConnectionGate.@Nullable Permit permit;
    /** The outer transaction this one joins, or null for one that owns its connection. */
    private final @Nullable ExternalTransaction outer;
    private final StatementExecutor statements;
    private final TransactionOptions options;
    private final StatementGuard guard;
    private final ObservedTransaction observed;
    private final PolicyStep policies;
    private final Semaphore lock = new Semaphore(1);
    private final List<Cursor> cursors = new ArrayList<>();
    private final DeferredBegin deferred;
    private final StatementPipeline pipeline;
    private final TransactionCallbacks callbacks = new TransactionCallbacks();
    /** The actor of the audit rows, given by the Kotlin DSL from the coroutine context; null asks the configuration. */
    private volatile @Nullable String auditActor;
    // The fields below are guarded by the lock.
    private Connection connection;
    private TransactionEndWatch watch;
    private long endsAtBegin;
    /** Whether the isolation and read-only statements ran on the current connection. */
    private boolean started;
    /** Whether a statement ran, or failed for another reason than a dead connection. */
    private boolean begunOnServer;
    /** Whether the connection may go back to the pool; false once its state is in doubt. */
    private boolean reusable = true;
    /** Whether the connection was evicted already, and none replaced it. */
    private boolean evicted;
    /** Whether the connection came in auto-commit mode (from an application's pool), to be restored when it goes back. */
    private boolean restoreAutoCommit;
    /** Set by {@link #setRollbackOnly()}: the commit at the end rolls back instead. */
    private volatile boolean rollbackOnly;
    private volatile State state = State.ACTIVE;
    private boolean closed;

    JdbcTransaction(DatabaseInternals internals, Connection connection, ConnectionGate.Permit permit,
            TransactionOptions options, ObservedTransaction observed) {
        this(internals, connection, permit, null, options, observed);
    }

    /** A transaction that joins an outer one, on its connection. */
    JdbcTransaction(DatabaseInternals internals, ExternalTransaction outer, TransactionOptions options, ObservedTransaction observed) {
        this(internals, outer.connection(), null, outer, options, observed);
    }

    private JdbcTransaction(DatabaseInternals internals, Connection connection, ConnectionGate.@Nullable Permit permit,
            @Nullable ExternalTransaction outer, TransactionOptions options, ObservedTransaction observed) {
        this.internals = internals;
        this.database = internals.database();
        this.connection = connection;
        this.permit = permit;
        this.outer = outer;
        this.statements = internals.statements();
        this.options = options;
        this.observed = observed;
        this.policies = new PolicyStep(database.config().policies());
        this.guard = new StatementGuard(database.dialect(), internals.timer(), internals.cancels(), options.statementTimeout(),
                options.timeout(), observed.observer(), budgetTracker(options, observed));
        this.pipeline = new StatementPipeline(database.config().hooks(),
                new AuditTrail(database.dialect(), database.config().auditActor()));
        this.watch = internals.watch(connection, outer == null);
        this.deferred = new DeferredBegin(internals.autoCommitReads(), options);
        this.endsAtBegin = watch.mark();
        if (outer == null) {
            this.restoreAutoCommit = leaveAutoCommit(connection);
        } else {
            // The outer transaction has begun already and keeps its settings; its connection is never replaced.
            this.started = true;
            this.begunOnServer = true;
        }
        observed.connectionAcquired();
    }

    /** The tracker of the transaction's own budget, or of the database's if it has none; null when nothing is limited. */
    private @Nullable BudgetTracker budgetTracker(TransactionOptions options, ObservedTransaction observed) {
        QueryBudget budget = options.budget() != null ? options.budget() : database.config().budget();
        return budget.isLimited() ? new BudgetTracker(budget, database.name(), observed) : null;
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
        return fetch(query, PolicyScope.current());
    }

    /** Runs a query in a policy context. */
    public List<Row> fetch(Query query, PolicyContext context) {
        return fetch(query, ResultMapping.ROWS, context);
    }

    /** Runs a query in a policy context and maps its rows. */
    public <T extends @Nullable Object> List<T> fetch(Query query, ResultMapping<T> mapping, PolicyContext context) {
        PolicyStep.ReadPlan plan = intercepted(policies.read(query, context));
        return onConnection(plan.query(), on -> statements.fetch(on, guard, plan, mapping));
    }

    /** The plan with its query as the statement interceptors turn it; rows are still read by the caller's columns. */
    private PolicyStep.ReadPlan intercepted(PolicyStep.ReadPlan plan) {
        Query query = pipeline.intercepted(this, plan.query());
        return query == plan.query() ? plan : new PolicyStep.ReadPlan(query, plan.columns(), plan.masks());
    }

    /** Runs a query as it is, past policies and interceptors: the audit's reads of a statement already policed. */
    List<Row> fetchAsIs(Query query) {
        return onConnection(query, on -> statements.fetch(on, guard, query));
    }

    @Override
    public List<String> explain(Query query, boolean analyze) {
        return explain(query, analyze, PolicyScope.current());
    }

    /** Explains a query as it runs in a policy context. */
    public List<String> explain(Query query, boolean analyze, PolicyContext context) {
        Query policed = intercepted(policies.read(query, context)).query();
        return onConnection(on -> statements.explain(on, guard, policed, analyze));
    }

    @Override
    public <R extends Record> List<R> fetchInto(Query query, Class<R> recordClass) {
        return fetch(query, RecordReader.mapping(recordClass), PolicyScope.current());
    }

    @Override
    public <R extends Record> Stream<R> streamInto(Query query, Class<R> recordClass, int fetchSize) {
        RecordReader<R> reader = RecordReader.forRows(recordClass, new RowLayout(query.projection()));
        return stream(query, fetchSize).map(reader::map);
    }

    @Override
    public List<Row> fetchReturning(Statement statement) {
        return fetchReturning(statement, PolicyScope.current());
    }

    /** Runs a write with RETURNING in a policy context. */
    public List<Row> fetchReturning(Statement statement, PolicyContext context) {
        PolicyStep.ReadPlan plan = policies.returning(statement, context);
        return pipeline.write(this, plan.statement(), new StatementPipeline.WriteCall<Statement, List<Row>>() {
            @Override
            public List<Row> send(Statement sent) {
                PolicyStep.ReadPlan sentPlan = new PolicyStep.ReadPlan(sent, plan.columns(), plan.masks());
                return onConnection(on -> statements.fetchReturning(on, guard, sentPlan));
            }

            @Override
            public long affected(List<Row> rows) {
                return rows.size();
            }

            @Override
            public List<Row> fromReturned(Statement sent, List<Row> returned) {
                return ReturnedRows.project(returned, ((Insert) sent).returning());
            }
        });
    }

    /** Runs a statement with RETURNING as it is, past the hooks and the audit. */
    List<Row> fetchReturningDirectly(Statement statement) {
        return onConnection(on -> statements.fetchReturning(on, guard, statement));
    }

    /** Runs a write as it is, past the hooks and the audit; returns the affected row count. */
    int updateDirectly(Statement statement) {
        return onConnection(on -> statements.update(on, guard, statement));
    }

    /** Runs each row of an insert as its own statement, past the hooks and the audit; returns each row's generated key or null. */
    List<@Nullable Long> insertEachReturningKeyDirectly(Insert insert) {
        return onConnection(on -> statements.insertEachReturningKey(on, guard, insert));
    }

    @Override
    public long count(Count count) {
        return count(count, PolicyScope.current());
    }

    /** Runs a count in a policy context. */
    public long count(Count count, PolicyContext context) {
        Count policed = pipeline.intercepted(this, (Count) policies.apply(count, context));
        return onConnection(policed, on -> statements.count(on, guard, policed));
    }

    @Override
    public int execute(Statement statement) {
        return execute(statement, PolicyScope.current());
    }

    /** Runs an insert, update, delete or DDL statement in a policy context. */
    public int execute(Statement statement, PolicyContext context) {
        Statement policed = policies.apply(statement, context);
        return pipeline.write(this, policed, new StatementPipeline.WriteCall<Statement, Integer>() {
            @Override
            public Integer send(Statement sent) {
                return onConnection(on -> statements.update(on, guard, sent));
            }

            @Override
            public long affected(Integer count) {
                return count;
            }

            @Override
            public Integer fromReturned(Statement sent, List<Row> returned) {
                return returned.size();
            }
        });
    }

    @Override
    public Transaction withPolicyContext(PolicyContext context) {
        return new PolicyBoundTransaction(this, context);
    }

    @Override
    public int execute(String sql, @Nullable Object... parameters) {
        TransactionPooling.requireTransactionScoped(database.config(), sql);
        return onConnection(on -> statements.executeSql(on, guard, sql, Arrays.asList(parameters)));
    }

    @Override
    public long insertAndGetId(Insert insert) {
        return insertAndGetId(insert, PolicyScope.current());
    }

    /** Runs an insert in a policy context and returns the generated key. */
    public long insertAndGetId(Insert insert, PolicyContext context) {
        Insert policed = (Insert) policies.apply(insert, context);
        return pipeline.write(this, policed, new StatementPipeline.WriteCall<Insert, Long>() {
            @Override
            public Long send(Insert sent) {
                return onConnection(on -> statements.insertReturningId(on, guard, sent));
            }

            @Override
            public long affected(Long id) {
                return 1;
            }

            @Override
            public Long fromReturned(Insert sent, List<Row> returned) {
                return ReturnedRows.generatedKey(sent, returned);
            }
        });
    }

    @Override
    public void afterCommit(Runnable callback) {
        registerCallback(true, java.util.Objects.requireNonNull(callback, "callback"));
    }

    @Override
    public void afterRollback(Runnable callback) {
        registerCallback(false, java.util.Objects.requireNonNull(callback, "callback"));
    }

    /**
     * Registers a callback for the transaction's outcome: a {@link Runnable}, or a callback of the
     * Kotlin DSL's own, which only its transactions run.
     *
     * @throws IllegalStateException once the transaction has ended
     * @throws UnsupportedOperationException in a transaction that joins one of another manager
     */
    public void registerCallback(boolean onCommit, Object callback) {
        requireActive();
        if (outer != null) {
            throw new UnsupportedOperationException("the transaction on " + database.name() + " joins a transaction"
                    + " of another manager, which decides when it commits; register the callback with that manager"
                    + " (with Spring: TransactionSynchronizationManager.registerSynchronization)");
        }
        callbacks.add(onCommit, callback);
    }

    /**
     * The callbacks of the transaction's outcome, once it has ended, handed out once: after-commit
     * ones when it committed, after-rollback ones when it rolled back, none when the outcome of its
     * commit is unknown. {@code failure} is what ended the work, or null.
     */
    public List<Object> takeCallbacks(@Nullable Throwable failure) {
        if (failure instanceof CommitOutcomeUnknownException) {
            return callbacks.take(null);
        }
        return callbacks.take(state == State.COMMITTED);
    }

    /** Whether the transaction committed. */
    public boolean isCommitted() {
        return state == State.COMMITTED;
    }

    /** Drops the callbacks of an attempt that is retried: they never run. */
    public void discardCallbacks() {
        callbacks.take(false);
    }

    /** Sets who the audit rows of this transaction name as their actor, instead of the configuration's supplier. */
    public void auditActor(@Nullable String actor) {
        this.auditActor = actor;
    }

    /** The actor given with {@link #auditActor(String)}, or null. */
    @Nullable String auditActor() {
        return auditActor;
    }

    @Override
    public List<Row> fetch(String sql, @Nullable Object... parameters) {
        TransactionPooling.requireTransactionScoped(database.config(), sql);
        return onConnection(on -> statements.fetchSql(on, guard, sql, Arrays.asList(parameters), ResultMapping.ROWS));
    }

    @Override
    public <R extends Record> List<R> fetchInto(String sql, Class<R> recordClass, @Nullable Object... parameters) {
        TransactionPooling.requireTransactionScoped(database.config(), sql);
        ResultMapping<R> mapping = RecordReader.mapping(recordClass);
        return onConnection(on -> statements.fetchSql(on, guard, sql, Arrays.asList(parameters), mapping));
    }

    @Override
    public Stream<Row> stream(String sql, int fetchSize, @Nullable Object... parameters) {
        return streamOf(openCursor(sql, fetchSize, parameters), fetchSize);
    }

    @Override
    public void setRollbackOnly() {
        requireActive();
        rollbackOnly = true;
    }

    @Override
    public boolean isRollbackOnly() {
        return rollbackOnly || guard.isOverBudget();
    }

    @Override
    public Stream<Row> stream(Query query, int fetchSize) {
        return stream(query, fetchSize, PolicyScope.current());
    }

    /** Streams the rows of a query run in a policy context. */
    public Stream<Row> stream(Query query, int fetchSize, PolicyContext context) {
        return streamOf(openCursor(query, fetchSize, context), fetchSize);
    }

    private Stream<Row> streamOf(Cursor cursor, int fetchSize) {
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
        return openCursor(query, fetchSize, PolicyScope.current());
    }

    /** Runs a query in a policy context and keeps its result open to be read with {@link #read}. */
    public Cursor openCursor(Query query, int fetchSize, PolicyContext context) {
        PolicyStep.ReadPlan plan = intercepted(policies.read(query, context));
        return kept(fetchSize, on -> statements.openCursor(on, guard, plan, fetchSize));
    }

    /** Runs a query written by hand and keeps its result open to be read with {@link #read}. */
    public Cursor openCursor(String sql, int fetchSize, @Nullable Object... parameters) {
        TransactionPooling.requireTransactionScoped(database.config(), sql);
        return kept(fetchSize, on -> statements.openSqlCursor(on, guard, sql, Arrays.asList(parameters), fetchSize));
    }

    private Cursor kept(int fetchSize, ConnectionCall<Cursor> opening) {
        if (fetchSize < 1) {
            throw new IllegalArgumentException("fetch size must be at least 1, got " + fetchSize);
        }
        return onConnection(on -> {
            Cursor cursor = opening.run(on);
            synchronized (cursors) {
                cursors.add(cursor);
            }
            return cursor;
        });
    }

    /** Up to {@code max} further rows of an open cursor; empty at its end. */
    public List<Row> read(Cursor cursor, int max) {
        lock.acquireUninterruptibly();
        try {
            requireActive();
            requireOpenOnServer();
            guard.requireWithinBudget();
            List<Row> rows = cursor.next(max);
            guard.rowsRead(cursor.sql(), rows.size());
            return rows;
        } finally {
            lock.release();
        }
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
     * statements; whoever runs the transaction then rolls it back. Returns at once: the server is
     * told on another thread, and the statement's connection is not used again before it has been.
     * Callable from any thread.
     */
    public void cancel() {
        guard.cancel();
    }

    /** Marks a savepoint, for a nested transaction. */
    public Savepoint setSavepoint() {
        Savepoint savepoint = onConnection(on -> jdbc("setting a savepoint", on::setSavepoint));
        callbacks.savepointSet(savepoint);
        observed.savepoint(SavepointAction.SET);
        return savepoint;
    }

    /** Rolls back to a savepoint, undoing what a nested transaction did. */
    public void rollbackTo(Savepoint savepoint) {
        onConnection(on -> jdbc("rolling back to a savepoint", () -> {
            on.rollback(savepoint);
            return null;
        }));
        callbacks.rolledBackTo(savepoint);
        observed.savepoint(SavepointAction.ROLLED_BACK);
    }

    /** Forgets a savepoint once its nested transaction succeeded. */
    public void releaseSavepoint(Savepoint savepoint) {
        onConnection(on -> jdbc("releasing a savepoint", () -> {
            on.releaseSavepoint(savepoint);
            return null;
        }));
        callbacks.released(savepoint);
        observed.savepoint(SavepointAction.RELEASED);
    }

    /**
     * Commits. A failed commit is reported, never taken for success; the transaction is then
     * rolled back. A connection lost during the commit is reported as
     * {@link CommitOutcomeUnknownException}. A transaction that was cancelled, is past its timeout,
     * had a statement cut short or was ended by the database is rolled back instead; one marked
     * {@linkplain #setRollbackOnly() rollback-only} is rolled back without a failure; one that passed
     * a limit of its query budget under FAIL is rolled back and fails with
     * {@link dev.quarry.jdbc.QueryBudgetExceededException} again.
     */
    public void commit() {
        lock.acquireUninterruptibly();
        try {
            requireActive();
            closeCursors();
            if (outer != null) {
                endJoined(outer);
                return;
            }
            boolean overBudget = guard.isOverBudget();
            if (rollbackOnly || overBudget) {
                state = State.ROLLED_BACK;
                try {
                    rollbackConnection();
                } catch (SQLException e) {
                    throw DataAccessFailures.of(database.dialect(), "rollback of a transaction marked rollback-only failed on "
                            + database.name() + ": " + e.getMessage(), null, e);
                }
                guard.requireWithinBudget();
                return;
            }
            guard.requireCommittable();
            requireOpenOnServer();
            if (deferred.isOutside()) {
                commitOutside();
                return;
            }
            try {
                connection.commit();
                state = State.COMMITTED;
            } catch (SQLException e) {
                state = State.ROLLED_BACK;
                throw commitFailure(e);
            }
        } finally {
            lock.release();
        }
    }

    /** Ends a transaction that has not begun on the server: nothing to send; one whose read failed counts as rolled back. Holds the lock. */
    private void commitOutside() {
        state = deferred.hasFailed() ? State.ROLLED_BACK : State.COMMITTED;
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
            if (outer != null) {
                outer.setRollbackOnly();
                return;
            }
            rollbackConnection();
        } catch (SQLException e) {
            throw DataAccessFailures.of(database.dialect(), "rollback failed on " + database.name() + ": " + e.getMessage(), null, e);
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
     * Rolls back if still active, undoes connection settings, and returns the connection to the
     * pool, or evicts it when its state is in doubt; returns the permit to the gate. Idempotent.
     */
    public void close() {
        lock.acquireUninterruptibly();
        try {
            if (closed) {
                return;
            }
            closed = true;
            closeCursors();
            if (outer != null) {
                outer.release();
            } else {
                release();
            }
        } finally {
            if (permit != null) {
                permit.release();
            }
            lock.release();
        }
    }

    /**
     * The end of a joined block that returned: the outer transaction is marked rollback-only if this
     * one was, or passed a failing budget; otherwise it goes on as it is. Holds the lock.
     */
    private void endJoined(ExternalTransaction outer) {
        if (rollbackOnly || guard.isOverBudget()) {
            state = State.ROLLED_BACK;
            outer.setRollbackOnly();
            guard.requireWithinBudget();
            return;
        }
        guard.requireCommittable();
        requireOpenOnServer();
        state = State.COMMITTED;
    }

    /** Ends the transaction on the connection, then returns it to the pool or evicts it. Holds the lock. */
    private void release() {
        try {
            if (state == State.ACTIVE) {
                state = State.ROLLED_BACK;
                rollbackConnection();
            }
            if (started && reusable && !evicted) {
                for (String sql : database.dialect().transactionEnd(options.isReadOnly())) {
                    try (java.sql.Statement reset = connection.createStatement()) {
                        reset.execute(sql);
                    }
                }
            }
            if (reusable && !evicted) {
                deferred.finish(connection, restoreAutoCommit);
            }
            if (restoreAutoCommit && reusable && !evicted) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            reusable = false;
        }
        if (evicted) {
            return;
        }
        if (reusable) {
            try {
                internals.giveBack(connection);
            } catch (SQLException ignored) {
                // The pool discards a connection it cannot take back.
            }
        } else {
            internals.evict(connection);
        }
    }

    /**
     * Takes a connection out of auto-commit mode, as an application's pool may hand it out.
     *
     * @return whether it was in auto-commit mode
     */
    private boolean leaveAutoCommit(Connection taken) {
        try {
            if (!taken.getAutoCommit()) {
                return false;
            }
            taken.setAutoCommit(false);
            return true;
        } catch (SQLException e) {
            throw new DataAccessException("could not start a transaction on " + database.name() + ": " + e.getMessage(), null, e);
        }
    }

    /** Rolls the connection back, unless the database has already ended the transaction. Holds the lock. */
    private void rollbackConnection() throws SQLException {
        if (evicted) {
            return;
        }
        if (watch.mark() != endsAtBegin) {
            reusable = false;
            return;
        }
        if (deferred.isOutside()) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            reusable = false;
            throw e;
        }
    }

    /** The failure of a commit; rolls back what is left of the transaction. Holds the lock. */
    private DataAccessException commitFailure(SQLException e) {
        if (internals.isConnectionFailure(e)) {
            reusable = false;
            return new CommitOutcomeUnknownException("the connection to " + database.name() + " was lost during"
                    + " commit; the transaction may or may not have been saved, and it is not retried: "
                    + e.getMessage(), e);
        }
        DataAccessException failure = DataAccessFailures.of(database.dialect(), "commit failed on " + database.name()
                + "; the transaction's changes were not saved: " + e.getMessage(), null, e);
        try {
            // Some databases keep the transaction open after a refused commit (SQLite).
            rollbackConnection();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
        return failure;
    }

    /** Open cursors that hold the connection read their rest into memory, so another statement can run (see {@link Cursor#detach()}). */
    private void detachStreams() {
        synchronized (cursors) {
            cursors.forEach(Cursor::detach);
        }
    }

    private void closeCursors() {
        synchronized (cursors) {
            cursors.forEach(Cursor::close);
            cursors.clear();
        }
    }

    /**
     * Runs one call on the connection, under the lock, after the transaction's isolation and
     * read-only statements. If the first call fails because the connection was dead, it runs once
     * more on a live connection.
     */
    private <R extends @Nullable Object> R onConnection(ConnectionCall<R> call) {
        return onConnection(null, call);
    }

    /**
     * {@link #onConnection(ConnectionCall)} for a statement of Quarry's tree, which may run in
     * auto-commit mode when it is the first; see {@link DeferredBegin}.
     */
    private <R extends @Nullable Object> R onConnection(@Nullable Statement statement, ConnectionCall<R> call) {
        lock.acquireUninterruptibly();
        try {
            requireActive();
            requireOpenOnServer();
            detachStreams();
            if (begunOnServer) {
                deferred.requireUsable(database.name());
                if (deferred.isOutside()) {
                    beginAfterOutsideRead();
                }
                return call.run(connection);
            }
            try {
                return firstCall(statement, call);
            } catch (RuntimeException failure) {
                if (!isDeadConnection(failure)) {
                    deferred.failed(failure);
                    throw failure;
                }
                replaceDeadConnection(failure);
                return firstCall(statement, call);
            } finally {
                begunOnServer = true;
            }
        } catch (RuntimeException failure) {
            if (reusable && internals.isConnectionFailure(failure)) {
                reusable = false;
            }
            throw failure;
        } finally {
            lock.release();
        }
    }

    private <R extends @Nullable Object> R firstCall(@Nullable Statement statement, ConnectionCall<R> call) {
        if (!started && !deferred.runsOutside(statement, connection)) {
            startOnServer();
        }
        return call.run(connection);
    }

    /** Leaves auto-commit mode after a first read that ran there: the transaction begins with the next statement. Holds the lock. */
    private void beginAfterOutsideRead() {
        jdbc("beginning the transaction", () -> {
            deferred.begin(connection);
            return null;
        });
        startOnServer();
    }

    /** Runs the statements that give the transaction its isolation level and read-only mode. Holds the lock. */
    private void startOnServer() {
        if (!started) {
            guard.countStatements(false);
            try {
                for (String sql : database.dialect().transactionStart(options.isolation(), options.isReadOnly())) {
                    statements.executeSql(connection, guard, sql, List.of());
                }
            } finally {
                guard.countStatements(true);
            }
            started = true;
        }
    }

    /** Whether a failure is the connection's death, not a refusal, a timeout or a cancellation. */
    private boolean isDeadConnection(RuntimeException failure) {
        return failure instanceof DataAccessException && !(failure instanceof StatementTimeoutException)
                && !guard.isCancelled() && internals.isConnectionFailure(failure);
    }

    /** Evicts the dead connection and takes a live one; if none comes, the original failure stands. */
    private void replaceDeadConnection(RuntimeException failure) {
        internals.evict(connection);
        evicted = true;
        try {
            connection = internals.liveConnection();
        } catch (RuntimeException noConnection) {
            failure.addSuppressed(noConnection);
            throw failure;
        }
        evicted = false;
        started = false;
        deferred.reset();
        guard.restartBudget();
        watch = internals.watch(connection, true);
        endsAtBegin = watch.mark();
        restoreAutoCommit = leaveAutoCommit(connection);
        LOG.info("the connection of database '{}' was dead before its transaction sent anything ({});"
                + " running the first statement again on a live connection", database.name(), failure.getMessage());
    }

    /** Refuses to go on when the connection was lost or the database ended the transaction by itself. Holds the lock. */
    private void requireOpenOnServer() {
        if (evicted) {
            throw new DataAccessException("the transaction on " + database.name() + " lost its connection;"
                    + " no further statement runs in it", null, null);
        }
        if (watch.mark() != endsAtBegin) {
            reusable = false;
            throw new DataAccessException(database.dialect().name() + " ended the transaction on " + database.name()
                    + " by itself (as it does after an interrupted statement, SQLITE_BUSY during a write or a"
                    + " full disk): it was rolled back, nothing of it is saved, and no further statement runs in it",
                    null, null);
        }
    }

    private <R extends @Nullable Object> R jdbc(String what, SqlAction<R> action) {
        try {
            return action.run();
        } catch (SQLException e) {
            throw DataAccessFailures.of(database.dialect(), what + " failed on " + database.name() + ": " + e.getMessage(), null, e);
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
    private interface SqlAction<R extends @Nullable Object> {
        R run() throws SQLException;
    }

    @FunctionalInterface
    private interface ConnectionCall<R extends @Nullable Object> {
        R run(Connection connection);
    }
}
