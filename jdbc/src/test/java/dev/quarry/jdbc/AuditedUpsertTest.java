package dev.quarry.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.jdbc.audit.AuditLog;
import dev.quarry.sql.Assignment;
import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Audited upserts on every database (ON CONFLICT on PostgreSQL and SQLite, ON DUPLICATE KEY
 * UPDATE on MySQL/MariaDB): each row the upsert inserts is audited as an INSERT, each row whose
 * values it changes as an UPDATE with its before and after images, and a row it leaves as it was
 * (DO NOTHING, or an update to the same values) writes no audit row.
 */
class AuditedUpsertTest {
    static final class Cards extends Table {
        static final Cards CARDS = new Cards();
        final Column<Long> id = bigint("id").autoIncrement();
        final Column<@Nullable String> number = varchar("number", 16).nullable().unique();
        final Column<String> holder = varchar("holder", 32);
        final Column<Integer> points = integer("points");
        final Column<String> pin = varchar("pin", 8).sensitive();

        private Cards() {
            super("audit_cards");
            audited();
        }
    }

    private static final Cards CARDS = Cards.CARDS;
    private static final AuditLog LOG = AuditLog.TABLE;

    private static Database open(TestTarget target) {
        Database db = TestDatabases.openLike(TestDatabases.of(target), "audit-upsert-" + target.name(), 2, builder -> builder);
        db.inTransaction(tx -> {
            tx.dropTableIfExists(CARDS);
            tx.dropTableIfExists(LOG);
            tx.createTableIfNotExists(CARDS);
            tx.insertInto(CARDS).rows(List.of("A1", "C3"), (row, number) -> row.set(CARDS.number, number)
                    .set(CARDS.holder, "old " + number).set(CARDS.points, 10).set(CARDS.pin, "1111")).execute();
        });
        db.inTransaction(tx -> tx.deleteFrom(LOG).execute());
        return db;
    }

    private static InsertQuery cards(Transaction tx, List<String> numbers, int points) {
        return tx.insertInto(CARDS).rows(numbers, (row, number) -> row.set(CARDS.number, number)
                .set(CARDS.holder, "holder " + number).set(CARDS.points, number.equals("C3") ? 10 : points).set(CARDS.pin, "2222"));
    }

    private static List<Row> entries(Database db) {
        return db.transaction(tx -> tx.selectFrom(LOG).orderBy(LOG.id.asc()).fetch());
    }

    private static String image(long id, String number, String holder, int points) {
        return "{\"id\":" + id + ",\"number\":\"" + number + "\",\"holder\":\"" + holder + "\",\"points\":" + points
                + ",\"pin\":\"***\"}";
    }

    @OnEveryDialect
    void anUpsertAuditsInsertedRowsAsInsertsAndChangedRowsAsUpdates(TestTarget target) {
        try (Database db = open(target)) {
            db.inTransaction(tx -> cards(tx, List.of("A1", "B2"), 50).onConflict(CARDS.number)
                    .doUpdateWithNewValues(CARDS.points).execute());
            long b2 = db.transaction(tx -> tx.selectFrom(CARDS).where(CARDS.number.eq("B2")).fetchOne()).get(CARDS.id);
            List<Row> entries = entries(db);
            assertEquals(List.of("UPDATE", "INSERT"), entries.stream().map(row -> row.get(LOG.action)).toList());
            assertEquals("{\"id\":1}", entries.get(0).get(LOG.rowKey));
            assertEquals(image(1, "A1", "old A1", 10), entries.get(0).get(LOG.beforeImage));
            assertEquals(image(1, "A1", "old A1", 50), entries.get(0).get(LOG.afterImage));
            assertEquals("{\"id\":" + b2 + "}", entries.get(1).get(LOG.rowKey));
            assertNull(entries.get(1).get(LOG.beforeImage));
            assertEquals(image(b2, "B2", "holder B2", 50), entries.get(1).get(LOG.afterImage));
        }
    }

    @OnEveryDialect
    void rowsAnUpsertLeavesAsTheyWereWriteNoAuditRow(TestTarget target) {
        try (Database db = open(target)) {
            db.inTransaction(tx -> cards(tx, List.of("C3"), 10).onConflict(CARDS.number)
                    .doUpdateWithNewValues(CARDS.points).execute());
            db.inTransaction(tx -> cards(tx, List.of("A1", "D4"), 99).onConflict(CARDS.number).doNothing().execute());
            List<Row> entries = entries(db);
            assertEquals(List.of("INSERT"), entries.stream().map(row -> row.get(LOG.action)).toList(),
                    "only D4 was written: C3 was updated to the values it had, A1 was left alone by DO NOTHING");
            assertTrue(entries.get(0).get(LOG.afterImage).contains("\"number\":\"D4\""), entries.get(0).get(LOG.afterImage));
            assertEquals(10, db.transaction(tx -> tx.selectFrom(CARDS).where(CARDS.number.eq("A1")).fetchOne()).get(CARDS.points));
        }
    }

