package dev.quarry.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.jdbc.DeadlockException;
import dev.quarry.jdbc.TransactionOptions;
import dev.quarry.jdbc.observation.BudgetViolation;
import dev.quarry.jdbc.observation.FailedAttempt;
import dev.quarry.jdbc.observation.TransactionEnd;
import dev.quarry.jdbc.observation.TransactionObserver;
import dev.quarry.jdbc.observation.TransactionOutcome;
import dev.quarry.jdbc.observation.TransactionStart;
import dev.quarry.render.StatementFingerprint;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events the workload tests cannot provoke on every database (budget violations, a deadlock, an
 * untranslated SQL failure), told to the observer directly, and bad settings.
 */
class ObserverMetricsTest {
    private static Database db;

    @BeforeAll
    static void open() {
        db = Database.connect(DatabaseConfig.builder("jdbc:sqlite:file:observer-metrics?mode=memory&cache=shared")
                .name("observer-metrics").build());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void budgetViolationsAreCountedByBudgetAndPolicy() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        TransactionObserver transaction = QuarryMetrics.of(registry).observer()
                .transactionStarted(new TransactionStart(db, TransactionOptions.DEFAULT));
        StatementFingerprint select = StatementFingerprint.of("SELECT * FROM users WHERE id = ?");
        transaction.budgetExceeded(new BudgetViolation("statements", 10, 11, select, true));
        transaction.budgetExceeded(new BudgetViolation("rows", 100, 250, null, false));
        transaction.budgetExceeded(new BudgetViolation("rows", 100, 300, null, false));
        transaction.transactionEnded(new TransactionEnd(TransactionOutcome.ROLLED_BACK, 1, 1_000_000, null));

        Map<String, Double> counts = new TreeMap<>();
        registry.find(QuarryMetrics.BUDGET_VIOLATIONS).tag("db", "observer-metrics").counters().forEach(counter ->
                counts.put(counter.getId().getTag("budget") + " " + counter.getId().getTag("policy"), counter.count()));
        assertEquals(Map.of("statements fail", 1.0, "rows warn", 2.0), counts);
        assertEquals(1L, registry.get(QuarryMetrics.TRANSACTION).tags("db", "observer-metrics", "outcome", "rolled_back")
                .timer().count());
    }

    @Test
    void retriesAreCountedByTheKindOfConflictNeverByItsMessage() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        TransactionObserver transaction = QuarryMetrics.of(registry).observer()
                .transactionStarted(new TransactionStart(db, TransactionOptions.DEFAULT));
        transaction.attemptFailed(new FailedAttempt(1, 2_000_000, new DeadlockException("deadlock on row 42", "UPDATE t SET a = 1", null)));
        transaction.attemptFailed(new FailedAttempt(2, 3_000_000, new SQLException("could not serialize row 42", "40001")));
        transaction.attemptFailed(new FailedAttempt(3, 4_000_000, new SQLException("no state")));
        transaction.attemptFailed(new FailedAttempt(4, 1_000_000, new SQLTransientConnectionException("row 42 gone", "08006")));
        transaction.attemptFailed(new FailedAttempt(5, 1_000_000, new IllegalStateException("row 42")));
        transaction.attemptFailed(new FailedAttempt(6, 1_000_000, new HTTPTimeoutException()));
        transaction.transactionEnded(new TransactionEnd(TransactionOutcome.COMMITTED, 7, 20_000_000, null));

        Map<String, Double> reasons = new TreeMap<>();
        registry.find(QuarryMetrics.RETRIES).tag("db", "observer-metrics").counters().forEach(counter ->
                reasons.put(counter.getId().getTag("reason"), counter.count()));
        assertEquals(Map.of("deadlock", 1.0, "sqlstate_40", 1.0, "sql_exception", 1.0, "sqlstate_08", 1.0,
                "illegal_state", 1.0, "http_timeout", 1.0), reasons);
        assertEquals(6L, registry.get(QuarryMetrics.TRANSACTION).tags("db", "observer-metrics", "outcome", "retried").timer().count());
        assertEquals(12.0, registry.get(QuarryMetrics.TRANSACTION).tags("db", "observer-metrics", "outcome", "retried").timer()
                .totalTime(java.util.concurrent.TimeUnit.MILLISECONDS));
        TagScan.assertNoSqlOrValues(registry, java.util.List.of("42", "row", "serialize"));
    }

    @Test
    void aStatementNameLimitBelowOneIsRefused() {
        QuarryMetrics metrics = QuarryMetrics.of(new SimpleMeterRegistry());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> metrics.statementNameLimit(0));
        assertEquals("statement name limit must be at least 1, got 0", error.getMessage());
        assertEquals(QuarryMetrics.DEFAULT_STATEMENT_NAME_LIMIT, metrics.statementNameLimit());
        assertEquals(7, metrics.statementNameLimit(7).statementNameLimit());
        assertThrows(NullPointerException.class, () -> QuarryMetrics.of(null));
    }

    @Test
    void configureReturnsTheBuilderItWasGiven() {
        DatabaseConfig.Builder builder = DatabaseConfig.builder("jdbc:sqlite:file:unused?mode=memory&cache=shared");
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        assertSame(builder, QuarryMetrics.configure(builder, registry));
        assertEquals(1, builder.build().observers().size());
    }

    /** An exception whose name starts with an acronym. */
    private static final class HTTPTimeoutException extends RuntimeException {
        HTTPTimeoutException() {
            super("timed out on row 42");
        }
    }
}
