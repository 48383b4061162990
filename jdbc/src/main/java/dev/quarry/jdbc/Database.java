package dev.quarry.jdbc;

import dev.quarry.QuarryException;
import dev.quarry.dialect.Dialect;
import dev.quarry.jdbc.internal.ConnectionGate;
import dev.quarry.jdbc.internal.ConnectionPool;
import dev.quarry.jdbc.internal.DaemonThreadFactory;
import dev.quarry.jdbc.internal.DatabaseInternals;
import dev.quarry.jdbc.internal.Observers;
import dev.quarry.jdbc.internal.SqlLog;
import dev.quarry.jdbc.internal.ServerCancels;
import dev.quarry.jdbc.internal.StatementExecutor;
import dev.quarry.jdbc.internal.TimeoutTimer;
import dev.quarry.jdbc.internal.TransactionRunner;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A database: a HikariCP pool, its dialect, and a bounded executor for JDBC work done on behalf
 * of coroutines and {@link #transactionAsync async} callers. Create one per database and
 * application, share it, {@link #close()} it at shutdown.
 *
 * <pre>{@code
 * Database db = Database.connect("jdbc:postgresql://localhost/app?user=app");
 * List<Row> adults = db.transaction(tx ->
 *     tx.selectFrom(USERS).where(USERS.age.ge(18)).orderBy(USERS.name.asc()).fetch());
 * }</pre>
 *
 * <p>Open databases are registered by name ({@link #named}); the first one opened becomes the
 * {@link #defaultDatabase() default} unless another is {@link #setDefault set}. Configuration is
 * immutable. All methods are thread-safe.
 */
public final class Database implements AutoCloseable {
    private static final Map<String, Database> OPEN = new ConcurrentHashMap<>();
    private static volatile @Nullable Database defaultDatabase;

    private final DatabaseConfig config;
    private final Dialect dialect;
    private final ConnectionPool pool;
    private final ConnectionGate gate;
    private final ThreadPoolExecutor executor;
    private final TimeoutTimer timer;
    private final ServerCancels cancels;
    private final DatabaseInternals internals;
    private final TransactionRunner runner;
    private volatile boolean closed;

    private Database(DatabaseConfig config) {
        this.config = config;
        this.pool = ConnectionPools.open(config);
        try {
            this.dialect = ConnectionPools.dialectOf(config, pool).withNaming(config.naming())
                    .withTextSemantics(config.textSemantics());
            dev.quarry.jdbc.internal.TransactionPooling.verify(config, pool, dialect);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        int size = pool.size();
        this.timer = new TimeoutTimer(config.name());
        this.cancels = new ServerCancels(config.name());
        this.gate = new ConnectionGate(config.name(), size, timer);
        this.executor = new ThreadPoolExecutor(size, size, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), new DaemonThreadFactory(config.name() + "-jdbc"));
        this.executor.allowCoreThreadTimeOut(true);
        StatementExecutor statements = new StatementExecutor(config.name(), dialect, config.copyThreshold());
        Observers observers = Observers.of(config.name(),
                SqlLog.before(config.observers(), new SqlLog(config.name(), config.slowStatementThreshold())),
                config.statementListener());
        this.internals = new DatabaseInternals(this, pool, gate, executor, statements, timer, cancels, observers);
        this.runner = new TransactionRunner(this, internals);
    }

    /** Connects with default settings; the URL may carry user and password. */
    public static Database connect(String url) {
        return connect(DatabaseConfig.builder(url).build());
    }

    /** Connects with a user and password and default settings. */
    public static Database connect(String url, String user, String password) {
        return connect(DatabaseConfig.builder(url).user(user).password(password).build());
    }

    /**
     * Uses a data source of the application's own: an existing HikariCP pool, a framework-managed
     * or instrumented one. The dialect is read from the server. Quarry takes at most 10 connections
     * from it at once (a HikariCP pool's maximum size), waiting for one without holding a thread,
     * and never closes it; see {@link DatabaseConfig#builder(DataSource)} for other settings.
     */
    public static Database connect(DataSource dataSource) {
        return connect(DatabaseConfig.builder(dataSource).build());
    }

    /** {@link #connect(DataSource)} with the dialect given, for a server that does not tell it plainly. */
    public static Database connect(DataSource dataSource, Dialect dialect) {
        return connect(DatabaseConfig.builder(dataSource).dialect(dialect).build());
    }

    /**
     * Connects, checking that the database is reachable.
     *
     * @throws DataAccessException if no connection can be opened
     * @throws IllegalStateException if a database of the same name is open
     */
    public static Database connect(DatabaseConfig config) {
        Objects.requireNonNull(config, "config");
        if (OPEN.containsKey(config.name())) {
            throw new IllegalStateException("a database named '" + config.name() + "' is already open");
        }
        Database database = new Database(config);
        if (OPEN.putIfAbsent(config.name(), database) != null) {
            database.closeResources();
            throw new IllegalStateException("a database named '" + config.name() + "' is already open");
        }
        synchronized (Database.class) {
            if (defaultDatabase == null) {
                defaultDatabase = database;
            }
        }
        return database;
    }

    /**
     * A cluster of this primary and its read replicas, with the default settings; see
     * {@link dev.quarry.jdbc.cluster.DatabaseCluster#builder} for the others.
     */
    public static dev.quarry.jdbc.cluster.DatabaseCluster cluster(Database primary, Database... replicas) {
        return dev.quarry.jdbc.cluster.DatabaseCluster.of(primary, replicas);
    }

    /**
     * The open database with this name.
     *
     * @throws IllegalArgumentException if none is open under that name
     */
    public static Database named(String name) {
        Database database = OPEN.get(name);
        if (database == null) {
            throw new IllegalArgumentException("no open database is named '" + name + "'; open: " + OPEN.keySet());
        }
        return database;
    }

    /**
     * The default database: the first opened, unless another was set.
     *
     * @throws IllegalStateException if none is open
     */
    public static Database defaultDatabase() {
        Database database = defaultDatabase;
        if (database == null) {
            throw new IllegalStateException("no default database: call Database.connect(...) first, "
                    + "or pass the database explicitly");
        }
        return database;
    }

    /** Makes an open database the default. */
    public static void setDefault(Database database) {
        database.requireOpen();
        defaultDatabase = database;
    }

    public String name() {
        return config.name();
    }

    /**
     * The dialect: as configured, or from the URL, refined by the server where the URL is ambiguous
     * (MariaDB behind jdbc:mysql:), or told by the server (a data source, a driver wrapping another);
     * with the configuration's naming strategy and text semantics.
     */
    public Dialect dialect() {
        return dialect;
    }

    public DatabaseConfig config() {
        return config;
    }

    /**
     * Runs work in a transaction on this thread: commits when it returns, rolls back when it throws
     * and rethrows (checked exceptions wrapped in {@link QuarryException}). Inside another
     * transaction of this database on this thread, it joins it. Waits for a free connection at most
     * the configured connection timeout.
     */
    public <R extends @Nullable Object> R transaction(TransactionWork<R> work) {
        return transaction(TransactionOptions.DEFAULT, work);
    }

    /**
     * Runs work in a transaction with options: propagation, isolation, read-only mode, timeouts
     * and retry of transient conflicts (the work must then be re-runnable).
     */
    public <R extends @Nullable Object> R transaction(TransactionOptions options, TransactionWork<R> work) {
        requireOpen();
        return runner.run(options, work);
    }

    /** {@link #transaction(TransactionWork)} for work without a result. */
    public void inTransaction(TransactionAction action) {
        inTransaction(TransactionOptions.DEFAULT, action);
    }

    /** {@link #transaction(TransactionOptions, TransactionWork)} for work without a result. */
    public void inTransaction(TransactionOptions options, TransactionAction action) {
        transaction(options, transaction -> {
            action.run(transaction);
            return null;
        });
    }

    /**
     * Runs work in a new transaction on this database's executor. Waiting for a free connection
     * holds no thread. The future fails as {@link #transaction} would throw; cancelling it cancels
     * the statement running at that moment.
     */
    public <R extends @Nullable Object> CompletableFuture<R> transactionAsync(TransactionWork<R> work) {
        return transactionAsync(TransactionOptions.DEFAULT, work);
    }

    /** {@link #transactionAsync(TransactionWork)} with options; it never joins another transaction. */
    public <R extends @Nullable Object> CompletableFuture<R> transactionAsync(TransactionOptions options, TransactionWork<R> work) {
        requireOpen();
        return runner.runAsync(options, work);
    }

    /** For Quarry's own modules; not an application API. */
    public DatabaseInternals internals() {
        return internals;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Closes the pool and the executor and unregisters the database. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        OPEN.remove(config.name(), this);
        synchronized (Database.class) {
            if (defaultDatabase == this) {
                defaultDatabase = null;
            }
        }
        closeResources();
    }

    @Override
    public String toString() {
        return "Database[" + config.name() + ", " + dialect.name() + "]";
    }

    private void requireOpen() {
        if (closed) {
            throw new DatabaseClosedException(config.name());
        }
    }

    private void closeResources() {
        gate.close();
        executor.shutdown();
        timer.close();
        cancels.close();
        pool.close();
    }
}
