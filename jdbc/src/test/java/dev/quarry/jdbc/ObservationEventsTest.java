package dev.quarry.jdbc;

import static dev.quarry.jdbc.LoggedItems.ITEMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.observation.TransactionObserver;
import dev.quarry.render.StatementFingerprint;
import dev.quarry.sql.IsolationLevel;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The events a {@link dev.quarry.jdbc.observation.DatabaseObserver} gets from {@code db.transaction}, on every database. */
class ObservationEventsTest {
    private static final List<String> THREE_STATEMENTS = List.of("connection 1", "statement insert obs_items 1",
            "statement select obs_items 3", "statement update obs_items 1", "ended COMMITTED 1");

    private final RecordingObserver observer = new RecordingObserver();

    private Database open(TestTarget target, String name) {
        Database db = ObserverScenarios.open(target, name, builder -> builder.observer(observer));
        observer.clear();
        return db;
    }

    static void threeStatements(Transaction tx) {
        LoggedItems.add(tx, 3, "plum", 1);
        tx.selectFrom(ITEMS).fetch();
        tx.update(ITEMS).set(ITEMS.quantity, 9).where(ITEMS.id.eq(3)).execute();
    }

    @OnEveryDialect
    void aCommittedTransactionReportsItsConnectionStatementsAndEndOnTheCallersThread(TestTarget target) {
        Database db = open(target, "events-commit");
        db.inTransaction(ObservationEventsTest::threeStatements);
        RecordingObserver.Recorded recorded = observer.only();
        assertEquals(THREE_STATEMENTS, recorded.events());
        assertSame(Thread.currentThread(), recorded.startedOn());
        assertSame(db, recorded.start().database());
    }

    @OnEveryDialect
    void aFailedBlockEndsRolledBackWithItsFailure(TestTarget target) {
        Database db = open(target, "events-rollback");
        assertThrows(IllegalStateException.class, () -> db.inTransaction(tx -> {
            LoggedItems.add(tx, 3, "plum", 1);
            throw new IllegalStateException("the work fails");
        }));
        assertEquals(List.of("connection 1", "statement insert obs_items 1", "ended ROLLED_BACK 1 IllegalStateException"),
                observer.only().events());
    }

    @OnEveryDialect
    void aRollbackOnlyTransactionEndsRolledBackWithoutAFailure(TestTarget target) {
        Database db = open(target, "events-rollback-only");
        db.inTransaction(tx -> {
            LoggedItems.add(tx, 3, "plum", 1);
            tx.setRollbackOnly();
        });
        assertEquals(List.of("connection 1", "statement insert obs_items 1", "ended ROLLED_BACK 1"), observer.only().events());
    }

    @OnEveryDialect
    void aFailingNestedBlockShowsAsSavepointsAndAJoinedOneAsNothing(TestTarget target) {
        Database db = open(target, "events-nested");
        db.inTransaction(tx -> {
            db.inTransaction(joined -> LoggedItems.add(joined, 3, "plum", 1));
            assertThrows(UniqueViolationException.class,
                    () -> db.inTransaction(ObserverScenarios.NESTED, nested -> LoggedItems.add(nested, 1, "again", 1)));
        });
        assertEquals(List.of("connection 1", "statement insert obs_items 1", "savepoint SET", "statement insert obs_items failed",
                "savepoint ROLLED_BACK", "ended COMMITTED 1"), observer.only().events());
    }

    @OnEveryDialect
    void aRetriedTransactionIsOneTransactionOfTwoAttempts(TestTarget target) {
        Database db = open(target, "events-retry");
        ObserverScenarios.serializationConflict(db);
        List<RecordingObserver.Recorded> transactions = observer.transactions();
        assertEquals(2, transactions.size(), transactions::toString);
        List<String> begin = db.dialect().transactionStart(IsolationLevel.REPEATABLE_READ, false).stream()
                .map(sql -> "statement " + StatementFingerprint.of(sql).name() + " 0").toList();
        List<String> retried = transactions.get(0).events();
        List<String> firstAttempt = new ArrayList<>(List.of("connection 1"));
        firstAttempt.addAll(begin);
        firstAttempt.add("statement select obs_items 1");
        assertEquals(firstAttempt, retried.subList(0, firstAttempt.size()));
        int failed = retried.indexOf("attempt 1 failed");
        assertTrue(failed >= firstAttempt.size(), retried::toString);
        List<String> secondAttempt = new ArrayList<>(List.of("connection 2"));
        secondAttempt.addAll(begin);
        secondAttempt.addAll(List.of("statement select obs_items 1", "statement update obs_items 1", "ended COMMITTED 2"));
        assertEquals(secondAttempt, retried.subList(failed + 1, retried.size()));
        assertEquals(List.of("connection 1", "statement update obs_items 1", "ended COMMITTED 1"), transactions.get(1).events());
    }