    @OnEveryDialect
    void anUpsertOnThePrimaryKeyAuditsLikeAnyOther(TestTarget target) {
        try (Database db = open(target)) {
            db.inTransaction(tx -> tx.insertInto(CARDS).set(CARDS.id, 2L).set(CARDS.number, "C3")
                    .set(CARDS.holder, "new holder").set(CARDS.points, 10).set(CARDS.pin, "3")
                    .onConflict(CARDS.id).doUpdate(Assignment.excluded(CARDS.holder)).execute());
            List<Row> returned = db.transaction(tx -> tx.selectFrom(CARDS).where(CARDS.id.eq(2L)).fetch());
            assertEquals("new holder", returned.get(0).get(CARDS.holder));
            List<Row> entries = entries(db);
            assertEquals(1, entries.size());
            assertEquals("UPDATE", entries.get(0).get(LOG.action));
            assertEquals(image(2, "C3", "old C3", 10), entries.get(0).get(LOG.beforeImage));
            assertEquals(image(2, "C3", "new holder", 10), entries.get(0).get(LOG.afterImage));
        }
    }

    @OnEveryDialect
    void aRolledBackUpsertLeavesNoAuditRows(TestTarget target) {
        try (Database db = open(target)) {
            assertThrows(IllegalStateException.class, () -> db.inTransaction(tx -> {
                cards(tx, List.of("A1", "E5"), 7).onConflict(CARDS.number).doUpdateWithNewValues(CARDS.points).execute();
                assertEquals(2, tx.selectFrom(LOG).count(), "written in the transaction");
                throw new IllegalStateException("roll back");
            }));
            assertEquals(List.of(), entries(db));
        }
    }

    @OnEveryDialect
    void concurrentUpsertsOfOneRowLeaveAnUnbrokenChainOfImages(TestTarget target) throws Exception {
        int writers = 4;
        int changesEach = 5;
        TransactionOptions retrying = TransactionOptions.DEFAULT
                .retry(RetryPolicy.onTransientFailure(40, Duration.ofMillis(1), Duration.ofMillis(30)));
        try (Database db = open(target)) {
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int writer = 0; writer < writers; writer++) {
                    done.add(pool.submit(() -> {
                        for (int change = 0; change < changesEach; change++) {
                            db.inTransaction(retrying, tx -> cards(tx, List.of("A1"), 0).onConflict(CARDS.number)
                                    .doUpdate(new Assignment<>(CARDS.points, CARDS.points.add(1))).execute());
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
            List<Row> entries = entries(db);
            assertEquals(writers * changesEach, entries.size(), "one audit row per committed upsert, none for retried attempts");
            for (int i = 0; i < entries.size(); i++) {
                assertEquals("UPDATE", entries.get(i).get(LOG.action));
                assertEquals(image(1, "A1", "old A1", 10 + i), entries.get(i).get(LOG.beforeImage), "upsert " + i);
                assertEquals(image(1, "A1", "old A1", 11 + i), entries.get(i).get(LOG.afterImage));
            }
        }
    }

    @OnEveryDialect
    void upsertsWhoseRowsCannotBeFoundAgainAreRefusedBeforeAnythingIsSent(TestTarget target) {
        try (Database db = open(target)) {
            UnsupportedFeatureException keyless = assertThrows(UnsupportedFeatureException.class, () -> db.inTransaction(tx ->
                    tx.insertInto(CARDS).set(CARDS.holder, "x").set(CARDS.points, 1).set(CARDS.pin, "p")
                            .onConflict(CARDS.number).doNothing().execute()));
            assertTrue(keyless.getMessage().contains("an upsert into the audited table audit_cards whose row 0 gives no unique key"
                    + " in full"), keyless.getMessage());
            UnsupportedFeatureException movesKey = assertThrows(UnsupportedFeatureException.class, () -> db.inTransaction(tx ->
                    cards(tx, List.of("A1"), 1).onConflict(CARDS.number).doUpdate(Assignment.of(CARDS.id, 77L)).execute()));
            assertTrue(movesKey.getMessage().contains("whose update sets the primary key column id"), movesKey.getMessage());
            assertEquals(List.of(), entries(db));
            assertEquals(2L, (long) db.transaction(tx -> tx.selectFrom(CARDS).count()));
        }
    }
}
