package dev.quarry.micrometer;

import static dev.quarry.micrometer.Ledger.LEDGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.jdbc.BudgetPolicy;
import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.jdbc.Propagation;
import dev.quarry.jdbc.QueryBudget;
import dev.quarry.jdbc.QueryBudgetExceededException;
import dev.quarry.jdbc.RetryPolicy;
import dev.quarry.jdbc.Transaction;
import dev.quarry.jdbc.TransactionOptions;
import dev.quarry.jdbc.TransactionTimeoutException;
import dev.quarry.jdbc.UniqueViolationException;
import dev.quarry.sql.IsolationLevel;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** A known workload on a database with metrics attached, and the exact meters it leaves. */
class WorkloadMetricsTest {
    private static final TransactionOptions RETRYING = TransactionOptions.DEFAULT
            .retry(RetryPolicy.onTransientFailure(3, Duration.ofMillis(1), Duration.ofMillis(5)))
            .isolation(IsolationLevel.REPEATABLE_READ);
    private static final TransactionOptions REQUIRES_NEW = TransactionOptions.DEFAULT.propagation(Propagation.REQUIRES_NEW);

    @OnEveryDialect
    void committedRolledBackRetriedAndTimedOutTransactionsAreCountedExactly(TestTarget target) throws Exception {
        Ledger.recreate(target);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Database db = Ledger.open(target, "metrics", builder -> QuarryMetrics.configure(builder, registry));
        String name = db.name();

        for (int n = 0; n < 4; n++) {
            int id = 10 + n;
            db.inTransaction(tx -> threeStatements(tx, id));
        }
        db.transactionAsync(tx -> {
            threeStatements(tx, 14);
            return null;
        }).get(30, TimeUnit.SECONDS);
        assertThrows(UniqueViolationException.class, () -> db.inTransaction(tx -> Ledger.add(tx, 1, "duplicate", 0)));
        AtomicInteger attempts = new AtomicInteger();
        db.inTransaction(RETRYING, tx -> {
            int seen = tx.selectFrom(LEDGER).where(LEDGER.id.eq(2)).fetchOne().get(LEDGER.balance);
            if (attempts.incrementAndGet() == 1) {
                db.inTransaction(REQUIRES_NEW, other -> other.update(LEDGER)
                        .set(LEDGER.balance, LEDGER.balance.add(50)).where(LEDGER.id.eq(2)).execute());
            }
            tx.update(LEDGER).set(LEDGER.balance, seen + 10).where(LEDGER.id.eq(2)).execute();
        });
        assertEquals(2, attempts.get());
        assertThrows(TransactionTimeoutException.class, () -> db.inTransaction(TransactionOptions.DEFAULT.timeout(Duration.ofMillis(300)), tx -> {
            Ledger.add(tx, 20, "late", 0);
            Thread.sleep(500);
        }));

        assertEquals(Map.of(
                "committed", 7L, "rolled_back", 1L, "retried", 1L, "timed_out", 1L, "cancelled", 0L),
                countsBy(registry, QuarryMetrics.TRANSACTION, name, "outcome"));
        assertEquals(Map.of("serialization_failure", 1.0), counters(registry, QuarryMetrics.RETRIES, name, "reason"));
        assertEquals(10L, registry.get(QuarryMetrics.CONNECTION_ACQUIRE).tag("db", name).timer().count());
        Map<String, Long> statements = new TreeMap<>(Map.of(
                "insert metrics_ledger success none", 6L,
                "insert metrics_ledger failure UniqueViolationException", 1L,
                "select metrics_ledger success none", 7L,
                "update metrics_ledger success none", 7L,
                "update metrics_ledger failure SerializationFailureException", 1L));
        if (!target.name().equals("sqlite")) {
            // PostgreSQL and MySQL/MariaDB set REPEATABLE READ with a statement at the start of each
            // attempt; SQLite's transactions have one isolation and no such statement.
            statements.put("set success none", 2L);
        }
        assertEquals(statements, statementCounts(registry, name));
        for (Meter meter : registry.find(QuarryMetrics.STATEMENT).tag("db", name).meters()) {
            String operation = meter.getId().getTag("operation");
            assertEquals(operation.equals("set") ? "set" : operation + " metrics_ledger", meter.getId().getTag("statement"));
        }
        Timer committed = registry.get(QuarryMetrics.TRANSACTION).tags("db", name, "outcome", "committed").timer();
        assertTrue(committed.totalTime(TimeUnit.NANOSECONDS) > 0);
        Timer timedOut = registry.get(QuarryMetrics.TRANSACTION).tags("db", name, "outcome", "timed_out").timer();
        assertTrue(timedOut.totalTime(TimeUnit.MILLISECONDS) >= 300, "timed out after " + timedOut.totalTime(TimeUnit.MILLISECONDS));
        assertFalse(registry.find(QuarryMetrics.BUDGET_VIOLATIONS).meters().iterator().hasNext(), "no budget was set");
        TagScan.assertNoSqlOrValues(registry, List.of("ada", "grace", "duplicate", "late", "owner-1"));
    }

