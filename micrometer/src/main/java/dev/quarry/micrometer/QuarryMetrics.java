package dev.quarry.micrometer;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.jdbc.observation.DatabaseObserver;
import dev.quarry.micrometer.internal.MetricsObserver;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Micrometer metrics of Quarry databases. One call attaches them while the database is configured:
 *
 * <pre>{@code
 * Database db = Database.connect(
 *     QuarryMetrics.configure(DatabaseConfig.builder(url).name("orders"), registry).build());
 * }</pre>
 *
 * <p>Meters (every one tagged {@code db} with the database's name):
 * <ul>
 *   <li>{@value #STATEMENT} timer: each statement, tagged {@code operation}, {@code statement} (the
 *       fingerprint's name, such as {@code select users}), {@code outcome} ({@code success} or
 *       {@code failure}) and {@code exception} (the failure's simple class name, or {@code none});
 *   <li>{@value #TRANSACTION} timer: each transaction by {@code outcome} ({@code committed},
 *       {@code rolled_back}, {@code timed_out}, {@code cancelled}), from the caller's request to its
 *       end, retries included; and each attempt that failed and was tried again as {@code retried};
 *   <li>{@value #CONNECTION_ACQUIRE} timer: how long each attempt waited for its connection;
 *   <li>{@value #RETRIES} counter: retried attempts by {@code reason} ({@code serialization_failure},
 *       {@code deadlock}, {@code lock_timeout} …);
 *   <li>{@value #BUDGET_VIOLATIONS} counter: exceeded query budgets by {@code budget} and
 *       {@code policy} ({@code fail} or {@code warn});
 *   <li>for a pool Quarry creates, HikariCP's own {@code hikaricp.connections.*} meters, tagged
 *       {@code pool} with the database's name.
 * </ul>
 *
 * <p>Tags never hold SQL text or bound values. The {@code statement} tag takes at most
 * {@link #statementNameLimit} distinct names per database (default {@value #DEFAULT_STATEMENT_NAME_LIMIT});
 * statements beyond them are counted under {@value #OTHER_STATEMENTS}.
 *
 * <p>Immutable and thread-safe. One instance may serve several databases; databases of the same
 * name share their meters.
 */
public final class QuarryMetrics {
    /** Timer of statements. */
    public static final String STATEMENT = "quarry.statement";
    /** Timer of transactions and of their retried attempts. */
    public static final String TRANSACTION = "quarry.transaction";
    /** Timer of the waits for a connection. */
    public static final String CONNECTION_ACQUIRE = "quarry.connection.acquire";
    /** Counter of retried attempts. */
    public static final String RETRIES = "quarry.transaction.retries";
    /** Counter of exceeded query budgets. */
    public static final String BUDGET_VIOLATIONS = "quarry.budget.violations";
    /** The {@code statement} tag of statements past the limit of distinct names. */
    public static final String OTHER_STATEMENTS = "other";
    /** Distinct {@code statement} tag values per database unless configured otherwise. */
    public static final int DEFAULT_STATEMENT_NAME_LIMIT = 500;

    private final MeterRegistry registry;
    private final int statementNameLimit;
    private final MetricsObserver observer;

    private QuarryMetrics(MeterRegistry registry, int statementNameLimit) {
        this.registry = registry;
        this.statementNameLimit = statementNameLimit;
        this.observer = new MetricsObserver(registry, statementNameLimit, OTHER_STATEMENTS);
    }

    /** Metrics recorded in a registry, with the default settings. */
    public static QuarryMetrics of(MeterRegistry registry) {
        return new QuarryMetrics(Objects.requireNonNull(registry, "registry"), DEFAULT_STATEMENT_NAME_LIMIT);
    }

    /**
     * Adds the metrics to a database's configuration, with the default settings; returns the builder.
     * Shorthand for {@code QuarryMetrics.of(registry).configure(builder)}.
     */
    public static DatabaseConfig.Builder configure(DatabaseConfig.Builder builder, MeterRegistry registry) {
        return of(registry).configure(builder);
    }

    /**
     * The same metrics with another limit of distinct {@code statement} tag values per database.
     *
     * @throws IllegalArgumentException if the limit is below 1
     */
    public QuarryMetrics statementNameLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("statement name limit must be at least 1, got " + limit);
        }
        return new QuarryMetrics(registry, limit);
    }

    /** How many distinct {@code statement} tag values a database gets before {@value #OTHER_STATEMENTS}. */
    public int statementNameLimit() {
        return statementNameLimit;
    }

    /**
     * Adds the metrics to a database's configuration; returns the builder. Statement, transaction,
     * retry and budget meters come from an observer; for a pool Quarry creates, HikariCP's tracker
     * also records the pool's gauges and timers. A database on an application's data source gets
     * no pool meters from Quarry: that pool is the application's to instrument.
     */
    public DatabaseConfig.Builder configure(DatabaseConfig.Builder builder) {
        Objects.requireNonNull(builder, "builder");
        builder.observer(observer);
        if (builder.createsPool()) {
            builder.poolSettings(poolMetrics());
        }
        return builder;
    }

    /** The observer alone, for {@link DatabaseConfig.Builder#observer}: no pool meters. */
    public DatabaseObserver observer() {
        return observer;
    }

    /** The HikariCP settings that record a pool's meters in the registry, for {@link DatabaseConfig.Builder#poolSettings}. */
    public Consumer<HikariConfig> poolMetrics() {
        return pool -> pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    }

    /** The registry the metrics go to. */
    public MeterRegistry registry() {
        return registry;
    }

    @Override
    public String toString() {
        return "QuarryMetrics[registry=" + registry.getClass().getSimpleName() + ", statementNameLimit="
                + statementNameLimit + "]";
    }
}
