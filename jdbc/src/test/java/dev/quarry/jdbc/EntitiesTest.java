package dev.quarry.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.List;

/** Entities by key, composite keys and optimistic locking with a version column, on every dialect. */
class EntitiesTest {
    static final Notes NOTES = new Notes();
    static final Seats SEATS = new Seats();
    static final Memos MEMOS = new Memos();

    static final class Notes extends Table {
        final Column<Long> id = bigint("id");
        final Column<String> title = varchar("title", 40);
        final Column<Long> version = bigint("version").version();

        private Notes() {
            super("ent_notes");
            primaryKey(id);
        }
    }

    static final class Seats extends Table {
        final Column<String> row = varchar("seat_row", 2);
        final Column<Integer> number = integer("number");
        final Column<String> holder = varchar("holder", 20);

        private Seats() {
            super("ent_seats");
            primaryKey(row, number);
        }
    }

    static final class Memos extends Table {
        final Column<Long> id = bigint("id").autoIncrement();
        final Column<String> text = varchar("text", 40);
        final Column<Long> version = bigint("version").version();

        private Memos() {
            super("ent_memos");
            primaryKey(id);
        }
    }

    record Note(long id, String title, long version) {
    }

    record Memo(Long id, String text, long version) {
    }

    record Seat(String seatRow, int number, String holder) {
    }

    private static final Entities<Note> NOTE_ENTITIES = Entities.of(NOTES, Note.class);
    private static final Entities<Seat> SEAT_ENTITIES = Entities.of(SEATS, Seat.class);
    private static final Entities<Memo> MEMO_ENTITIES = Entities.of(MEMOS, Memo.class);

    private static Database fresh(TestTarget target) {
        Database db = TestDatabases.of(target);
        db.inTransaction(tx -> {
            tx.dropTableIfExists(NOTES);
            tx.dropTableIfExists(SEATS);
            tx.createTable(NOTES);
            tx.createTable(SEATS);
            NOTE_ENTITIES.insert(tx, new Note(1, "first", 0));
            NOTE_ENTITIES.insert(tx, new Note(2, "second", 0));
        });
        return db;
    }

    @OnEveryDialect
    void entitiesAreFoundUpdatedAndDeletedByKey(TestTarget target) {
        Database db = fresh(target);
        assertEquals(new Note(1, "first", 0), db.transaction(tx -> NOTE_ENTITIES.findById(tx, 1L)));
        assertNull(db.transaction(tx -> NOTE_ENTITIES.findById(tx, 9L)));
        assertEquals(List.of(new Note(1, "first", 0), new Note(2, "second", 0)),
                db.transaction(tx -> NOTE_ENTITIES.findByIds(tx, List.of(2L, 1L, 9L))));
        Note updated = db.transaction(tx -> NOTE_ENTITIES.update(tx, new Note(1, "changed", 0)));
        assertEquals(new Note(1, "changed", 1), updated);
        assertEquals(updated, db.transaction(tx -> NOTE_ENTITIES.findById(tx, 1L)));
        db.inTransaction(tx -> NOTE_ENTITIES.delete(tx, updated));
        assertTrue((boolean) db.transaction(tx -> NOTE_ENTITIES.deleteById(tx, 2L)));
        assertFalse((boolean) db.transaction(tx -> NOTE_ENTITIES.deleteById(tx, 2L)));
        assertEquals(List.of(), db.transaction(tx -> NOTE_ENTITIES.findByIds(tx, List.of(1L, 2L))));
    }

    @OnEveryDialect
    void anInsertReturnsTheRecordAsStoredWithTheKeyTheDatabaseGenerated(TestTarget target) {
        Database db = fresh(target);
        assertEquals(new Note(3, "third", 0), db.transaction(tx -> NOTE_ENTITIES.insert(tx, new Note(3, "third", 0))));
        db.inTransaction(tx -> {
            tx.dropTableIfExists(MEMOS);
            tx.createTable(MEMOS);
        });
        Memo first = db.transaction(tx -> MEMO_ENTITIES.insert(tx, new Memo(null, "first", 0)));
        Memo second = db.transaction(tx -> MEMO_ENTITIES.insert(tx, new Memo(null, "second", 0)));
        assertTrue(first.id() != null && second.id() != null && !first.id().equals(second.id()), first + " " + second);
        assertEquals(new Memo(first.id(), "first", 0), first);
        assertEquals(first, db.transaction(tx -> MEMO_ENTITIES.findById(tx, first.id())));
        assertEquals(second, db.transaction(tx -> MEMO_ENTITIES.findById(tx, second.id())));
        assertEquals(new Memo(first.id(), "changed", 1),
                db.transaction(tx -> MEMO_ENTITIES.update(tx, new Memo(first.id(), "changed", 0))));
    }

