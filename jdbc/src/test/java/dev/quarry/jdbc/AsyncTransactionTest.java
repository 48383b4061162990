package dev.quarry.jdbc;

import static dev.quarry.jdbc.Accounts.ACCOUNTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.sql.IsolationLevel;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code db.transactionAsync(options, tx -> …)}: futures on the database's executor. */
class AsyncTransactionTest {

    private static Database fresh(TestTarget target) {
        return Accounts.fresh(TestDatabases.of(target));
    }

    @OnEveryDialect
    void manyMoreTransactionsThanConnectionsCompleteWithoutHoldingThreadsWhileTheyWait(TestTarget target) {
        Database db = fresh(target);
        List<CompletableFuture<String>> futures = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            int id = 100 + n;
            futures.add(db.transactionAsync(tx -> {
                Accounts.open(tx, id, "async " + id, 0);
                return tx.selectFrom(ACCOUNTS).where(ACCOUNTS.id.eq(id)).fetchOne().get(ACCOUNTS.owner);
            }));
        }
        assertTrue(db.internals().executor() instanceof java.util.concurrent.ThreadPoolExecutor pool
                && pool.getMaximumPoolSize() == TestDatabases.POOL_SIZE);
        assertEquals(200, futures.stream().map(CompletableFuture::join).distinct().count());
        assertEquals(202L, (long) db.transaction(tx -> tx.selectFrom(ACCOUNTS).count()));
    }

    @OnEveryDialect
    void optionsApplyAndTheFutureFailsAsTheBlockingCallWouldThrow(TestTarget target) {
        Database db = fresh(target);
        ExecutionException readOnly = assertThrows(ExecutionException.class, () ->
                db.transactionAsync(TransactionOptions.DEFAULT.readOnly(), tx -> {
                    Accounts.open(tx, 3, "alan", 0);
                    return null;
                }).get(30, TimeUnit.SECONDS));
        assertInstanceOf(DataAccessException.class, readOnly.getCause());

        AtomicInteger attempts = new AtomicInteger();
        ExecutionException duplicate = assertThrows(ExecutionException.class, () ->
                db.transactionAsync(TransactionOptions.DEFAULT.retry(RetryPolicy.onTransientFailure()), tx -> {
                    attempts.incrementAndGet();
                    Accounts.open(tx, 1, "duplicate", 0);
                    return null;
                }).get(30, TimeUnit.SECONDS));
        assertInstanceOf(DataAccessException.class, duplicate.getCause());
        assertEquals(1, attempts.get());
        assertEquals(List.of("ada", "grace"), Accounts.owners(db));
    }

    @OnEveryDialect
    void retryAfterASerializationFailureWaitsWithoutAThread(TestTarget target) throws Exception {
        Database db = fresh(target);
        Database conflicting = Accounts.snapshotIsolated(db, "snapshot-isolated-async");
        AtomicInteger attempts = new AtomicInteger();
        TransactionOptions options = TransactionOptions.DEFAULT.isolation(IsolationLevel.REPEATABLE_READ)
                .retry(RetryPolicy.onTransientFailure(3, Duration.ofMillis(5), Duration.ofMillis(50)));
        conflicting.transactionAsync(options, tx -> {
            int attempt = attempts.incrementAndGet();
            int seen = tx.selectFrom(ACCOUNTS).where(ACCOUNTS.id.eq(1)).fetchOne().get(ACCOUNTS.balance);
            if (attempt == 1) {
                conflicting.transactionAsync(other -> other.update(ACCOUNTS)
                        .set(ACCOUNTS.balance, ACCOUNTS.balance.add(50)).where(ACCOUNTS.id.eq(1)).execute()).join();
            }
            return tx.update(ACCOUNTS).set(ACCOUNTS.balance, seen + 10).where(ACCOUNTS.id.eq(1)).execute();
        }).get(30, TimeUnit.SECONDS);
        assertEquals(2, attempts.get());
        assertEquals(160, Accounts.balanceOf(db, 1));
        if (conflicting != db) {
            conflicting.close();
        }
    }

    @OnEveryDialect
    void cancellingTheFutureCancelsTheStatementOnTheServerAndRollsBack(TestTarget target) throws Exception {
        Database db = fresh(target);
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<Integer> future = db.transactionAsync(tx -> {
            Accounts.open(tx, 3, "alan", 0);
            running.countDown();
            return tx.execute(Accounts.slowStatement(db));
        });
        assertTrue(running.await(30, TimeUnit.SECONDS));
        Thread.sleep(300);
        assertTrue(future.cancel(true));
        assertThrows(CancellationException.class, future::join);
        // The statement would run for a minute; cancelled on the server, its connection is back at once.
        assertTrue(db.internals().awaitIdle(Duration.ofSeconds(10)), db.internals().usage());
        assertEquals(List.of("ada", "grace"), Accounts.owners(db));
    }

    @OnEveryDialect
    void cancellingAWaitingFutureWithdrawsItsRequest(TestTarget target) throws Exception {
        Database db = fresh(target);
        CountDownLatch holding = new CountDownLatch(TestDatabases.POOL_SIZE);
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<Object>> holders = new ArrayList<>();
        for (int n = 0; n < TestDatabases.POOL_SIZE; n++) {
            holders.add(db.transactionAsync(tx -> {
                holding.countDown();
                release.await();
                return null;
            }));
        }
        assertTrue(holding.await(30, TimeUnit.SECONDS));
        AtomicInteger ran = new AtomicInteger();
        CompletableFuture<Object> waiting = db.transactionAsync(tx -> ran.incrementAndGet());
        assertEquals(1, db.internals().gate().waiting());
        assertTrue(waiting.cancel(true));
        assertEquals(0, db.internals().gate().waiting());
        release.countDown();
        CompletableFuture.allOf(holders.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertEquals(0, ran.get());
    }
}
