package dev.quarry.jdbc;

import static dev.quarry.jdbc.Accounts.ACCOUNTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.sql.IsolationLevel;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code db.transaction(options, tx -> …)}: propagation on the calling thread, retry, timeouts, read-only. */
class BlockingTransactionTest {
    private static final TransactionOptions NESTED = TransactionOptions.DEFAULT.propagation(Propagation.NESTED);
    private static final TransactionOptions REQUIRES_NEW = TransactionOptions.DEFAULT.propagation(Propagation.REQUIRES_NEW);
    private static final TransactionOptions RETRYING = TransactionOptions.DEFAULT
            .retry(RetryPolicy.onTransientFailure(5, Duration.ofMillis(1), Duration.ofMillis(20)));

    private static Database fresh(TestTarget target) {
        return Accounts.fresh(TestDatabases.of(target));
    }

    @OnEveryDialect
    void requiredJoinsTheTransactionOfTheThreadAndRollsBackWithIt(TestTarget target) {
        Database db = fresh(target);
        assertThrows(IllegalStateException.class, () -> db.inTransaction(outer -> {
            Accounts.open(outer, 3, "alan", 0);
            Transaction inner = db.transaction(tx -> {
                Accounts.open(tx, 4, "edsger", 0);
                return tx;
            });
            assertSame(outer, inner);
            throw new IllegalStateException("the outer work fails after the inner work returned");
        }));
        assertEquals(List.of("ada", "grace"), Accounts.owners(db));
    }

    @OnEveryDialect
    void nestedRollsBackToItsSavepointAndTheOuterTransactionGoesOn(TestTarget target) {
        Database db = fresh(target);
        db.inTransaction(outer -> {
            Accounts.open(outer, 3, "alan", 0);
            assertThrows(DataAccessException.class, () -> db.inTransaction(NESTED, tx -> Accounts.open(tx, 1, "duplicate", 0)));
            db.inTransaction(NESTED, tx -> Accounts.open(tx, 4, "barbara", 0));
            Accounts.open(outer, 5, "linus", 0);
        });
        assertEquals(List.of("ada", "grace", "alan", "barbara", "linus"), Accounts.owners(db));
    }

    @OnEveryDialect
    void requiresNewCommitsOnItsOwnWhenTheOuterTransactionRollsBack(TestTarget target) {
        Database db = fresh(target);
        assertThrows(IllegalStateException.class, () -> db.inTransaction(outer -> {
            db.inTransaction(REQUIRES_NEW, audit -> {
                assertNotSame(outer, audit);
                Accounts.open(audit, 3, "audit", 0);
            });
            Accounts.open(outer, 4, "alan", 0);
            throw new IllegalStateException("the outer work fails");
        }));
        assertEquals(List.of("ada", "grace", "audit"), Accounts.owners(db));
    }

    @OnEveryDialect
    void aHundredFailingTransactionsLeaveThePoolFullAndTheNextOneWorks(TestTarget target) {
        Database db = fresh(target);
        for (int n = 0; n < 100; n++) {
            int attempt = n;
            RuntimeException failure = assertThrows(RuntimeException.class, () -> db.inTransaction(tx -> {
                Accounts.open(tx, 1000 + attempt, "temporary", 0);
                if (attempt % 2 == 0) {
                    Accounts.open(tx, 1, "duplicate", 0);
                }
                throw new IllegalStateException("failure " + attempt);
            }));
            assertTrue(failure instanceof DataAccessException || failure instanceof IllegalStateException);
        }
        assertEquals(TestDatabases.POOL_SIZE, db.internals().gate().available());
        assertEquals(0, db.internals().activeConnections());
        db.inTransaction(tx -> Accounts.open(tx, 3, "alan", 0));
        assertEquals(List.of("ada", "grace", "alan"), Accounts.owners(db));
    }

    @OnEveryDialect
    void retryRunsTheWorkAgainAfterADeadlockAndNeverAfterAUniqueViolation(TestTarget target) throws Exception {
        Database db = fresh(target);
        AtomicInteger attempts = new AtomicInteger();
        // PostgreSQL and MariaDB deadlock on crossing row locks; SQLite, with one write lock, on two
        // transactions that both read and then both write.
        boolean meetAfterRead = db.dialect().name().equals("sqlite");
        CountDownLatch bothHold = new CountDownLatch(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> transfers = threads.invokeAll(List.of(
                    () -> transfer(db, 1, 2, attempts, bothHold, meetAfterRead),
                    () -> transfer(db, 2, 1, attempts, bothHold, meetAfterRead)));
            for (Future<Object> transfer : transfers) {
                transfer.get();
            }
        } finally {
            threads.shutdown();
        }
        // One of the two lost and ran again; on SQLite the loser may lose once more while the winner commits.
        assertTrue(attempts.get() >= 3, "attempts: " + attempts.get());
        assertEquals(100, Accounts.balanceOf(db, 1));
        assertEquals(100, Accounts.balanceOf(db, 2));

        attempts.set(0);
        assertThrows(DataAccessException.class, () -> db.inTransaction(RETRYING, tx -> {
            attempts.incrementAndGet();
            Accounts.open(tx, 1, "duplicate", 0);
        }));
        assertEquals(1, attempts.get());
    }

