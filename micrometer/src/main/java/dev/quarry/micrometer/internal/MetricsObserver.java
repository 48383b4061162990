package dev.quarry.micrometer.internal;

import dev.quarry.jdbc.observation.DatabaseObserver;
import dev.quarry.jdbc.observation.TransactionObserver;
import dev.quarry.jdbc.observation.TransactionStart;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Records the transactions of the databases it observes in a registry: one {@link DatabaseMeters}
 * per database name, created on the database's first transaction. Thread-safe.
 */
public final class MetricsObserver implements DatabaseObserver {
    private final MeterRegistry registry;
    private final int statementNameLimit;
    private final String otherStatements;
    private final ConcurrentMap<String, DatabaseMeters> databases = new ConcurrentHashMap<>();

    /**
     * @param statementNameLimit distinct {@code statement} tag values per database, at least 1
     * @param otherStatements the tag value of statements past the limit
     */
    public MetricsObserver(MeterRegistry registry, int statementNameLimit, String otherStatements) {
        this.registry = registry;
        this.statementNameLimit = statementNameLimit;
        this.otherStatements = otherStatements;
    }

    @Override
    public TransactionObserver transactionStarted(TransactionStart start) {
        String name = start.database().name();
        DatabaseMeters meters = databases.get(name);
        if (meters == null) {
            meters = databases.computeIfAbsent(name,
                    database -> new DatabaseMeters(registry, database, new StatementNames(statementNameLimit, otherStatements)));
        }
        return new TransactionMetrics(meters);
    }
}