    @OnEveryDialect
    void thePoolQuarryCreatesReportsHikariGaugesUnderTheDatabasesName(TestTarget target) {
        Ledger.recreate(target);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Database db = Ledger.open(target, "metrics-pool", builder -> QuarryMetrics.configure(builder, registry));
        db.inTransaction(tx -> threeStatements(tx, 10));

        String pool = db.name();
        assertEquals(2.0, registry.get("hikaricp.connections.max").tag("pool", pool).gauge().value());
        assertEquals(0.0, registry.get("hikaricp.connections.active").tag("pool", pool).gauge().value());
        assertEquals(0.0, registry.get("hikaricp.connections.pending").tag("pool", pool).gauge().value());
        double idle = registry.get("hikaricp.connections.idle").tag("pool", pool).gauge().value();
        assertTrue(idle >= 1 && idle <= 2, "idle connections: " + idle);
        assertTrue(registry.get("hikaricp.connections.acquire").tag("pool", pool).timer().count() >= 1);
        assertEquals(Set.of(pool), poolTags(registry));
    }

    @OnEveryDialect
    void aDatabaseOnTheApplicationsDataSourceGetsStatementMetricsButNoPoolMeters(TestTarget target) {
        Ledger.recreate(target);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        HikariConfig poolConfig = new HikariConfig();
        poolConfig.setJdbcUrl(target.jdbcUrl());
        poolConfig.setPoolName("application-pool-" + target.name());
        poolConfig.setMaximumPoolSize(2);
        try (HikariDataSource applicationPool = new HikariDataSource(poolConfig);
                Database db = Database.connect(QuarryMetrics.configure(
                        DatabaseConfig.builder(applicationPool).name("metrics-on-source-" + target.name()), registry).build())) {
            db.inTransaction(tx -> threeStatements(tx, 10));
            assertEquals(Map.of(
                    "insert metrics_ledger success none", 1L,
                    "select metrics_ledger success none", 1L,
                    "update metrics_ledger success none", 1L),
                    statementCounts(registry, db.name()));
            assertEquals(1L, registry.get(QuarryMetrics.TRANSACTION).tags("db", db.name(), "outcome", "committed").timer().count());
            assertEquals(Set.of(), poolTags(registry), "the application's pool is the application's to instrument");
        }
    }

    @OnEveryDialect
    void statementNamesPastTheLimitShareOneTagValue(TestTarget target) {
        Ledger.recreate(target);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        QuarryMetrics metrics = QuarryMetrics.of(registry).statementNameLimit(2);
        Database db = Ledger.open(target, "metrics-limit", metrics::configure);
        db.inTransaction(tx -> threeStatements(tx, 10));
        db.inTransaction(tx -> tx.deleteFrom(LEDGER).where(LEDGER.id.eq(10)).execute());
        db.inTransaction(tx -> threeStatements(tx, 11));

        assertEquals(Map.of(
                "insert metrics_ledger success none", 2L,
                "select metrics_ledger success none", 2L,
                "update other success none", 2L,
                "delete other success none", 1L),
                statementCounts(registry, db.name()));
    }

