package dev.quarry.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import dev.quarry.sql.Column;
import dev.quarry.sql.IsolationLevel;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * After-commit and after-rollback callbacks on every database: they run once for the outcome that
 * happened, after the connection went back to the pool, never for a retried attempt or inside a
 * savepoint that rolled back, and a failing one is logged without undoing the commit.
 */
class TransactionCallbackTest {
    static final class Notes extends Table {
        static final Notes NOTES = new Notes();
        final Column<Integer> id = integer("id");
        final Column<Integer> value = integer("value");

        private Notes() {
            super("callback_notes");
            primaryKey(id);
        }
    }

    private static final Notes NOTES = Notes.NOTES;
    private static final TransactionOptions NESTED = TransactionOptions.DEFAULT.propagation(Propagation.NESTED);
    private static final TransactionOptions RETRYING = TransactionOptions.DEFAULT
            .retry(RetryPolicy.onTransientFailure(5, Duration.ofMillis(1), Duration.ofMillis(20)));

    private final List<String> calls = new CopyOnWriteArrayList<>();

    private static Database fresh(TestTarget target) {
        Database db = TestDatabases.of(target);
        db.inTransaction(tx -> {
            tx.dropTableIfExists(NOTES);
            tx.createTable(NOTES);
            tx.insertInto(NOTES).set(NOTES.id, 1).set(NOTES.value, 100).execute();
        });
        return db;
    }

    @OnEveryDialect
    void afterCommitRunsOnceAfterTheCommitAndAfterRollbackDoesNot(TestTarget target) {
        Database db = fresh(target);
        db.inTransaction(tx -> {
            tx.afterCommit(() -> calls.add("committed:" + countOutside(db)));
            tx.afterRollback(() -> calls.add("rolled back"));
            tx.insertInto(NOTES).set(NOTES.id, 2).set(NOTES.value, 7).execute();
            assertEquals(List.of(), calls, "nothing runs before the outcome is known");
        });
        assertEquals(List.of("committed:2"), calls, "the callback runs once and sees the committed row");
    }

    /** The rows of the table, read in a transaction of its own. */
    private static long countOutside(Database db) {
        return db.transaction(other -> other.selectFrom(NOTES).count());
    }

    @OnEveryDialect
    void afterRollbackRunsWhenTheWorkFailsOrIsMarkedRollbackOnly(TestTarget target) {
        Database db = fresh(target);
        assertThrows(IllegalStateException.class, () -> db.inTransaction(tx -> {
            tx.afterCommit(() -> calls.add("committed"));
            tx.afterRollback(() -> calls.add("rolled back after failure"));
            throw new IllegalStateException("the work fails");
        }));
        db.inTransaction(tx -> {
            tx.afterCommit(() -> calls.add("committed"));
            tx.afterRollback(() -> calls.add("rolled back as marked"));
            tx.setRollbackOnly();
        });
        assertEquals(List.of("rolled back after failure", "rolled back as marked"), calls);
    }

    @OnEveryDialect
    void callbacksRunAfterTheConnectionWentBackToThePool(TestTarget target) {
        fresh(target);
        Database single = TestDatabases.openLike(TestDatabases.of(target), "callbacks-single-" + target.name(), 1,
                builder -> builder.connectionTimeout(Duration.ofMillis(500)));
        try {
            single.inTransaction(tx -> tx.afterCommit(() -> calls.add("rows " + countOutside(single))));
            assertEquals(List.of("rows 1"), calls, "the only connection was free for the callback's own transaction");
        } finally {
            single.close();
        }
    }

    @OnEveryDialect
    void aNestedTransactionThatRollsBackDiscardsItsCallbacks(TestTarget target) {
        Database db = fresh(target);
        db.inTransaction(tx -> {
            tx.afterCommit(() -> calls.add("outer"));
            assertThrows(IllegalStateException.class, () -> db.inTransaction(NESTED, inner -> {
                inner.afterCommit(() -> calls.add("rolled-back nested"));
                inner.afterRollback(() -> calls.add("rolled-back nested, on rollback"));
                throw new IllegalStateException("the nested work fails");
            }));
            db.inTransaction(NESTED, inner -> inner.afterCommit(() -> calls.add("released nested")));
            db.inTransaction(joined -> joined.afterCommit(() -> calls.add("joined")));
        });
        assertEquals(List.of("outer", "released nested", "joined"), calls);
    }

