package dev.quarry.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.sql.Column;
import dev.quarry.sql.IsolationLevel;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Each failure the databases report in their own ways, provoked for real on every database, comes
 * out as the same typed exception, naming the constraint and column where the database does, with
 * {@link DataAccessException#isTransient()} telling whether running the transaction again may help.
 */
class TypedFailureTest {

    static final class Members extends Table {
        static final Members MEMBERS = new Members();
        final Column<Integer> id = integer("id");
        final Column<String> email = varchar("email", 64).unique();
        final Column<Integer> age = integer("age");

        private Members() {
            super("typed_members");
            primaryKey(id);
            check("ck_typed_members_age", age.ge(0));
        }
    }

    static final class Cards extends Table {
        static final Cards CARDS = new Cards();
        final Column<Integer> id = integer("id");
        final Column<Integer> memberId = integer("member_id").references(Members.MEMBERS.id);

        private Cards() {
            super("typed_cards");
            primaryKey(id);
        }
    }

    private static final Members MEMBERS = Members.MEMBERS;
    private static final Cards CARDS = Cards.CARDS;

    private static Database fresh(TestTarget target) {
        Database db = TestDatabases.of(target);
        db.inTransaction(tx -> {
            tx.dropTableIfExists(CARDS);
            tx.dropTableIfExists(MEMBERS);
            tx.createTable(MEMBERS);
            tx.createTable(CARDS);
            join(tx, 1, "ada@example.org");
            join(tx, 2, "grace@example.org");
        });
        return db;
    }

    private static void join(Transaction tx, int id, String email) {
        tx.insertInto(MEMBERS).set(MEMBERS.id, id).set(MEMBERS.email, email).set(MEMBERS.age, 30).execute();
    }

    private static boolean isSqlite(Database db) {
        return db.dialect().name().equals("sqlite");
    }

    @OnEveryDialect
    void constraintViolationsNameTheirConstraintAndColumnWhereTheDatabaseDoes(TestTarget target) {
        Database db = fresh(target);
        UniqueViolationException unique = assertThrows(UniqueViolationException.class,
                () -> db.inTransaction(tx -> join(tx, 3, "ada@example.org")));
        if (isSqlite(db)) {
            assertNull(unique.constraint(), "SQLite names the column, not the constraint");
            assertEquals("email", unique.column());
        } else {
            assertEquals("uq_typed_members_email", unique.constraint());
        }
        assertFalse(unique.isTransient());

        ForeignKeyViolationException foreignKey = assertThrows(ForeignKeyViolationException.class, () -> db.inTransaction(
                tx -> tx.insertInto(CARDS).set(CARDS.id, 1).set(CARDS.memberId, 99).execute()));
        assertEquals(isSqlite(db) ? null : "fk_typed_cards_member_id", foreignKey.constraint());

        CheckViolationException check = assertThrows(CheckViolationException.class, () -> db.inTransaction(
                tx -> tx.update(MEMBERS).set(MEMBERS.age, -1).where(MEMBERS.id.eq(1)).execute()));
        assertEquals("ck_typed_members_age", check.constraint());

        NotNullViolationException notNull = assertThrows(NotNullViolationException.class, () -> db.inTransaction(
                tx -> tx.execute("INSERT INTO typed_members (id, email, age) VALUES (?, NULL, ?)", 3, 30)));
        assertEquals("email", notNull.column());
        assertTrue(notNull.getMessage().contains("INSERT INTO typed_members"), notNull.getMessage());
        assertFalse(notNull.getMessage().contains("SQLState null"), notNull.getMessage());
        assertEquals(List.of(1, 2), db.transaction(tx -> tx.selectFrom(MEMBERS).orderBy(MEMBERS.id.asc()).fetch())
                .stream().map(row -> row.get(MEMBERS.id)).toList());
    }

    /** Two transactions that each lock one row and then want the other's. */
    @OnEveryDialect
    void crossedLocksAreADeadlockExceptOnSqliteWhichTakesWritesOneAtATime(TestTarget target) throws Exception {
        Database db = fresh(target);
        CountDownLatch bothLocked = new CountDownLatch(2);
        Function<int[], CompletableFuture<Integer>> crossing = order -> db.transactionAsync(tx -> {
            tx.update(MEMBERS).set(MEMBERS.age, 40).where(MEMBERS.id.eq(order[0])).execute();
            bothLocked.countDown();
            // SQLite lets the second writer in only after the first commits, so nobody waits here for it.
            bothLocked.await(isSqlite(db) ? 200 : 10_000, TimeUnit.MILLISECONDS);
            return tx.update(MEMBERS).set(MEMBERS.age, 41).where(MEMBERS.id.eq(order[1])).execute();
        });
        CompletableFuture<Integer> first = crossing.apply(new int[] {1, 2});
        CompletableFuture<Integer> second = crossing.apply(new int[] {2, 1});
        List<Throwable> failures = new java.util.ArrayList<>();
        for (CompletableFuture<Integer> future : List.of(first, second)) {
            try {
                future.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        if (isSqlite(db)) {
            assertEquals(List.of(), failures, "SQLite takes one writer at a time: both transactions commit");
        } else {
            assertEquals(1, failures.size(), "the database fails one of the two: " + failures);
            DeadlockException deadlock = assertThrows(DeadlockException.class, () -> { throw failures.get(0); });
            assertTrue(deadlock.isTransient());
        }
    }

    /** A transaction reads a row, another changes it and commits, then the first writes it. */
    @OnEveryDialect
    void writingWhatAnotherTransactionChangedSinceItWasReadIsASerializationFailure(TestTarget target) throws Exception {
        Database db = fresh(target);
        // MariaDB refuses such a write only under snapshot isolation (the default from MariaDB 11.6).
        try (Database snapshots = TestDatabases.openLike(db, "serialization-" + target.name(), 2,
                builder -> db.dialect().name().equals("mariadb")
                        ? builder.property("sessionVariables", "innodb_snapshot_isolation=ON") : builder)) {
            TransactionOptions repeatable = TransactionOptions.DEFAULT.isolation(IsolationLevel.REPEATABLE_READ);
            SerializationFailureException conflict = assertThrows(SerializationFailureException.class,
                    () -> snapshots.inTransaction(repeatable, tx -> {
                        tx.selectFrom(MEMBERS).where(MEMBERS.id.eq(1)).fetchOne();
                        snapshots.transactionAsync(other -> other.update(MEMBERS).set(MEMBERS.age, 50)
                                .where(MEMBERS.id.eq(1)).execute()).get(30, TimeUnit.SECONDS);
                        tx.update(MEMBERS).set(MEMBERS.age, 60).where(MEMBERS.id.eq(1)).execute();
                    }));
            assertTrue(conflict.isTransient());
        }
        assertEquals(50, db.transaction(tx -> tx.selectFrom(MEMBERS).where(MEMBERS.id.eq(1)).fetchOne()).get(MEMBERS.age));
    }

    /** A row another transaction holds: NOWAIT on the servers, a short busy timeout on SQLite. */
    @OnEveryDialect
    void aLockNotGrantedInTimeIsALockTimeoutOrOnSqliteABusyDatabase(TestTarget target) throws Exception {
        Database db = fresh(target);
        String url = db.config().url();
        String shortWait = url.startsWith("jdbc:sqlite:") ? url.replaceAll("busy_timeout=\\d+", "busy_timeout=100") : url;
        try (Database other = Database.connect(DatabaseConfig.builder(shortWait).name("lock-wait-" + target.name())
                .poolSize(1).build())) {
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch tried = new CountDownLatch(1);
            CompletableFuture<Integer> holder = db.transactionAsync(tx -> {
                int changed = tx.update(MEMBERS).set(MEMBERS.age, 70).where(MEMBERS.id.eq(1)).execute();
                locked.countDown();
                tried.await(30, TimeUnit.SECONDS);
                return changed;
            });
            assertTrue(locked.await(30, TimeUnit.SECONDS));
            try {
                if (isSqlite(db)) {
                    assertThrows(UnsupportedFeatureException.class,
                            () -> other.transaction(tx -> tx.selectFrom(MEMBERS).forUpdate().noWait().fetch()));
                    DatabaseBusyException busy = assertThrows(DatabaseBusyException.class, () -> other.inTransaction(
                            tx -> tx.update(MEMBERS).set(MEMBERS.age, 71).where(MEMBERS.id.eq(2)).execute()));
                    assertTrue(busy.isTransient());
                } else {
                    LockTimeoutException timeout = assertThrows(LockTimeoutException.class, () -> other.transaction(
                            tx -> tx.selectFrom(MEMBERS).where(MEMBERS.id.eq(1)).forUpdate().noWait().fetch()));
                    assertTrue(timeout.isTransient());
                }
            } finally {
                tried.countDown();
            }
            assertEquals(1, holder.get(30, TimeUnit.SECONDS));
        }
    }
}