    @OnEveryDialect
    void budgetsExceededOnTheDatabaseAreCountedByBudgetAndPolicy(TestTarget target) {
        Ledger.recreate(target);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Database db = Ledger.open(target, "metrics-budget", builder -> QuarryMetrics.configure(builder, registry));
        TransactionOptions warnAfterTwo = TransactionOptions.DEFAULT
                .budget(QueryBudget.NONE.maxStatements(2).policy(BudgetPolicy.WARN));
        db.inTransaction(warnAfterTwo, tx -> threeStatements(tx, 10));
        db.inTransaction(warnAfterTwo, tx -> threeStatements(tx, 11));
        TransactionOptions failAfterTwo = TransactionOptions.DEFAULT.budget(QueryBudget.NONE.maxStatements(2));
        assertThrows(QueryBudgetExceededException.class, () -> db.inTransaction(failAfterTwo, tx -> threeStatements(tx, 12)));

        assertEquals(Map.of("statements warn", 2.0, "statements fail", 1.0), budgetCounts(registry, db.name()));
        assertEquals(Map.of("committed", 2L, "rolled_back", 1L, "retried", 0L, "timed_out", 0L, "cancelled", 0L), countsBy(registry, QuarryMetrics.TRANSACTION, db.name(), "outcome"));
    }

    private static Map<String, Double> budgetCounts(SimpleMeterRegistry registry, String db) {
        Map<String, Double> counts = new TreeMap<>();
        registry.find(QuarryMetrics.BUDGET_VIOLATIONS).tag("db", db).counters().forEach(counter ->
                counts.put(counter.getId().getTag("budget") + " " + counter.getId().getTag("policy"), counter.count()));
        return counts;
    }

    private static void threeStatements(Transaction tx, int id) {
        Ledger.add(tx, id, "owner-" + id, id);
        int balance = tx.selectFrom(LEDGER).where(LEDGER.id.eq(id)).fetchOne().get(LEDGER.balance);
        tx.update(LEDGER).set(LEDGER.balance, balance + 1).where(LEDGER.id.eq(id)).execute();
    }

    private static Map<String, Long> countsBy(SimpleMeterRegistry registry, String meter, String db, String tag) {
        Map<String, Long> counts = new TreeMap<>();
        for (Timer timer : registry.find(meter).tag("db", db).timers()) {
            counts.merge(timer.getId().getTag(tag), timer.count(), Long::sum);
        }
        return counts;
    }

    private static Map<String, Double> counters(SimpleMeterRegistry registry, String meter, String db, String tag) {
        Map<String, Double> counts = new TreeMap<>();
        registry.find(meter).tag("db", db).counters().forEach(counter -> counts.merge(counter.getId().getTag(tag), counter.count(), Double::sum));
        return counts;
    }

    /** Statement counts by operation-free name, outcome and exception: {@code "select t success none"}. */
    static Map<String, Long> statementCounts(SimpleMeterRegistry registry, String db) {
        Map<String, Long> counts = new TreeMap<>();
        for (Timer timer : registry.find(QuarryMetrics.STATEMENT).tag("db", db).timers()) {
            Meter.Id id = timer.getId();
            String statement = id.getTag("statement");
            String key = (statement.equals(QuarryMetrics.OTHER_STATEMENTS) ? id.getTag("operation") + " other" : statement)
                    + " " + id.getTag("outcome") + " " + id.getTag("exception");
            counts.merge(key, timer.count(), Long::sum);
        }
        return counts;
    }

    private static Set<String> poolTags(SimpleMeterRegistry registry) {
        return registry.getMeters().stream()
                .filter(meter -> meter.getId().getName().startsWith("hikaricp."))
                .map(meter -> meter.getId().getTag("pool"))
                .collect(Collectors.toSet());
    }
}
