package dev.quarry.jdbc;

import com.zaxxer.hikari.HikariConfig;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.Dialects;
import dev.quarry.dialect.NamingStrategy;
import dev.quarry.dialect.TextSemantics;
import dev.quarry.jdbc.observation.DatabaseObserver;
import dev.quarry.jdbc.tls.TlsSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * How to connect and pool: immutable once built. Either a JDBC URL, for which Quarry creates and
 * owns a HikariCP pool, or a {@link DataSource} of the application's own (an existing pool, a
 * framework-managed or instrumented one), which Quarry uses and never closes.
 *
 * <pre>{@code
 * DatabaseConfig config = DatabaseConfig.builder("jdbc:postgresql://localhost/app")
 *     .user("app").password(secret)
 *     .poolSize(16)
 *     .connectionTimeout(Duration.ofSeconds(5))
 *     .poolSettings(pool -> pool.setMinimumIdle(2))
 *     .build();
 * }</pre>
 */
public final class DatabaseConfig {
    private static final AtomicInteger UNNAMED = new AtomicInteger();

    private final @Nullable String url;
    private final @Nullable DataSource dataSource;
    private final @Nullable String user;
    private final @Nullable String password;
    private final String name;
    private final @Nullable Dialect dialect;
    private final boolean dialectChosen;
    private final int poolSize;
    private final boolean poolSizeChosen;
    private final Duration connectionTimeout;
    private final Duration idleTimeout;
    private final Duration maxLifetime;
    private final Map<String, String> properties;
    private final StatementListener statementListener;
    private final List<DatabaseObserver> observers;
    private final @Nullable Duration slowStatementThreshold;
    private final Consumer<HikariConfig> poolSettings;
    private final NamingStrategy naming;
    private final TextSemantics textSemantics;
    private final QueryBudget budget;
    private final @Nullable TlsSettings tls;
    private final ExternalTransactions externalTransactions;
    private final dev.quarry.jdbc.hooks.Hooks hooks;
    private final java.util.function.Supplier<@Nullable String> auditActor;
    private final dev.quarry.policy.RowPolicies policies;
    private final boolean transactionPooler;
    private final int copyThreshold;

    /** The number of rows from which a multi-row insert runs as PostgreSQL COPY unless configured otherwise. */
    public static final int DEFAULT_COPY_THRESHOLD = 1_000;

    private DatabaseConfig(Builder builder) {
        this.url = builder.url;
        this.dataSource = builder.dataSource;
        this.user = builder.user;
        this.password = builder.password;
        this.name = builder.name != null ? builder.name : "quarry-" + UNNAMED.incrementAndGet();
        this.dialect = builder.dialect != null ? builder.dialect : builder.url == null ? null : Dialects.ofJdbcUrl(builder.url);
        this.dialectChosen = builder.dialect != null;
        this.naming = builder.naming;
        this.textSemantics = builder.textSemantics;
        this.poolSize = builder.poolSize;
        this.poolSizeChosen = builder.poolSizeChosen;
        this.connectionTimeout = builder.connectionTimeout;
        this.idleTimeout = builder.idleTimeout;
        this.maxLifetime = builder.maxLifetime;
        this.properties = Map.copyOf(builder.properties);
        this.statementListener = builder.statementListener;
        this.observers = List.copyOf(builder.observers);
        this.slowStatementThreshold = builder.slowStatementThreshold;
        this.poolSettings = builder.poolSettings;
        this.budget = builder.budget;
        this.tls = builder.tls;
        this.externalTransactions = builder.externalTransactions;
        this.policies = builder.policies;
        this.hooks = builder.hooks;
        this.auditActor = builder.auditActor;
        this.transactionPooler = builder.transactionPooler;
        this.copyThreshold = builder.copyThreshold;
    }

    /**
     * The number of rows from which a multi-row insert runs as PostgreSQL {@code COPY}, or 0 for
     * never; see {@link Builder#copyThreshold(int)}.
     */
    public int copyThreshold() {
        return copyThreshold;
    }

    /**
     * Whether connections go through a pooler in transaction mode, such as PgBouncer with
     * {@code pool_mode = transaction}; see {@link Builder#transactionPooler()}.
     */
    public boolean isBehindTransactionPooler() {
        return transactionPooler;
    }

    /** The hooks and statement interceptors; {@link dev.quarry.jdbc.hooks.Hooks#NONE} unless set. */
    public dev.quarry.jdbc.hooks.Hooks hooks() {
        return hooks;
    }

