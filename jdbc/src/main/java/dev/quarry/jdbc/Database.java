package dev.quarry.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.QuarryException;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.Dialects;
import dev.quarry.jdbc.internal.ConnectionGate;
import dev.quarry.jdbc.internal.DaemonThreadFactory;
import dev.quarry.jdbc.internal.DatabaseInternals;
import dev.quarry.jdbc.internal.ServerCancels;
import dev.quarry.jdbc.internal.StatementExecutor;
import dev.quarry.jdbc.internal.TimeoutTimer;
import dev.quarry.jdbc.internal.TransactionRunner;
import dev.quarry.jdbc.internal.sqlite.SqliteDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
    private final HikariDataSource dataSource;
    private final ConnectionGate gate;
    private final ThreadPoolExecutor executor;
    private final TimeoutTimer timer;
    private final ServerCancels cancels;
    private final DatabaseInternals internals;
    private final TransactionRunner runner;
    private volatile boolean closed;

    private Database(DatabaseConfig config) {
        this.config = config;
        rejectPrivateInMemorySqlite(config.url());
        this.dataSource = openPool(config);
        try {
            this.dialect = config.isDialectChosen() ? config.dialect() : refineDialect(config.dialect(), dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        this.timer = new TimeoutTimer(config.name());
        this.cancels = new ServerCancels(config.name());
        this.gate = new ConnectionGate(config.name(), config.poolSize(), timer);
        this.executor = new ThreadPoolExecutor(config.poolSize(), config.poolSize(), 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), new DaemonThreadFactory("quarry-" + config.name()));
        this.executor.allowCoreThreadTimeOut(true);
        StatementExecutor statements = new StatementExecutor(config.name(), dialect, config.statementListener());
        this.internals = new DatabaseInternals(this, dataSource, gate, executor, statements, timer, cancels);
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

    /** The dialect, refined from the server where the URL is ambiguous (MariaDB behind jdbc:mysql:). */
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
    public <R> R transaction(TransactionWork<R> work) {
        return transaction(TransactionOptions.DEFAULT, work);
    }

    /**
     * Runs work in a transaction with options: propagation, isolation, read-only mode, timeouts
     * and retry of transient conflicts (the work must then be re-runnable).
     */
    public <R> R transaction(TransactionOptions options, TransactionWork<R> work) {
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
    public <R> CompletableFuture<R> transactionAsync(TransactionWork<R> work) {
        return transactionAsync(TransactionOptions.DEFAULT, work);
    }

    /** {@link #transactionAsync(TransactionWork)} with options; it never joins another transaction. */
    public <R> CompletableFuture<R> transactionAsync(TransactionOptions options, TransactionWork<R> work) {
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
        dataSource.close();
    }

    private static void rejectPrivateInMemorySqlite(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.equals("jdbc:sqlite:") || lower.startsWith("jdbc:sqlite::memory:")) {
            throw new IllegalArgumentException("'" + url + "' gives every pooled connection its own empty database;"
                    + " use jdbc:sqlite:file:NAME?mode=memory&cache=shared for a shared in-memory database,"
                    + " or a file");
        }
    }

    private static HikariDataSource openPool(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        if (config.dialect().clientFunctions().isEmpty()) {
            hikari.setJdbcUrl(config.url());
            if (config.user() != null) {
                hikari.setUsername(config.user());
            }
            if (config.password() != null) {
                hikari.setPassword(config.password());
            }
            config.dialect().connectionProperties().forEach(hikari::addDataSourceProperty);
            config.properties().forEach(hikari::addDataSourceProperty);
        } else {
            hikari.setDataSource(new SqliteDataSource(config.url(), driverProperties(config)));
        }
        hikari.setPoolName("quarry-" + config.name());
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setAutoCommit(false);
        hikari.setConnectionTimeout(config.connectionTimeout().toMillis());
        hikari.setIdleTimeout(config.idleTimeout().toMillis());
        hikari.setMaxLifetime(config.maxLifetime().toMillis());
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new DataAccessException("could not connect database '" + config.name() + "' ("
                    + config.dialect().name() + "): " + cause.getMessage(), null, cause);
        }
    }

    /** User, password, the dialect's properties and the configured ones, which win. */
    private static Properties driverProperties(DatabaseConfig config) {
        Properties properties = new Properties();
        if (config.user() != null) {
            properties.setProperty("user", config.user());
        }
        if (config.password() != null) {
            properties.setProperty("password", config.password());
        }
        config.dialect().connectionProperties().forEach(properties::setProperty);
        config.properties().forEach(properties::setProperty);
        return properties;
    }

    /** A jdbc:mysql: URL may lead to MariaDB, which can do more (RETURNING). */
    private static Dialect refineDialect(Dialect configured, HikariDataSource dataSource) {
        if (configured != Dialects.MYSQL) {
            return configured;
        }
        try (Connection connection = dataSource.getConnection()) {
            String version = connection.getMetaData().getDatabaseProductVersion();
            return version.toLowerCase(Locale.ROOT).contains("mariadb") ? Dialects.MARIADB : configured;
        } catch (SQLException e) {
            throw new DataAccessException("could not read the server version: " + e.getMessage(), null, e);
        }
    }
}