    @OnEveryDialect
    void compositeKeysTakeAllTheirValues(TestTarget target) {
        Database db = fresh(target);
        db.inTransaction(tx -> {
            SEAT_ENTITIES.insert(tx, new Seat("A", 1, "Ada"));
            SEAT_ENTITIES.insert(tx, new Seat("A", 2, "Grace"));
            SEAT_ENTITIES.insert(tx, new Seat("B", 1, "Mary"));
        });
        assertEquals(new Seat("A", 2, "Grace"), db.transaction(tx -> SEAT_ENTITIES.findById(tx, "A", 2)));
        assertEquals(List.of(new Seat("A", 1, "Ada"), new Seat("B", 1, "Mary")),
                db.transaction(tx -> SEAT_ENTITIES.findByIds(tx, List.of(List.of("B", 1), List.of("A", 1)))));
        db.inTransaction(tx -> SEAT_ENTITIES.update(tx, new Seat("B", 1, "Emmy")));
        assertEquals("Emmy", db.transaction(tx -> SEAT_ENTITIES.findById(tx, "B", 1)).holder());
        StaleRowException missing = assertThrows(StaleRowException.class,
                () -> db.inTransaction(tx -> SEAT_ENTITIES.update(tx, new Seat("C", 9, "Nobody"))));
        assertEquals("row [C, 9] of ent_seats does not exist; nothing was written", missing.getMessage());
        dev.quarry.InvalidQueryException wrongKey = assertThrows(dev.quarry.InvalidQueryException.class,
                () -> db.transaction(tx -> SEAT_ENTITIES.findById(tx, "A")));
        assertEquals("the primary key of ent_seats has 2 column(s) (seat_row, number), but 1 value(s) were given: [A]",
                wrongKey.getMessage());
    }

    @OnEveryDialect
    void aStaleUpdateFromAnotherTransactionFailsAndChangesNothing(TestTarget target) {
        Database db = fresh(target);
        Note readByA = db.transaction(tx -> NOTE_ENTITIES.findById(tx, 1L));
        Note readByB = db.transaction(tx -> NOTE_ENTITIES.findById(tx, 1L));
        db.inTransaction(tx -> NOTE_ENTITIES.update(tx, new Note(1, "by B", readByB.version())));
        StaleRowException stale = assertThrows(StaleRowException.class,
                () -> db.inTransaction(tx -> NOTE_ENTITIES.update(tx, new Note(1, "by A", readByA.version()))));
        assertEquals("ent_notes", stale.table());
        assertEquals(List.of(1L), stale.key());
        assertEquals("row [1] of ent_notes was changed or deleted by another transaction since it was read at version 0;"
                + " nothing was written", stale.getMessage());
        assertThrows(StaleRowException.class, () -> db.inTransaction(tx -> NOTE_ENTITIES.delete(tx, readByA)));
        assertEquals(new Note(1, "by B", 1), db.transaction(tx -> NOTE_ENTITIES.findById(tx, 1L)));
    }

    @OnEveryDialect
    void twoOverlappingTransactionsWriteTheSameVersionAndTheSecondFails(TestTarget target) {
        Database db = fresh(target);
        if (target.name().equals("sqlite")) {
            // SQLite allows one writer: transaction A's read snapshot keeps B's write from committing under it, so
            // the overlap is tested on PostgreSQL and MySQL/MariaDB; the test above covers SQLite's sequential case.
            assertEquals(new Note(1, "first", 0), db.transaction(tx -> NOTE_ENTITIES.findById(tx, 1L)));
            return;
        }
        TransactionOptions separate = TransactionOptions.DEFAULT.propagation(Propagation.REQUIRES_NEW);
        StaleRowException stale = assertThrows(StaleRowException.class, () -> db.inTransaction(a -> {
            Note readByA = NOTE_ENTITIES.findById(a, 1L);
            Note savedByB = db.transaction(separate, b -> NOTE_ENTITIES.update(b,
                    new Note(1, "by B", NOTE_ENTITIES.findById(b, 1L).version())));
            assertEquals(1L, savedByB.version());
            NOTE_ENTITIES.update(a, new Note(1, "by A", readByA.version()));
        }));
        assertEquals(List.of(1L), stale.key());
        assertEquals(new Note(1, "by B", 1), db.transaction(tx -> NOTE_ENTITIES.findById(tx, 1L)));
    }
}