    @OnEveryDialect
    void aTransactionPastItsTimeoutEndsTimedOut(TestTarget target) {
        Database db = open(target, "events-timeout");
        assertThrows(TransactionTimeoutException.class, () -> ObserverScenarios.timeOut(db));
        List<String> events = observer.only().events();
        assertEquals("ended TIMED_OUT 1 TransactionTimeoutException", events.get(events.size() - 1), events::toString);
    }

    @OnEveryDialect
    void aTransactionThatGetsNoConnectionEndsWithoutOne(TestTarget target) throws Exception {
        Database db = ObserverScenarios.open(target, "events-pool", builder -> builder.observer(observer)
                .connectionTimeout(Duration.ofMillis(250)));
        CountDownLatch holding = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<Void>> holders = List.of(1, 2).stream().map(n -> db.transactionAsync(tx -> {
            holding.countDown();
            release.await(30, TimeUnit.SECONDS);
            return (Void) null;
        })).toList();
        try {
            assertTrue(holding.await(30, TimeUnit.SECONDS));
            observer.clear();
            assertThrows(ConnectionUnavailableException.class, () -> db.transaction(tx -> tx.selectFrom(ITEMS).count()));
            assertEquals(List.of("ended ROLLED_BACK 1 ConnectionUnavailableException"), observer.only().events());
        } finally {
            release.countDown();
            CompletableFuture.allOf(holders.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        }
    }

    @OnEveryDialect
    void anObserverThatThrowsFailsNothingAndTheOthersAreStillTold(TestTarget target) {
        Database db = ObserverScenarios.open(target, "events-throwing", builder -> builder
                .observer(start -> {
                    throw new IllegalStateException("an observer that cannot start");
                })
                .observer(start -> new TransactionObserver() {
                    @Override
                    public void statementExecuted(ExecutedStatement statement) {
                        throw new IllegalStateException("an observer that fails on each statement");
                    }
                })
                .observer(observer));
        observer.clear();
        db.inTransaction(ObservationEventsTest::threeStatements);
        assertEquals(THREE_STATEMENTS, observer.only().events());
        long plums = db.transaction(tx -> tx.selectFrom(ITEMS).where(ITEMS.id.eq(3)).count());
        assertEquals(1L, plums);
    }

    @OnEveryDialect
    void anAsyncTransactionStartsOnTheCallersThreadAndReportsTheSameEvents(TestTarget target) throws Exception {
        Database db = open(target, "events-async");
        db.transactionAsync(tx -> {
            threeStatements(tx);
            return null;
        }).get(30, TimeUnit.SECONDS);
        RecordingObserver.Recorded recorded = observer.lastEnded(Duration.ofSeconds(10));
        assertEquals(THREE_STATEMENTS, recorded.events());
        assertSame(Thread.currentThread(), recorded.startedOn());

        observer.clear();
        CompletableFuture<Object> failing = db.transactionAsync(tx -> {
            LoggedItems.add(tx, 4, "fig", 1);
            throw new IllegalStateException("the async work fails");
        });
        assertThrows(Exception.class, () -> failing.get(30, TimeUnit.SECONDS));
        assertEquals(List.of("connection 1", "statement insert obs_items 1", "ended ROLLED_BACK 1 IllegalStateException"),
                observer.lastEnded(Duration.ofSeconds(10)).events());
    }

    @OnEveryDialect
    void aCancelledFutureEndsCancelled(TestTarget target) throws Exception {
        Database db = open(target, "events-cancel");
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<Integer> future = db.transactionAsync(tx -> {
            LoggedItems.add(tx, 3, "plum", 1);
            running.countDown();
            return tx.execute(Accounts.slowStatement(db));
        });
        assertTrue(running.await(30, TimeUnit.SECONDS));
        Thread.sleep(300);
        assertTrue(future.cancel(true));
        List<String> events = observer.lastEnded(Duration.ofSeconds(10)).events();
        assertEquals(List.of("connection 1", "statement insert obs_items 1"), events.subList(0, 2));
        assertEquals("ended CANCELLED 1 CancellationException", events.get(events.size() - 1), events::toString);
    }
}