    @OnEveryDialect
    void theCallbacksOfARetriedAttemptNeverRun(TestTarget target) {
        Database db = fresh(target);
        Database conflicting = Accounts.snapshotIsolated(db, "callbacks-snapshot-" + target.name());
        AtomicInteger attempts = new AtomicInteger();
        conflicting.inTransaction(RETRYING.isolation(IsolationLevel.REPEATABLE_READ), tx -> {
            int attempt = attempts.incrementAndGet();
            tx.afterCommit(() -> calls.add("commit of attempt " + attempt));
            tx.afterRollback(() -> calls.add("rollback of attempt " + attempt));
            int seen = tx.selectFrom(NOTES).where(NOTES.id.eq(1)).fetchOne().get(NOTES.value);
            if (attempt == 1) {
                conflicting.inTransaction(TransactionOptions.DEFAULT.propagation(Propagation.REQUIRES_NEW), other ->
                        other.update(NOTES).set(NOTES.value, NOTES.value.add(50)).where(NOTES.id.eq(1)).execute());
            }
            tx.update(NOTES).set(NOTES.value, seen + 10).where(NOTES.id.eq(1)).execute();
        });
        assertEquals(2, attempts.get(), "the first attempt met a serialization failure and was run again");
        assertEquals(List.of("commit of attempt 2"), calls);
        if (conflicting != db) {
            conflicting.close();
        }
    }

    @OnEveryDialect
    void theLastFailedAttemptRunsItsRollbackCallbacks(TestTarget target) {
        Database db = fresh(target);
        assertThrows(UniqueViolationException.class, () -> db.inTransaction(RETRYING, tx -> {
            tx.afterRollback(() -> calls.add("rolled back"));
            tx.insertInto(NOTES).set(NOTES.id, 1).set(NOTES.value, 1).execute();
        }));
        assertEquals(List.of("rolled back"), calls, "a failure that is not retried ends the transaction for good");
    }

    @OnEveryDialect
    void aFailingAfterCommitCallbackIsLoggedAndTheCommitStands(TestTarget target) {
        Database db = fresh(target);
        try (CapturedLog log = CapturedLog.start()) {
            db.inTransaction(tx -> {
                tx.insertInto(NOTES).set(NOTES.id, 3).set(NOTES.value, 3).execute();
                tx.afterCommit(() -> {
                    throw new IllegalStateException("the mail server is down");
                });
                tx.afterCommit(() -> calls.add("second callback"));
            });
            assertEquals(List.of("second callback"), calls, "the other callbacks still run");
            assertEquals(2L, countOutside(db), "the commit stands");
            List<String> errors = log.lines("dev.quarry.transaction", Level.ERROR);
            assertEquals(1, errors.size(), errors.toString());
            assertTrue(errors.get(0).contains("after-commit callback"), errors.get(0));
            assertTrue(log.allText().stream().anyMatch(line -> line.contains("the mail server is down")), "the cause is logged");
        }
    }

    @OnEveryDialect
    void asyncTransactionsRunTheirCallbacksBeforeTheFutureCompletes(TestTarget target) throws Exception {
        Database db = fresh(target);
        db.transactionAsync(tx -> {
            tx.afterCommit(() -> calls.add("committed"));
            return tx.insertInto(NOTES).set(NOTES.id, 4).set(NOTES.value, 4).execute();
        }).get(30, TimeUnit.SECONDS);
        assertEquals(List.of("committed"), calls);
    }

    @OnEveryDialect
    void aCallbackCannotBeRegisteredOnceTheTransactionEnded(TestTarget target) {
        Database db = fresh(target);
        Transaction ended = db.transaction(tx -> tx);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ended.afterCommit(() -> { }));
        assertTrue(refused.getMessage().contains("has already been committed"), refused.getMessage());
    }
}