    /** Who audit rows name as the actor when the transaction gives none; by default nobody (null). */
    public java.util.function.Supplier<@Nullable String> auditActor() {
        return auditActor;
    }

    /** A builder for the JDBC URL, which may carry credentials and driver options. */
    public static Builder builder(String url) {
        return new Builder(Objects.requireNonNull(url, "url"), null);
    }

    /**
     * A builder for a data source of the application's own. Quarry takes connections from it, and
     * leaves pooling, credentials and driver settings to it; it does not close it.
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(null, Objects.requireNonNull(dataSource, "dataSource"));
    }

    /** The JDBC URL, or null for a configuration of a data source. */
    public @Nullable String url() {
        return url;
    }

    /** The application's data source, or null for a configuration of a URL. */
    public @Nullable DataSource dataSource() {
        return dataSource;
    }

    public @Nullable String user() {
        return user;
    }

    @Nullable String password() {
        return password;
    }

    /** The name the database is registered under; unique among open databases. */
    public String name() {
        return name;
    }

    /**
     * The dialect as configured, or as the URL's scheme says; null when the server tells it on
     * connecting (a data source, or a URL of a driver that wraps another). The open database's
     * {@link Database#dialect()} is always known.
     */
    public @Nullable Dialect dialect() {
        return dialect;
    }

    /** How the names tables declare are written in this database; {@link NamingStrategy#AS_DECLARED} by default. */
    public NamingStrategy naming() {
        return naming;
    }

    /** What decides how text compares, groups and sorts in this database's statements; {@link TextSemantics#CODE_POINT} by default. */
    public TextSemantics textSemantics() {
        return textSemantics;
    }

    /** Whether the dialect was configured rather than read from the URL; a configured one is kept as it is. */
    public boolean isDialectChosen() {
        return dialectChosen;
    }

    /**
     * Connections Quarry uses at once, and threads that run JDBC calls for coroutines and async
     * callers: the size of the pool Quarry creates, or of its share of an application's data source.
     */
    public int poolSize() {
        return poolSize;
    }

    /** Whether the pool size was set rather than left at its default. */
    boolean isPoolSizeChosen() {
        return poolSizeChosen;
    }