    private static Object transfer(Database db, int from, int to, AtomicInteger attempts, CountDownLatch bothHold,
            boolean meetAfterRead) {
        return db.transaction(RETRYING, tx -> {
            attempts.incrementAndGet();
            // The read takes SQLite's shared lock; the writes are relative so that a retry that read
            // before the winner committed cannot overwrite the winner's change.
            tx.selectFrom(ACCOUNTS).where(ACCOUNTS.id.eq(from)).fetchOne();
            if (meetAfterRead) {
                meet(bothHold);
            }
            tx.update(ACCOUNTS).set(ACCOUNTS.balance, ACCOUNTS.balance.subtract(10)).where(ACCOUNTS.id.eq(from)).execute();
            if (!meetAfterRead) {
                meet(bothHold);
            }
            tx.update(ACCOUNTS).set(ACCOUNTS.balance, ACCOUNTS.balance.add(10)).where(ACCOUNTS.id.eq(to)).execute();
            return null;
        });
    }

    /** Both transfers reach this point once; the retried one passes straight through. */
    private static void meet(CountDownLatch bothHold) throws InterruptedException {
        bothHold.countDown();
        assertTrue(bothHold.await(30, TimeUnit.SECONDS));
    }

    @OnEveryDialect
    void retryRunsTheWorkAgainAfterASerializationFailure(TestTarget target) {
        Database db = fresh(target);
        Database conflicting = Accounts.snapshotIsolated(db, "snapshot-isolated-java");
        AtomicInteger attempts = new AtomicInteger();
        conflicting.inTransaction(RETRYING.isolation(IsolationLevel.REPEATABLE_READ), tx -> {
            int attempt = attempts.incrementAndGet();
            int seen = tx.selectFrom(ACCOUNTS).where(ACCOUNTS.id.eq(1)).fetchOne().get(ACCOUNTS.balance);
            if (attempt == 1) {
                conflicting.inTransaction(REQUIRES_NEW, other -> other.update(ACCOUNTS)
                        .set(ACCOUNTS.balance, ACCOUNTS.balance.add(50)).where(ACCOUNTS.id.eq(1)).execute());
            }
            tx.update(ACCOUNTS).set(ACCOUNTS.balance, seen + 10).where(ACCOUNTS.id.eq(1)).execute();
        });
        assertEquals(2, attempts.get());
        assertEquals(160, Accounts.balanceOf(db, 1));
        if (conflicting != db) {
            conflicting.close();
        }
    }

    @OnEveryDialect
    void statementAndTransactionTimeoutsCancelTheWorkAndRollBack(TestTarget target) {
        Database db = fresh(target);
        StatementTimeoutException slow = assertThrows(StatementTimeoutException.class, () ->
                db.inTransaction(TransactionOptions.DEFAULT.statementTimeout(Duration.ofMillis(300)), tx -> {
                    Accounts.open(tx, 3, "alan", 0);
                    tx.execute(Accounts.slowStatement(db));
                }));
        assertTrue(slow.getMessage().contains("300 ms statement timeout"), slow.getMessage());

        TransactionOptions briefly = TransactionOptions.DEFAULT.timeout(Duration.ofMillis(400));
        assertThrows(TransactionTimeoutException.class, () -> db.inTransaction(briefly, tx -> {
            Accounts.open(tx, 4, "edsger", 0);
            tx.execute(Accounts.slowStatement(db));
        }));
        TransactionTimeoutException idle = assertThrows(TransactionTimeoutException.class, () -> db.inTransaction(briefly, tx -> {
            Accounts.open(tx, 5, "barbara", 0);
            Thread.sleep(600);
        }));
        assertTrue(idle.getMessage().contains("400 ms timeout"), idle.getMessage());
        assertEquals(List.of("ada", "grace"), Accounts.owners(db));
    }

    @OnEveryDialect
    void aTransactionWhoseStatementTimedOutCanOnlyRollBackEvenWhenTheWorkCaughtTheTimeout(TestTarget target) {
        Database db = fresh(target);
        TransactionOptions hurried = TransactionOptions.DEFAULT.statementTimeout(Duration.ofMillis(200));
        StatementTimeoutException refused = assertThrows(StatementTimeoutException.class, () -> db.inTransaction(hurried, tx -> {
            Accounts.open(tx, 3, "alan", 0);
            assertThrows(StatementTimeoutException.class, () -> tx.execute(Accounts.slowStatement(db)));
            Accounts.open(tx, 4, "edsger", 0);
        }));
        assertTrue(refused.getMessage().contains("the transaction can only roll back"), refused.getMessage());

        StatementTimeoutException atCommit = assertThrows(StatementTimeoutException.class, () -> db.inTransaction(hurried, tx -> {
            Accounts.open(tx, 5, "barbara", 0);
            assertThrows(StatementTimeoutException.class, () -> tx.execute(Accounts.slowStatement(db)));
        }));
        assertTrue(atCommit.getMessage().contains("200 ms statement timeout"), atCommit.getMessage());
        assertEquals(List.of("ada", "grace"), Accounts.owners(db));
        db.inTransaction(tx -> Accounts.open(tx, 6, "kathleen", 0));
        assertEquals(List.of("ada", "grace", "kathleen"), Accounts.owners(db));
    }

    @OnEveryDialect
    void aReadOnlyTransactionRejectsAWriteAndLeavesTheConnectionWritable(TestTarget target) {
        Database db = fresh(target);
        try (Database single = TestDatabases.openLike(db, "read-only-java-" + target.name(), 1, builder -> builder)) {
            assertThrows(DataAccessException.class, () -> single.inTransaction(TransactionOptions.DEFAULT.readOnly(), tx -> {
                assertEquals(2L, tx.selectFrom(ACCOUNTS).count());
                Accounts.open(tx, 3, "alan", 0);
            }));
            single.inTransaction(tx -> Accounts.open(tx, 4, "edsger", 0));
        }
        assertEquals(List.of("ada", "grace", "edsger"), Accounts.owners(db));
    }
}
