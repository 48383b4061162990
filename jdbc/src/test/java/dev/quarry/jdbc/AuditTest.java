package dev.quarry.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.audit.AuditLog;
import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit log on every database: each inserted, updated and deleted row of an audited table gets
 * one audit row in the same transaction, with exact before and after images (sensitive values
 * masked), the actor and the time; bulk statements audit every row, a rollback leaves none, and
 * concurrent writers leave a chain of images without gaps.
 */
class AuditTest {
    static final class Ledger extends Table {
        static final Ledger LEDGER = new Ledger();
        final Column<Long> id = bigint("id").autoIncrement();
        final Column<String> owner = varchar("owner", 32);
        final Column<Integer> balance = integer("balance");
        final Column<String> pin = varchar("pin", 16).sensitive();

        private Ledger() {
            super("audit_ledger");
            audited();
        }
    }

    static final class Keyless extends Table {
        static final Keyless KEYLESS = new Keyless();
        final Column<Integer> value = integer("value");

        private Keyless() {
            super("audit_keyless");
            audited();
        }
    }

    private static final Ledger LEDGER = Ledger.LEDGER;
    private static final AuditLog LOG = AuditLog.TABLE;
    private static final TransactionOptions RETRYING = TransactionOptions.DEFAULT
            .retry(RetryPolicy.onTransientFailure(30, Duration.ofMillis(1), Duration.ofMillis(30)));

    private final AtomicReference<String> actor = new AtomicReference<>("alice");

    private Database open(TestTarget target) {
        Database db = TestDatabases.openLike(TestDatabases.of(target), "audit-" + target.name(), 4,
                builder -> builder.auditActor(actor::get));
        db.inTransaction(tx -> {
            tx.dropTableIfExists(LEDGER);
            tx.dropTableIfExists(LOG);
            tx.createTableIfNotExists(LEDGER);
        });
        return db;
    }

    private static long open(Transaction tx, String owner, int balance) {
        return tx.insertInto(LEDGER).set(LEDGER.owner, owner).set(LEDGER.balance, balance).set(LEDGER.pin, "1234")
                .executeAndGetId();
    }

    private static List<Row> entries(Database db) {
        return db.transaction(tx -> tx.selectFrom(LOG).orderBy(LOG.id.asc()).fetch());
    }

    private static String image(long id, String owner, int balance) {
        return "{\"id\":" + id + ",\"owner\":\"" + owner + "\",\"balance\":" + balance + ",\"pin\":\"***\"}";
    }

    @OnEveryDialect
    void insertUpdateAndDeleteEachWriteExactImagesInTheSameTransaction(TestTarget target) {
        try (Database db = open(target)) {
            Instant before = Instant.now().minusSeconds(5);
            long id = db.transaction(tx -> {
                long created = open(tx, "ada", 100);
                tx.update(LEDGER).set(LEDGER.balance, 150).where(LEDGER.id.eq(created)).execute();
                actor.set("bob");
                tx.deleteFrom(LEDGER).where(LEDGER.id.eq(created)).execute();
                return created;
            });
            List<Row> entries = entries(db);
            assertEquals(List.of("INSERT", "UPDATE", "DELETE"), entries.stream().map(row -> row.get(LOG.action)).toList());
            entries.forEach(row -> {
                assertEquals("audit_ledger", row.get(LOG.tableName));
                assertEquals("{\"id\":" + id + "}", row.get(LOG.rowKey));
                assertTrue(row.get(LOG.occurredAt).isAfter(before), "the time of the change");
            });
            assertNull(entries.get(0).get(LOG.beforeImage));
            assertEquals(image(id, "ada", 100), entries.get(0).get(LOG.afterImage));
            assertEquals(image(id, "ada", 100), entries.get(1).get(LOG.beforeImage));
            assertEquals(image(id, "ada", 150), entries.get(1).get(LOG.afterImage));
            assertEquals(image(id, "ada", 150), entries.get(2).get(LOG.beforeImage));
            assertNull(entries.get(2).get(LOG.afterImage));
            assertEquals(List.of("alice", "alice", "bob"), entries.stream().map(row -> row.get(LOG.actor)).toList());
        }
    }