    /** How long a caller waits for a free connection before {@link ConnectionUnavailableException}. */
    public Duration connectionTimeout() {
        return connectionTimeout;
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    public Duration maxLifetime() {
        return maxLifetime;
    }

    /** Extra driver properties; they override the dialect's defaults. */
    public Map<String, String> properties() {
        return properties;
    }

    public StatementListener statementListener() {
        return statementListener;
    }

    /** The query budget of transactions that set none of their own; {@link QueryBudget#NONE} unless set. */
    public QueryBudget budget() {
        return budget;
    }

    /** The row policies and column masks applied to every statement; {@link dev.quarry.policy.RowPolicies#none()} unless set. */
    public dev.quarry.policy.RowPolicies policies() {
        return policies;
    }

    /** How connections use TLS, or null to leave it to the driver's defaults and properties. */
    public @Nullable TlsSettings tls() {
        return tls;
    }

    /** Where blocking transactions find an outer transaction to join; {@link ExternalTransactions#NONE} unless set. */
    public ExternalTransactions externalTransactions() {
        return externalTransactions;
    }

    /** The observers of the database's transactions and statements, in the order they are told. */
    public List<DatabaseObserver> observers() {
        return observers;
    }

    /**
     * Statements that run at least this long are logged at WARN on {@code dev.quarry.sql.slow}, with
     * their SQL and time but without their values; null (the default) logs none.
     */
    public @Nullable Duration slowStatementThreshold() {
        return slowStatementThreshold;
    }

    /** Changes to the HikariCP settings of a pool Quarry creates, applied after Quarry's own. */
    Consumer<HikariConfig> poolSettings() {
        return poolSettings;
    }

    @Override
    public String toString() {
        return "DatabaseConfig[name=" + name + ", dialect=" + (dialect == null ? "from the server" : dialect.name())
                + ", poolSize=" + poolSize + (dataSource == null ? "" : ", data source of the application") + "]";
    }

    /** Collects settings; not thread-safe. */
    public static final class Builder {
        private final @Nullable String url;
        private final @Nullable DataSource dataSource;
        private @Nullable String user;
        private @Nullable String password;
        private @Nullable String name;
        private @Nullable Dialect dialect;
        private int poolSize = 10;
        private boolean poolSizeChosen;
        private Duration connectionTimeout = Duration.ofSeconds(30);
        private Duration idleTimeout = Duration.ofMinutes(10);
        private Duration maxLifetime = Duration.ofMinutes(30);
        private final Map<String, String> properties = new LinkedHashMap<>();
        private StatementListener statementListener = StatementListener.NONE;
        private final List<DatabaseObserver> observers = new ArrayList<>();
        private @Nullable Duration slowStatementThreshold;
        private Consumer<HikariConfig> poolSettings = pool -> { };
        private NamingStrategy naming = NamingStrategy.AS_DECLARED;
        private TextSemantics textSemantics = TextSemantics.CODE_POINT;
        private boolean poolSettingsChosen;
        private QueryBudget budget = QueryBudget.NONE;
        private dev.quarry.policy.RowPolicies policies = dev.quarry.policy.RowPolicies.none();
        private @Nullable TlsSettings tls;
        private ExternalTransactions externalTransactions = ExternalTransactions.NONE;
        private dev.quarry.jdbc.hooks.Hooks hooks = dev.quarry.jdbc.hooks.Hooks.NONE;
        private java.util.function.Supplier<@Nullable String> auditActor = () -> null;
        private boolean transactionPooler;
        private int copyThreshold = DEFAULT_COPY_THRESHOLD;

        private Builder(@Nullable String url, @Nullable DataSource dataSource) {
            this.url = url;
            this.dataSource = dataSource;
        }

        public Builder user(String user) {
            this.user = user;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** Registers the database under this name (see {@link Database#named}). */
        public Builder name(String name) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("database name must not be blank");
            }
            this.name = name;
            return this;
        }

        /** Overrides the dialect read from the URL or the server; it is used as given, never refined from the server. */
        public Builder dialect(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /**
         * How the names tables declare are written in this database, for a schema named otherwise:
         * {@code naming(NamingStrategy.UPPER_CAMEL)} reads and writes {@code invoice_lines.unit_price}
         * as {@code "InvoiceLines"."UnitPrice"}. It applies to every statement and DDL of this
         * database, and to the migration module's view of it; default {@link NamingStrategy#AS_DECLARED}.
         */
        public Builder naming(NamingStrategy naming) {
            this.naming = Objects.requireNonNull(naming, "naming");
            return this;
        }

        /**
         * What decides how text compares, groups and sorts in every statement of this database.
         * {@link TextSemantics#CODE_POINT}, the default, gives the same answers on every database
         * whatever collation a column was created with, by adding each dialect's code-point
         * collation to text in comparisons, ORDER BY, GROUP BY, DISTINCT, MIN and MAX; an index
         * built under a case-insensitive or linguistic collation may then not serve them.
         * {@link TextSemantics#DATABASE} writes text as it is, so that each column's collation
         * decides: for a schema whose collations are wanted, or whose indexes matter more. Tables
         * Quarry creates compare by code point under both.
         */
        public Builder textSemantics(TextSemantics textSemantics) {
            this.textSemantics = Objects.requireNonNull(textSemantics, "textSemantics");
            return this;
        }

        /**
         * Number of pooled connections, 1 or more; default 10. For an application's data source,
         * how many of its connections Quarry uses at once: by default the maximum of a HikariCP
         * pool, otherwise 10; keep it at most the pool's size.
         */
        public Builder poolSize(int poolSize) {
            if (poolSize < 1) {
                throw new IllegalArgumentException("pool size must be at least 1, got " + poolSize);
            }
            this.poolSize = poolSize;
            this.poolSizeChosen = true;
            return this;
        }

        /** Wait for a free connection at most this long; at least 250 ms, default 30 s. */
        public Builder connectionTimeout(Duration timeout) {
            if (timeout.toMillis() < 250) {
                throw new IllegalArgumentException("connection timeout must be at least 250 ms, got " + timeout);
            }
            this.connectionTimeout = timeout;
            return this;
        }

        /** Close connections idle this long; default 10 minutes. */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** Replace connections older than this; default 30 minutes. */
        public Builder maxLifetime(Duration lifetime) {
            this.maxLifetime = Objects.requireNonNull(lifetime, "lifetime");
            return this;
        }

        /** A driver property, such as {@code sslMode} or {@code busy_timeout}. */
        public Builder property(String key, String value) {
            properties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder statementListener(StatementListener listener) {
            this.statementListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * The query budget of every transaction that sets none with {@link TransactionOptions#budget};
         * a transaction's own budget replaces this one as a whole. See {@link QueryBudget}.
         */
        public Builder budget(QueryBudget budget) {
            this.budget = Objects.requireNonNull(budget, "budget");
            return this;
        }

        /**
         * The row policies and column masks applied to every statement built with the query
         * language, before it is rendered; see {@link dev.quarry.policy.RowPolicies}. Statements
         * run in the transaction's policy context (see {@link Transaction#withPolicyContext}).
         */
        public Builder policies(dev.quarry.policy.RowPolicies policies) {
            this.policies = Objects.requireNonNull(policies, "policies");
            return this;
        }

        /**
         * How connections use TLS: Quarry maps the settings to the driver's properties (pgjdbc,
         * MariaDB Connector/J, MySQL Connector/J), so they mean the same on every database. A
         * connection the settings cannot verify fails with a
         * {@link dev.quarry.jdbc.tls.TlsVerificationException}. Unset, the driver's defaults and
         * {@link #property properties} decide; a property of the same name as one the settings set
         * is refused when the database connects.
         */
        public Builder tls(TlsSettings tls) {
            this.tls = Objects.requireNonNull(tls, "tls");
            return this;
        }

        /**
         * Lets blocking transactions join a transaction that a manager outside Quarry holds open on
         * the calling thread, such as Spring's; see {@link ExternalTransactions} for the rules.
         */
        public Builder externalTransactions(ExternalTransactions source) {
            this.externalTransactions = Objects.requireNonNull(source, "source");
            return this;
        }

        /** Sets the hooks around writes of tables and the interceptors of every statement; see {@link dev.quarry.jdbc.hooks.Hooks}. */
        public Builder hooks(dev.quarry.jdbc.hooks.Hooks hooks) {
            this.hooks = Objects.requireNonNull(hooks, "hooks");
            return this;
        }

        /**
         * Tells who the audit rows of audited tables name as the actor: called for each audited
         * write, on the thread that runs it (so it may read the application's request or security
         * context), unless the transaction was given an actor (the Kotlin DSL's {@code AuditActor}
         * in the coroutine context). It may return null for no actor.
         */
        public Builder auditActor(java.util.function.Supplier<@Nullable String> actor) {
            this.auditActor = Objects.requireNonNull(actor, "actor");
            return this;
        }

        /**
         * Declares that connections reach PostgreSQL through a pooler in transaction mode (PgBouncer
         * with {@code pool_mode = transaction}, and poolers that work alike), which may give each
         * transaction, and each statement outside one, a different server connection. Quarry then
         * keeps nothing on a server connection beyond a transaction:
         *
         * <ul>
         *   <li>the PostgreSQL driver prepares no named server-side statements: a pool Quarry
         *       creates sets {@code prepareThreshold=0}, and sends its startup settings with the
         *       connection request ({@code assumeMinServerVersion=12}) instead of as {@code SET}s;
         *       for an application's data source, the data source must set
         *       {@code prepareThreshold=0} itself;
         *   <li>hand-written SQL that would change the session ({@code SET} without {@code LOCAL},
         *       {@code RESET}, {@code LISTEN}, {@code UNLISTEN}, {@code PREPARE},
         *       {@code DEALLOCATE}, session advisory locks such as {@code pg_advisory_lock}) is
         *       refused with an {@link IllegalStateException} before it reaches the server;
         *   <li>the migration runner takes its lock per transaction
         *       ({@code pg_advisory_xact_lock}) instead of per session, and refuses migrations that
         *       run outside a transaction.
         * </ul>
         *
         * The pooler must let the driver's {@code extra_float_digits} startup parameter pass
         * (PgBouncer: {@code ignore_startup_parameters = extra_float_digits}).
         *
         * @throws IllegalArgumentException from {@link #build()} for a URL of a database other than
         *     PostgreSQL; and when the database opens, for a connection that still prepares
         *     server-side statements (a {@code prepareThreshold} other than 0 in the URL, the
         *     properties or the data source)
         */
        public Builder transactionPooler() {
            this.transactionPooler = true;
            return this;
        }

        /**
         * On PostgreSQL, a multi-row insert of at least this many rows runs as one
         * {@code COPY … FROM STDIN} instead of INSERT statements: several times faster for bulk
         * loads, with the same result. It applies where every row sets the same columns to plain
         * values of types with a COPY text form (numbers, text, booleans, dates, date-times,
         * instants, UUIDs, bytes, and mapped types stored as one of them), without an upsert or
         * RETURNING, on a pgjdbc connection; any other insert keeps its statements. Values are
         * checked as their binds check them, before anything is sent, and COPY writes all rows or
         * none. Default {@value DatabaseConfig#DEFAULT_COPY_THRESHOLD}; 0 turns it off (for a proxy
         * that does not pass COPY through). Other databases ignore it.
         *
         * @throws IllegalArgumentException for a negative number or 1
         */
        public Builder copyThreshold(int rows) {
            if (rows < 0 || rows == 1) {
                throw new IllegalArgumentException("copyThreshold must be 0 (never) or at least 2 rows, not " + rows);
            }
            this.copyThreshold = rows;
            return this;
        }

        /**
         * Adds an observer of the database's transactions and statements (metrics, tracing, audit);
         * observers are told in the order they were added, after the database's own SQL log.
         */
        public Builder observer(DatabaseObserver observer) {
            observers.add(Objects.requireNonNull(observer, "observer"));
            return this;
        }

        /**
         * Logs each statement that runs at least this long at WARN on the logger
         * {@code dev.quarry.sql.slow}, whatever the level of {@code dev.quarry.sql}: the database,
         * the statement's fingerprint name, its time and its SQL, never its values. Off by default.
         *
         * @throws IllegalArgumentException if the threshold is zero or negative
         */
        public Builder slowStatementThreshold(Duration threshold) {
            Objects.requireNonNull(threshold, "threshold");
            if (threshold.isNegative() || threshold.isZero()) {
                throw new IllegalArgumentException("slow statement threshold must be positive, got " + threshold);
            }
            this.slowStatementThreshold = threshold;
            return this;
        }

        /**
         * Changes HikariCP settings of the pool Quarry creates, after Quarry has set its own: minimum
         * idle connections, keepalive, validation, a metrics tracker, the pool's name. The pool
         * stays out of auto-commit mode, and its maximum size is the {@link #poolSize}; changes to
         * those are overridden. Several calls all apply, in the order they were made, so an
         * integration (a metrics tracker) and the application can each add theirs.
         */
        public Builder poolSettings(Consumer<HikariConfig> settings) {
            this.poolSettings = this.poolSettings.andThen(Objects.requireNonNull(settings, "settings"));
            this.poolSettingsChosen = true;
            return this;
        }

        /**
         * Whether the database will run on a pool Quarry creates (a builder of a JDBC URL), which
         * takes {@link #poolSettings}, rather than on an application's data source.
         */
        public boolean createsPool() {
            return dataSource == null;
        }

        /**
         * The configuration.
         *
         * @throws IllegalArgumentException for a data source given credentials, driver properties,
         *     pool settings or TLS settings, which belong to the data source itself; for TLS settings
         *     of a SQLite database, which has no network connection
         */
        public DatabaseConfig build() {
            if (tls != null && dataSource != null) {
                throw new IllegalArgumentException("tls(...) is set for database '" + (name == null ? "unnamed" : name)
                        + "', whose connections come from the application's data source; configure TLS on that data source");
            }
            if (tls != null && url != null && url.regionMatches(true, 0, "jdbc:sqlite:", 0, "jdbc:sqlite:".length())) {
                throw new IllegalArgumentException("tls(...) is set for SQLite database '" + (name == null ? "unnamed" : name)
                        + "', which reads a local file: there is no network connection to encrypt; remove the TLS settings");
            }
            Dialect known = dialect != null ? dialect : url == null ? null : Dialects.ofJdbcUrl(url);
            if (transactionPooler && known != null && !known.name().equals(Dialects.POSTGRESQL.name())) {
                throw new IllegalArgumentException("transactionPooler() is set for database '" + (name == null ? "unnamed" : name)
                        + "', which is " + known.name() + ": the setting is for PostgreSQL behind a transaction-mode pooler such as PgBouncer");
            }
            if (dataSource != null && (user != null || password != null || !properties.isEmpty() || poolSettingsChosen)) {
                throw new IllegalArgumentException("credentials, driver properties and pool settings belong to the data"
                        + " source of database '" + (name == null ? "unnamed" : name) + "'; configure them there");
            }
            return new DatabaseConfig(this);
        }
    }
}
