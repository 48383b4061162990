package dev.quarry.jdbc;

import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.Dialects;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * How to connect and pool: immutable once built. Only the URL is required.
 *
 * <pre>{@code
 * DatabaseConfig config = DatabaseConfig.builder("jdbc:postgresql://localhost/app")
 *     .user("app").password(secret)
 *     .poolSize(16)
 *     .connectionTimeout(Duration.ofSeconds(5))
 *     .build();
 * }</pre>
 */
public final class DatabaseConfig {
    private static final AtomicInteger UNNAMED = new AtomicInteger();

    private final String url;
    private final @Nullable String user;
    private final @Nullable String password;
    private final String name;
    private final Dialect dialect;
    private final boolean dialectChosen;
    private final int poolSize;
    private final Duration connectionTimeout;
    private final Duration idleTimeout;
    private final Duration maxLifetime;
    private final Map<String, String> properties;
    private final StatementListener statementListener;

    private DatabaseConfig(Builder builder) {
        this.url = builder.url;
        this.user = builder.user;
        this.password = builder.password;
        this.name = builder.name != null ? builder.name : "quarry-" + UNNAMED.incrementAndGet();
        this.dialect = builder.dialect != null ? builder.dialect : Dialects.forJdbcUrl(builder.url);
        this.dialectChosen = builder.dialect != null;
        this.poolSize = builder.poolSize;
        this.connectionTimeout = builder.connectionTimeout;
        this.idleTimeout = builder.idleTimeout;
        this.maxLifetime = builder.maxLifetime;
        this.properties = Map.copyOf(builder.properties);
        this.statementListener = builder.statementListener;
    }

    /** A builder for the JDBC URL, which may carry credentials and driver options. */
    public static Builder builder(String url) {
        return new Builder(url);
    }

    public String url() {
        return url;
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

    /** The dialect: as configured, or from the URL. */
    public Dialect dialect() {
        return dialect;
    }

    /** Whether the dialect was configured rather than read from the URL; a configured one is kept as it is. */
    public boolean isDialectChosen() {
        return dialectChosen;
    }

    /** Connections in the pool, and threads that run JDBC calls for coroutines and async callers. */
    public int poolSize() {
        return poolSize;
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

    @Override
    public String toString() {
        return "DatabaseConfig[name=" + name + ", dialect=" + dialect + ", poolSize=" + poolSize + "]";
    }

    /** Collects settings; not thread-safe. */
    public static final class Builder {
        private final String url;
        private @Nullable String user;
        private @Nullable String password;
        private @Nullable String name;
        private @Nullable Dialect dialect;
        private int poolSize = 10;
        private Duration connectionTimeout = Duration.ofSeconds(30);
        private Duration idleTimeout = Duration.ofMinutes(10);
        private Duration maxLifetime = Duration.ofMinutes(30);
        private final Map<String, String> properties = new LinkedHashMap<>();
        private StatementListener statementListener = StatementListener.NONE;

        private Builder(String url) {
            this.url = Objects.requireNonNull(url, "url");
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

        /** Overrides the dialect read from the URL; it is used as given, never refined from the server. */
        public Builder dialect(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /** Number of pooled connections, 1 or more; default 10. */
        public Builder poolSize(int poolSize) {
            if (poolSize < 1) {
                throw new IllegalArgumentException("pool size must be at least 1, got " + poolSize);
            }
            this.poolSize = poolSize;
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

        public DatabaseConfig build() {
            return new DatabaseConfig(this);
        }
    }
}
