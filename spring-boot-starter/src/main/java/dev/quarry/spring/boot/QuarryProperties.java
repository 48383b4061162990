package dev.quarry.spring.boot;

import dev.quarry.dialect.TextSemantics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code quarry.*} properties: the primary database over Spring's {@code DataSource}, named
 * databases with pools of their own, and migrations at startup. Bound once at startup by Spring;
 * not meant to change afterwards.
 *
 * <pre>
 * quarry.name=app                      # registers the primary database as Database.named("app")
 * quarry.text-semantics=database       # let column collations decide text comparisons
 * quarry.slow-statement-threshold=500ms
 * quarry.databases.reports.url=jdbc:postgresql://replica/app?user=reader
 * quarry.databases.reports.pool-size=4
 * quarry.migrate.enabled=true          # runs classpath:db/migration at startup
 * </pre>
 */
@ConfigurationProperties(prefix = "quarry")
public class QuarryProperties {
    /** The name {@link QuarryDatabaseCustomizer}s see for the primary database. */
    public static final String PRIMARY = "primary";

    private @Nullable String name;
    private @Nullable Integer poolSize;
    private TextSemantics textSemantics = TextSemantics.CODE_POINT;
    private @Nullable Duration slowStatementThreshold;
    private @Nullable Integer copyThreshold;
    private boolean joinSpringTransactions = true;
    private final Map<String, NamedDatabase> databases = new LinkedHashMap<>();
    private final Migrate migrate = new Migrate();
    private final Toggle metrics = new Toggle();
    private final Toggle tracing = new Toggle();

    /**
     * The name the primary database is registered under ({@code Database.named}); unset, Quarry
     * names it itself, so that several application contexts in one JVM never collide.
     */
    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    /**
     * How many of the DataSource's connections Quarry uses at once (and the threads of its async and
     * coroutine work); unset, the maximum size of a HikariCP pool, otherwise 10.
     */
    public @Nullable Integer getPoolSize() {
        return poolSize;
    }

    public void setPoolSize(@Nullable Integer poolSize) {
        this.poolSize = poolSize;
    }

    /** How text compares in every statement of every database configured here; {@code code-point} by default. */
    public TextSemantics getTextSemantics() {
        return textSemantics;
    }

    public void setTextSemantics(TextSemantics textSemantics) {
        this.textSemantics = textSemantics;
    }

    /** Statements at least this slow are logged at WARN on {@code dev.quarry.sql.slow}; unset, none. */
    public @Nullable Duration getSlowStatementThreshold() {
        return slowStatementThreshold;
    }

    public void setSlowStatementThreshold(@Nullable Duration slowStatementThreshold) {
        this.slowStatementThreshold = slowStatementThreshold;
    }

    /**
     * The number of rows from which an insert runs as one {@code COPY} on PostgreSQL, for every
     * database configured here; 0 turns it off. Unset, Quarry's default (1,000 rows).
     */
    public @Nullable Integer getCopyThreshold() {
        return copyThreshold;
    }

    public void setCopyThreshold(@Nullable Integer copyThreshold) {
        this.copyThreshold = copyThreshold;
    }

    /** Whether Quarry's blocking transactions join the Spring-managed transaction of their thread; true by default. */
    public boolean isJoinSpringTransactions() {
        return joinSpringTransactions;
    }

    public void setJoinSpringTransactions(boolean joinSpringTransactions) {
        this.joinSpringTransactions = joinSpringTransactions;
    }

    /** Further databases by name, each on a pool Quarry creates and closes with the application context. */
    public Map<String, NamedDatabase> getDatabases() {
        return databases;
    }

    public Migrate getMigrate() {
        return migrate;
    }

    /** {@code quarry.metrics.enabled}: Micrometer metrics when a {@code MeterRegistry} bean exists; true by default. */
    public Toggle getMetrics() {
        return metrics;
    }

    /** {@code quarry.tracing.enabled}: OpenTelemetry spans when an {@code OpenTelemetry} bean exists; true by default. */
    public Toggle getTracing() {
        return tracing;
    }

    /** A database with a pool of its own, {@code quarry.databases.<name>.*}. */
    public static class NamedDatabase {
        private @Nullable String url;
        private @Nullable String user;
        private @Nullable String password;
        private @Nullable Integer poolSize;
        private @Nullable Duration connectionTimeout;

        /** The JDBC URL; required. */
        public @Nullable String getUrl() {
            return url;
        }

        public void setUrl(@Nullable String url) {
            this.url = url;
        }

        public @Nullable String getUser() {
            return user;
        }

        public void setUser(@Nullable String user) {
            this.user = user;
        }

        public @Nullable String getPassword() {
            return password;
        }

        public void setPassword(@Nullable String password) {
            this.password = password;
        }

        /** Connections of its pool; unset, Quarry's default of 10. */
        public @Nullable Integer getPoolSize() {
            return poolSize;
        }

        public void setPoolSize(@Nullable Integer poolSize) {
            this.poolSize = poolSize;
        }

        /** How long a caller waits for a connection; unset, Quarry's default of 30 s. */
        public @Nullable Duration getConnectionTimeout() {
            return connectionTimeout;
        }

        public void setConnectionTimeout(@Nullable Duration connectionTimeout) {
            this.connectionTimeout = connectionTimeout;
        }
    }

    /** Migrations of the primary database at startup, {@code quarry.migrate.*}. */
    public static class Migrate {
        private boolean enabled;
        private List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        private @Nullable String historyTable;

        /** Whether pending migrations run when the application starts; false by default. */
        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** Where the scripts are: {@code classpath:dir}, {@code filesystem:dir}; {@code classpath:db/migration} by default. */
        public List<String> getLocations() {
            return locations;
        }

        public void setLocations(List<String> locations) {
            this.locations = locations;
        }

        /** The history table; unset, the migration module's default {@code quarry_schema_history}. */
        public @Nullable String getHistoryTable() {
            return historyTable;
        }

        public void setHistoryTable(@Nullable String historyTable) {
            this.historyTable = historyTable;
        }
    }

    /** An integration switched on unless {@code enabled=false}. */
    public static class Toggle {
        private boolean enabled = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
