package dev.quarry.jdbc;

import static dev.quarry.jdbc.Accounts.ACCOUNTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import dev.quarry.jdbc.observation.BudgetViolation;
import dev.quarry.jdbc.observation.TransactionOutcome;
import dev.quarry.sql.IsolationLevel;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Query budgets under the WARN policy, and budgets of retried transactions. */
class QueryBudgetPolicyTest {
    private static final TransactionOptions REQUIRES_NEW = TransactionOptions.DEFAULT.propagation(Propagation.REQUIRES_NEW);
    private static final TransactionOptions RETRYING = TransactionOptions.DEFAULT
            .retry(RetryPolicy.onTransientFailure(5, Duration.ofMillis(1), Duration.ofMillis(20)));

    /** The warnings of the budget logger that contain the text. */
    private static List<String> warnings(CapturedLog log, String text) {
        return log.lines("dev.quarry.budget", Level.WARN).stream().filter(line -> line.contains(text)).toList();
    }

    @OnEveryDialect
    void warnCommitsAndLogsEachExceededLimitOncePerTransaction(TestTarget target) {
        Database db = BudgetRecorder.database(target);
        BudgetRecorder recorder = BudgetRecorder.observed(target);
        QueryBudget budget = QueryBudget.NONE.maxStatements(2).maxSameStatement(2).policy(BudgetPolicy.WARN);
        try (CapturedLog log = CapturedLog.start()) {
            db.inTransaction(TransactionOptions.DEFAULT.budget(budget), tx -> {
                for (int n = 0; n < 5; n++) {
                    tx.selectFrom(ACCOUNTS).where(ACCOUNTS.id.eq(1)).fetch();
                }
                Accounts.open(tx, 3, "alan", 0);
            });
            List<String> statements = warnings(log, "exceeded its budget of 2 statements");
            assertEquals(1, statements.size(), String.valueOf(statements));
            assertTrue(statements.get(0).contains("statement 3 was sent, select tx_accounts_java"), statements.get(0));
            assertTrue(statements.get(0).contains("the transaction goes on (budget policy WARN)"), statements.get(0));
            assertEquals(1, warnings(log, "exceeded its budget of 2 runs of the same statement").size());
        }
        assertEquals(List.of("ada", "grace", "alan"), Accounts.owners(db));
        assertEquals(List.of(QueryBudget.STATEMENTS, QueryBudget.SAME_STATEMENT),
                recorder.violations.stream().map(BudgetViolation::budget).toList());
        assertTrue(recorder.violations.stream().noneMatch(BudgetViolation::failsTransaction));
        assertEquals(TransactionOutcome.COMMITTED, recorder.ends.get(0).outcome());
    }

    @OnEveryDialect
    void aWarningIsLoggedAgainInTheNextTransaction(TestTarget target) {
        Database db = BudgetRecorder.database(target);
        BudgetRecorder recorder = BudgetRecorder.observed(target);
        TransactionOptions options = TransactionOptions.DEFAULT.budget(QueryBudget.NONE.maxRowsRead(1).policy(BudgetPolicy.WARN));
        try (CapturedLog log = CapturedLog.start()) {
            for (int n = 0; n < 2; n++) {
                db.inTransaction(options, tx -> {
                    tx.selectFrom(ACCOUNTS).fetch();
                    tx.selectFrom(ACCOUNTS).fetch();
                });
            }
            assertEquals(2, warnings(log, "exceeded its budget of 1 rows read: 2 rows read").size());
        }
        assertEquals(2, recorder.violations.size());
    }

    @OnEveryDialect
    void eachAttemptOfARetriedTransactionStartsFromAnEmptyBudget(TestTarget target) {
        Database shared = Accounts.fresh(TestDatabases.of(target));
        Database db = BudgetRecorder.database(target);
        Database conflicting = Accounts.snapshotIsolated(db, "budget-snapshot-isolated");
        AtomicInteger attempts = new AtomicInteger();
        TransactionOptions options = RETRYING.isolation(IsolationLevel.REPEATABLE_READ)
                .budget(QueryBudget.NONE.maxStatements(3).maxSameStatement(2));
        try {
            conflicting.inTransaction(options, tx -> {
                int attempt = attempts.incrementAndGet();
                int seen = tx.selectFrom(ACCOUNTS).where(ACCOUNTS.id.eq(1)).fetchOne().get(ACCOUNTS.balance);
                if (attempt == 1) {
                    conflicting.inTransaction(REQUIRES_NEW, other -> other.update(ACCOUNTS)
                            .set(ACCOUNTS.balance, ACCOUNTS.balance.add(50)).where(ACCOUNTS.id.eq(1)).execute());
                }
                tx.update(ACCOUNTS).set(ACCOUNTS.balance, seen + 10).where(ACCOUNTS.id.eq(1)).execute();
                // Within the budget of this attempt alone: the first attempt's two statements do not count.
                tx.selectFrom(ACCOUNTS).where(ACCOUNTS.id.eq(1)).fetchOne();
            });
        } finally {
            if (conflicting != db) {
                conflicting.close();
            }
        }
        assertEquals(2, attempts.get());
        assertEquals(160, Accounts.balanceOf(shared, 1));
    }
}
