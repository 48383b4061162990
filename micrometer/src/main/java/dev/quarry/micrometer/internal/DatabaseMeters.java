package dev.quarry.micrometer.internal;

import dev.quarry.jdbc.observation.TransactionOutcome;
import dev.quarry.micrometer.QuarryMetrics;
import dev.quarry.render.StatementFingerprint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * The meters of one database in one registry. Meters are registered on first use and then kept,
 * so recording a statement looks up no registry. Thread-safe.
 */
final class DatabaseMeters {
    private static final int REMEMBERED_SHAPES = 4096;
    private final MeterRegistry registry;
    private final Tags database;
    private final StatementNames statementNames;
    private final Timer connectionAcquire;
    private final Timer retried;
    private final Map<TransactionOutcome, Timer> transactions = new EnumMap<>(TransactionOutcome.class);
    private final ConcurrentMap<StatementKey, Timer> statements = new ConcurrentHashMap<>();
    /**
     * The timers of successful statements by fingerprint, so the common case builds no key; at most
     * {@link #REMEMBERED_SHAPES} entries, later shapes take the keyed path.
     */
    private final ConcurrentMap<StatementFingerprint, Timer> successes = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Counter> retries = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Counter> budgetViolations = new ConcurrentHashMap<>();

    DatabaseMeters(MeterRegistry registry, String database, StatementNames statementNames) {
        this.registry = registry;
        this.database = Tags.of("db", database);
        this.statementNames = statementNames;
        this.connectionAcquire = Timer.builder(QuarryMetrics.CONNECTION_ACQUIRE)
                .description("Time a transaction attempt waited for its connection")
                .tags(this.database).register(registry);
        for (TransactionOutcome outcome : TransactionOutcome.values()) {
            transactions.put(outcome, transactionTimer(outcome.name().toLowerCase(Locale.ROOT)));
        }
        this.retried = transactionTimer("retried");
    }

    Timer connectionAcquire() {
        return connectionAcquire;
    }

    /** Transactions that ended so, timed from the caller's request to their end. */
    Timer transaction(TransactionOutcome outcome) {
        return transactions.get(outcome);
    }

    /** Attempts that failed and were tried again, each timed on its own. */
    Timer retried() {
        return retried;
    }

    Timer statement(StatementFingerprint fingerprint, @Nullable Throwable failure) {
        if (failure == null) {
            Timer timer = successes.get(fingerprint);
            if (timer == null) {
                timer = statementTimer(fingerprint, "none");
                if (successes.size() < REMEMBERED_SHAPES) {
                    successes.putIfAbsent(fingerprint, timer);
                }
            }
            return timer;
        }
        return statementTimer(fingerprint, FailureTags.exception(failure));
    }

    private Timer statementTimer(StatementFingerprint fingerprint, String exception) {
        StatementKey key = new StatementKey(fingerprint.operation(), statementNames.tagFor(fingerprint.name()), exception);
        Timer timer = statements.get(key);
        return timer != null ? timer : statements.computeIfAbsent(key, this::statementTimer);
    }

    Counter retries(String reason) {
        return retries.computeIfAbsent(reason, tag -> Counter.builder(QuarryMetrics.RETRIES)
                .description("Transaction attempts that failed with a transient conflict and were tried again")
                .tags(database).tag("reason", tag).register(registry));
    }

    Counter budgetViolations(String budget, boolean failsTransaction) {
        String policy = failsTransaction ? "fail" : "warn";
        return budgetViolations.computeIfAbsent(budget + '\u0000' + policy, key -> Counter.builder(QuarryMetrics.BUDGET_VIOLATIONS)
                .description("Query budgets of transactions that were exceeded")
                .tags(database).tag("budget", budget).tag("policy", policy).register(registry));
    }

    private Timer transactionTimer(String outcome) {
        return Timer.builder(QuarryMetrics.TRANSACTION)
                .description("Transactions by outcome, retries included; retried attempts on their own")
                .tags(database).tag("outcome", outcome).register(registry);
    }

    private Timer statementTimer(StatementKey key) {
        return Timer.builder(QuarryMetrics.STATEMENT)
                .description("Statements by operation and fingerprint name")
                .tags(database)
                .tag("operation", key.operation())
                .tag("statement", key.name())
                .tag("outcome", key.exception().equals("none") ? "success" : "failure")
                .tag("exception", key.exception())
                .register(registry);
    }

    private record StatementKey(String operation, String name, String exception) {
    }
}
