package dev.quarry.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Dialects;
import dev.quarry.jdbc.AuditTest.Ledger;
import dev.quarry.jdbc.audit.AuditLog;
import dev.quarry.sql.Select;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.List;

/**
 * Audited inserts where the dialect has no INSERT … RETURNING (MySQL): the rows are read back by
 * the keys they give or by the keys the driver reports, one statement per row whose key is
 * generated. The live MySQL-family servers are MariaDB, which understands the MySQL dialect's SQL,
 * so on the MySQL-family targets these tests write through {@link Dialects#MYSQL} and the path
 * without RETURNING runs for real; on PostgreSQL and SQLite the same scenarios run through their
 * RETURNING and must leave the same audit rows.
 */
class AuditWithoutReturningTest {
    private static final Ledger LEDGER = Ledger.LEDGER;
    private static final AuditLog LOG = AuditLog.TABLE;

    private static Database open(TestTarget target) {
        Database owner = TestDatabases.of(target);
        owner.inTransaction(tx -> {
            tx.dropTableIfExists(LEDGER);
            tx.dropTableIfExists(LOG);
            tx.createTableIfNotExists(LEDGER);
        });
        if (!target.family().equals("mysql")) {
            return TestDatabases.openLike(owner, "audit-keys-" + target.name(), 2, builder -> builder);
        }
        Database mysql = TestDatabases.openLike(owner, "audit-keys-" + target.name(), 2, builder -> builder.dialect(Dialects.MYSQL));
        assertFalse(mysql.dialect().supportsInsertReturning(), "the MySQL dialect, which has no INSERT … RETURNING");
        return mysql;
    }

    private static List<Row> entries(Database db) {
        return db.transaction(tx -> tx.selectFrom(LOG).orderBy(LOG.id.asc()).fetch());
    }

    private static String image(long id, String owner, int balance) {
        return "{\"id\":" + id + ",\"owner\":\"" + owner + "\",\"balance\":" + balance + ",\"pin\":\"***\"}";
    }

    @OnEveryDialect
    void rowsWithGeneratedKeysAreAuditedWithTheKeysTheDatabaseGaveThem(TestTarget target) {
        try (Database db = open(target)) {
            long first = db.transaction(tx -> tx.insertInto(LEDGER).set(LEDGER.owner, "ada").set(LEDGER.balance, 1)
                    .set(LEDGER.pin, "1").executeAndGetId());
            int written = db.transaction(tx -> tx.insertInto(LEDGER).rows(List.of("bob", "cy", "dee"), (row, owner) ->
                    row.set(LEDGER.owner, owner).set(LEDGER.balance, owner.length()).set(LEDGER.pin, "2")).execute());
            assertEquals(3, written);
            List<Row> stored = db.transaction(tx -> tx.selectFrom(LEDGER).orderBy(LEDGER.id.asc()).fetch());
            List<Row> entries = entries(db);
            assertEquals(4, entries.size());
            assertEquals(first, stored.get(0).get(LEDGER.id));
            for (int i = 0; i < stored.size(); i++) {
                Row row = stored.get(i);
                assertEquals("INSERT", entries.get(i).get(LOG.action));
                assertEquals("{\"id\":" + row.get(LEDGER.id) + "}", entries.get(i).get(LOG.rowKey));
                assertNull(entries.get(i).get(LOG.beforeImage));
                assertEquals(image(row.get(LEDGER.id), row.get(LEDGER.owner), row.get(LEDGER.balance)),
                        entries.get(i).get(LOG.afterImage));
            }
            assertEquals(List.of("ada", "bob", "cy", "dee"), stored.stream().map(row -> row.get(LEDGER.owner)).toList());
        }
    }

    @OnEveryDialect
    void rowsThatGiveTheirKeysAreReadBackByThemInOneStatement(TestTarget target) {
        try (Database db = open(target)) {
            db.inTransaction(tx -> {
                tx.insertInto(LEDGER).set(LEDGER.id, 40L).set(LEDGER.owner, "given").set(LEDGER.balance, 4)
                        .set(LEDGER.pin, "4").execute();
                tx.insertInto(LEDGER).set(LEDGER.owner, "generated").set(LEDGER.balance, 5).set(LEDGER.pin, "5").execute();
            });
            db.inTransaction(tx -> tx.insertInto(LEDGER).set(LEDGER.id, 50L).set(LEDGER.owner, "x").set(LEDGER.balance, 6)
                    .set(LEDGER.pin, "6").newRow().set(LEDGER.id, 51L).set(LEDGER.owner, "y").set(LEDGER.balance, 7)
                    .set(LEDGER.pin, "7").execute());
            long generated = db.transaction(tx -> tx.selectFrom(LEDGER).where(LEDGER.owner.eq("generated")).fetchOne())
                    .get(LEDGER.id);
            assertEquals(List.of(image(40, "given", 4), image(generated, "generated", 5), image(50, "x", 6), image(51, "y", 7)),
                    entries(db).stream().map(row -> row.get(LOG.afterImage)).toList());
        }
    }

    @OnEveryDialect
    void aRolledBackInsertLeavesNeitherRowsNorAuditRows(TestTarget target) {
        try (Database db = open(target)) {
            assertThrows(IllegalStateException.class, () -> db.inTransaction(tx -> {
                tx.insertInto(LEDGER).rows(List.of("a", "b"), (row, owner) -> row.set(LEDGER.owner, owner)
                        .set(LEDGER.balance, 1).set(LEDGER.pin, "1")).execute();
                assertEquals(2, tx.selectFrom(LOG).count(), "written in the transaction");
                throw new IllegalStateException("roll back");
            }));
            assertEquals(List.of(), entries(db));
            assertEquals(0L, (long) db.transaction(tx -> tx.selectFrom(LEDGER).count()));
        }
    }

    @OnEveryDialect
    void anInsertSelectIsAuditedWhereTheDatabaseReturnsRowsAndRefusedWhereItCannot(TestTarget target) {
        try (Database db = open(target)) {
            db.inTransaction(tx -> tx.insertInto(LEDGER).set(LEDGER.owner, "src").set(LEDGER.balance, 9).set(LEDGER.pin, "9")
                    .execute());
            Select copy = Select.of(LEDGER.owner, LEDGER.balance, LEDGER.pin).fromTable(LEDGER);
            if (db.dialect().supportsInsertReturning()) {
                db.inTransaction(tx -> tx.insertInto(LEDGER).select(List.of(LEDGER.owner, LEDGER.balance, LEDGER.pin), copy)
                        .execute());
                assertEquals(2, entries(db).size(), "the copied row is audited as well");
                return;
            }
            UnsupportedFeatureException refused = assertThrows(UnsupportedFeatureException.class, () -> db.inTransaction(tx ->
                    tx.insertInto(LEDGER).select(List.of(LEDGER.owner, LEDGER.balance, LEDGER.pin), copy).execute()));
            assertEquals("an INSERT … SELECT into the audited table audit_ledger is not supported on mysql: without INSERT …"
                    + " RETURNING the inserted rows cannot be found again for their audit rows; select the rows first and"
                    + " insert them as values", refused.getMessage());
            assertEquals(1L, (long) db.transaction(tx -> tx.selectFrom(LEDGER).count()), "nothing was sent");
            assertTrue(entries(db).size() == 1);
        }
    }
}