    @OnEveryDialect
    void auditedInsertsStillReturnWhatTheCallerAskedFor(TestTarget target) {
        try (Database db = open(target)) {
            List<Row> returned = db.transaction(tx -> tx.insertInto(LEDGER).set(LEDGER.owner, "grace")
                    .set(LEDGER.balance, 7).set(LEDGER.pin, "0000").returning(LEDGER.owner).fetch());
            assertEquals(1, returned.size());
            assertEquals("grace", returned.get(0).get(LEDGER.owner));
            assertThrows(IllegalArgumentException.class, () -> returned.get(0).get(LEDGER.balance),
                    "the row holds what the caller's RETURNING named, nothing more");
            int count = db.transaction(tx -> tx.insertInto(LEDGER).rows(List.of("x", "y"), (row, owner) ->
                    row.set(LEDGER.owner, owner).set(LEDGER.balance, 1).set(LEDGER.pin, "9")).execute());
            assertEquals(2, count);
            assertEquals(3, entries(db).size());
        }
    }

    @OnEveryDialect
    void aBulkUpdateAndABulkDeleteAuditEveryAffectedRow(TestTarget target) {
        int rows = 60;
        try (Database db = open(target)) {
            db.inTransaction(tx -> tx.insertInto(LEDGER).rows(java.util.stream.IntStream.range(0, rows).boxed().toList(),
                    (row, n) -> row.set(LEDGER.owner, "owner" + n).set(LEDGER.balance, n).set(LEDGER.pin, "p")).execute());
            int updated = db.transaction(tx -> tx.update(LEDGER).set(LEDGER.balance, LEDGER.balance.add(1000))
                    .where(LEDGER.balance.ge(10)).execute());
            int deleted = db.transaction(tx -> tx.deleteFrom(LEDGER).where(LEDGER.balance.lt(10)).execute());
            assertEquals(rows - 10, updated);
            assertEquals(10, deleted);
            List<Row> updates = entries(db).stream().filter(row -> row.get(LOG.action).equals("UPDATE")).toList();
            assertEquals(rows - 10, updates.size());
            for (Row update : updates) {
                int balanceBefore = balanceIn(update.get(LOG.beforeImage));
                assertEquals(balanceBefore + 1000, balanceIn(update.get(LOG.afterImage)), update.get(LOG.rowKey));
            }
            assertEquals(10, entries(db).stream().filter(row -> row.get(LOG.action).equals("DELETE")).count());
        }
    }

    @OnEveryDialect
    void aRollbackLeavesNoAuditRows(TestTarget target) {
        try (Database db = open(target)) {
            assertThrows(IllegalStateException.class, () -> db.inTransaction(tx -> {
                long id = open(tx, "ada", 1);
                tx.update(LEDGER).set(LEDGER.balance, 2).where(LEDGER.id.eq(id)).execute();
                assertEquals(2, tx.selectFrom(LOG).count(), "written in the transaction");
                throw new IllegalStateException("roll back");
            }));
            assertEquals(List.of(), entries(db));
        }
    }

    @OnEveryDialect
    void concurrentWritersLeaveAnUnbrokenChainOfImages(TestTarget target) throws Exception {
        int writers = 4;
        int changesEach = 8;
        try (Database db = open(target)) {
            long id = db.transaction(tx -> open(tx, "shared", 0));
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int writer = 0; writer < writers; writer++) {
                    done.add(pool.submit(() -> {
                        for (int change = 0; change < changesEach; change++) {
                            db.inTransaction(RETRYING, tx -> tx.update(LEDGER).set(LEDGER.balance, LEDGER.balance.add(1))
                                    .where(LEDGER.id.eq(id)).execute());
                        }
                        return null;
                    }));
                }
                for (Future<?> writer : done) {
                    writer.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            List<Row> updates = entries(db).stream().filter(row -> row.get(LOG.action).equals("UPDATE")).toList();
            assertEquals(writers * changesEach, updates.size(), "one audit row per committed change, none for retried attempts");
            for (int i = 0; i < updates.size(); i++) {
                assertEquals(i, balanceIn(updates.get(i).get(LOG.beforeImage)), "change " + i + " saw the one before it");
                assertEquals(i + 1, balanceIn(updates.get(i).get(LOG.afterImage)));
            }
        }
    }

    @OnEveryDialect
    void tablesWithoutAKeyAreRefusedClearly(TestTarget target) {
        try (Database db = open(target)) {
            IllegalStateException keyless = assertThrows(IllegalStateException.class, () -> db.inTransaction(tx ->
                    tx.deleteFrom(Keyless.KEYLESS).execute()));
            assertTrue(keyless.getMessage().contains("has no primary key"), keyless.getMessage());
        }
    }

    private static final Pattern BALANCE = Pattern.compile("\"balance\":(-?\\d+)");

    private static int balanceIn(String image) {
        Matcher matcher = BALANCE.matcher(image);
        assertTrue(matcher.find(), image);
        return Integer.parseInt(matcher.group(1));
    }
}
