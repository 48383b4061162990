package dev.quarry.jdbc;

import static dev.quarry.jdbc.People.PEOPLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.InvalidQueryException;
import dev.quarry.InvalidValueException;
import dev.quarry.sql.Condition;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.math.BigDecimal;
import java.util.List;

/** The Java facade end to end: the same test on SQLite, PostgreSQL and MariaDB. */
class JavaFacadeTest {

    private static Database freshPeople(TestTarget target) {
        Database db = TestDatabases.of(target);
        db.inTransaction(tx -> {
            tx.dropTableIfExists(PEOPLE);
            tx.createTable(PEOPLE);
        });
        db.inTransaction(tx -> {
            insert(tx, "Ada", 36, null, true);
            insert(tx, "Grace", 45, 1L, true);
            insert(tx, "Alan", 41, 1L, false);
            insert(tx, "Edsger", 72, 2L, true);
            insert(tx, "Barbara", 17, null, false);
        });
        TestDatabases.drainExecuted();
        return db;
    }

    private static long insert(Transaction tx, String name, int age, Long managerId, boolean active) {
        return tx.insertInto(PEOPLE)
                .set(PEOPLE.name, name)
                .set(PEOPLE.age, age)
                .set(PEOPLE.managerId, managerId)
                .set(PEOPLE.active, active)
                .executeAndGetId();
    }

    private static List<String> names(Database db, Condition condition) {
        return db.transaction(tx -> tx.selectFrom(PEOPLE).where(condition).orderBy(PEOPLE.id.asc()).fetch())
                .stream().map(row -> row.get(PEOPLE.name)).toList();
    }

    @OnEveryDialect
    void insertAndGetIdReturnsTheGeneratedKeysInOrder(TestTarget target) {
        Database db = freshPeople(target);
        long next = db.transaction(tx -> insert(tx, "Linus", 20, null, true));
        assertEquals(6L, next);
        assertEquals(6L, (long) db.transaction(tx -> tx.selectFrom(PEOPLE).count()));
    }

    @OnEveryDialect
    void everyComparisonFilters(TestTarget target) {
        Database db = freshPeople(target);
        assertEquals(List.of("Ada"), names(db, PEOPLE.age.eq(36)));
        assertEquals(List.of("Grace", "Alan", "Edsger", "Barbara"), names(db, PEOPLE.age.ne(36)));
        assertEquals(List.of("Ada", "Barbara"), names(db, PEOPLE.age.lt(41)));
        assertEquals(List.of("Ada", "Alan", "Barbara"), names(db, PEOPLE.age.le(41)));
        assertEquals(List.of("Grace", "Edsger"), names(db, PEOPLE.age.gt(41)));
        assertEquals(List.of("Grace", "Alan", "Edsger"), names(db, PEOPLE.age.ge(41)));
        assertEquals(List.of("Ada", "Alan", "Barbara"), names(db, PEOPLE.age.between(17, 41)));
        assertEquals(List.of("Grace", "Edsger"), names(db, PEOPLE.name.in(List.of("Edsger", "Grace", "Nobody"))));
        assertEquals(List.of(), names(db, PEOPLE.name.in(List.of())));
        assertEquals(List.of("Ada", "Barbara"), names(db, PEOPLE.managerId.isNull()));
        assertEquals(List.of("Grace", "Alan", "Edsger"), names(db, PEOPLE.managerId.isNotNull()));
        assertEquals(List.of("Ada", "Barbara"), names(db, PEOPLE.managerId.eq((Long) null)));
        assertEquals(List.of("Grace", "Alan"), names(db, PEOPLE.managerId.eq(1L)));
        assertEquals(List.of("Ada", "Grace", "Edsger"), names(db, PEOPLE.active.eq(true)));
    }

    @OnEveryDialect
    void likeIsCaseSensitiveAndEqualityIsExactOnEveryDialect(TestTarget target) {
        Database db = freshPeople(target);
        assertEquals(List.of("Ada", "Alan"), names(db, PEOPLE.name.like("A%")));
        assertEquals(List.of(), names(db, PEOPLE.name.like("a%")));
        assertEquals(List.of("Ada"), names(db, PEOPLE.name.like("A_a")));
        assertEquals(List.of("Grace", "Edsger", "Barbara"), names(db, PEOPLE.name.notLike("A%")));
        assertEquals(List.of(), names(db, PEOPLE.name.eq("ada")));
        assertEquals(List.of(), names(db, PEOPLE.name.eq("Ada ")));
    }

    @OnEveryDialect
    void likeEscapesWildcardsWithBackslash(TestTarget target) {
        Database db = freshPeople(target);
        db.inTransaction(tx -> insert(tx, "100%_sure", 1, null, true));
        assertEquals(List.of("100%_sure"), names(db, PEOPLE.name.like("100\\%\\_%")));
        assertEquals(List.of(), names(db, PEOPLE.name.like("10\\%%")));
    }

    @OnEveryDialect
    void nestedAndOrNotFollowThreeValuedLogic(TestTarget target) {
        Database db = freshPeople(target);
        Condition condition = PEOPLE.active.eq(true)
                .and(PEOPLE.age.gt(40).or(PEOPLE.name.like("A%")))
                .and(PEOPLE.managerId.eq(2L).not());
        // Ada has no manager: NOT (NULL = 2) is unknown, so she is not selected.
        assertEquals(List.of("Grace"), names(db, condition));
        Condition withNulls = condition.or(PEOPLE.managerId.isNull().and(PEOPLE.active.eq(true)));
        assertEquals(List.of("Ada", "Grace"), names(db, withNulls));
    }

    @OnEveryDialect
    void orderLimitOffsetAndNullsSortFirstAscendingEverywhere(TestTarget target) {
        Database db = freshPeople(target);
        List<String> byManager = db.transaction(tx -> tx.selectFrom(PEOPLE)
                        .orderBy(PEOPLE.managerId.asc(), PEOPLE.name.desc()).fetch())
                .stream().map(row -> row.get(PEOPLE.name)).toList();
        assertEquals(List.of("Barbara", "Ada", "Grace", "Alan", "Edsger"), byManager);

        List<String> page = db.transaction(tx -> tx.selectFrom(PEOPLE)
                        .orderBy(PEOPLE.age.desc()).limit(2).offset(1).fetch())
                .stream().map(row -> row.get(PEOPLE.name)).toList();
        assertEquals(List.of("Grace", "Alan"), page);

        List<String> skipped = db.transaction(tx -> tx.selectFrom(PEOPLE)
                        .orderBy(PEOPLE.age.asc()).offset(3).fetch())
                .stream().map(row -> row.get(PEOPLE.name)).toList();
        assertEquals(List.of("Grace", "Edsger"), skipped);

        List<String> nullsLast = db.transaction(tx -> tx.selectFrom(PEOPLE)
                        .orderBy(PEOPLE.managerId.asc().nullsLast(), PEOPLE.id.asc()).fetch())
                .stream().map(row -> row.get(PEOPLE.name)).toList();
        assertEquals(List.of("Grace", "Alan", "Edsger", "Ada", "Barbara"), nullsLast);
    }

    @OnEveryDialect
    void countHonoursFilterAndPaging(TestTarget target) {
        Database db = freshPeople(target);
        assertEquals(3L, (long) db.transaction(tx -> tx.selectFrom(PEOPLE).where(PEOPLE.active.eq(true)).count()));
        assertEquals(2L, (long) db.transaction(tx -> tx.selectFrom(PEOPLE).limit(10).offset(3).count()));
    }

    @OnEveryDialect
    void selectedColumnsOnly(TestTarget target) {
        Database db = freshPeople(target);
        Row row = db.transaction(tx -> tx.selectFrom(PEOPLE).columns(PEOPLE.name, PEOPLE.age)
                .where(PEOPLE.id.eq(2L)).fetchOne());
        assertEquals("Grace", row.get(PEOPLE.name));
        assertEquals(45, row.get(PEOPLE.age));
        IllegalArgumentException notSelected = assertThrows(IllegalArgumentException.class, () -> row.get(PEOPLE.id));
        assertEquals("people.id is not in this row; it has [people.name, people.age]", notSelected.getMessage());
    }

    @OnEveryDialect
    void fetchOneReturnsNullOrTheRowAndRefusesSeveral(TestTarget target) {
        Database db = freshPeople(target);
        assertNull(db.transaction(tx -> tx.selectFrom(PEOPLE).where(PEOPLE.age.gt(100)).fetchOne()));
        assertEquals("Edsger", db.transaction(tx -> tx.selectFrom(PEOPLE).where(PEOPLE.age.gt(70)).fetchOne())
                .get(PEOPLE.name));
        assertThrows(TooManyRowsException.class,
                () -> db.transaction(tx -> tx.selectFrom(PEOPLE).where(PEOPLE.active.eq(true)).fetchOne()));
    }

    @OnEveryDialect
    void updateReportsMatchedRowsEvenWhenValuesDoNotChange(TestTarget target) {
        Database db = freshPeople(target);
        int updated = db.transaction(tx -> tx.update(PEOPLE).set(PEOPLE.active, true)
                .where(PEOPLE.managerId.eq(1L)).execute());
        assertEquals(2, updated);
        int unchanged = db.transaction(tx -> tx.update(PEOPLE).set(PEOPLE.active, true)
                .where(PEOPLE.managerId.eq(1L)).execute());
        assertEquals(2, unchanged);
        assertEquals(List.of("Ada", "Grace", "Alan", "Edsger"), names(db, PEOPLE.active.eq(true)));
        int cleared = db.transaction(tx -> tx.update(PEOPLE).setNull(PEOPLE.managerId).where(PEOPLE.id.eq(4L)).execute());
        assertEquals(1, cleared);
        assertEquals(List.of("Ada", "Edsger", "Barbara"), names(db, PEOPLE.managerId.isNull()));
    }

    @OnEveryDialect
    void deleteByFilterAndAll(TestTarget target) {
        Database db = freshPeople(target);
        assertEquals(1, (int) db.transaction(tx -> tx.deleteFrom(PEOPLE).where(PEOPLE.age.lt(18)).execute()));
        assertEquals(4L, (long) db.transaction(tx -> tx.selectFrom(PEOPLE).count()));
        assertEquals(4, (int) db.transaction(tx -> tx.deleteFrom(PEOPLE).execute()));
        assertEquals(0L, (long) db.transaction(tx -> tx.selectFrom(PEOPLE).count()));
    }

    @OnEveryDialect
    void aFailingTransactionLeavesNoRowBehind(TestTarget target) {
        Database db = freshPeople(target);
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> db.inTransaction(tx -> {
            insert(tx, "Ghost", 99, null, true);
            tx.update(PEOPLE).set(PEOPLE.age, 0).execute();
            throw new IllegalStateException("boom");
        }));
        assertEquals("boom", failure.getMessage());
        assertEquals(5L, (long) db.transaction(tx -> tx.selectFrom(PEOPLE).count()));
        assertEquals(0L, (long) db.transaction(tx -> tx.selectFrom(PEOPLE).where(PEOPLE.age.eq(0)).count()));
    }

    @OnEveryDialect
    void aCheckedExceptionAlsoRollsBackAndIsWrapped(TestTarget target) {
        Database db = freshPeople(target);
        var failure = assertThrows(dev.quarry.QuarryException.class, () -> db.inTransaction(tx -> {
            insert(tx, "Ghost", 99, null, true);
            throw new java.io.IOException("disk");
        }));
        assertEquals("transaction rolled back: java.io.IOException: disk", failure.getMessage());
        assertEquals(5L, (long) db.transaction(tx -> tx.selectFrom(PEOPLE).count()));
    }

    @OnEveryDialect
    void badValuesFailBeforeAnySqlRuns(TestTarget target) {
        Database db = freshPeople(target);
        InvalidValueException nullName = assertThrows(InvalidValueException.class,
                () -> db.inTransaction(tx -> tx.insertInto(PEOPLE).set(PEOPLE.name, null).execute()));
        assertEquals("null is not allowed in non-null column people.name", nullName.getMessage());
        InvalidValueException tooLong = assertThrows(InvalidValueException.class,
                () -> db.inTransaction(tx -> tx.insertInto(PEOPLE).set(PEOPLE.name, "x".repeat(33)).execute()));
        assertEquals("invalid value for people.name: a string of 33 characters does not fit varchar(32)",
                tooLong.getMessage());
        InvalidQueryException missing = assertThrows(InvalidQueryException.class,
                () -> db.inTransaction(tx -> tx.insertInto(PEOPLE).set(PEOPLE.name, "Nobody").execute()));
        assertEquals("INSERT INTO people has no value for non-null column people.age", missing.getMessage());
        assertEquals(List.of(), TestDatabases.drainExecuted(), "no statement may reach the database");
    }

    @OnEveryDialect
    void databaseErrorsNameTheStatementAndKeepTheCause(TestTarget target) {
        Database db = freshPeople(target);
        DataAccessException duplicate = assertThrows(DataAccessException.class, () -> db.inTransaction(tx ->
                tx.insertInto(PEOPLE).set(PEOPLE.id, 1L).set(PEOPLE.name, "Twin").set(PEOPLE.age, 1)
                        .set(PEOPLE.active, true).execute()));
        String expectedSql = tx(db).insertInto(PEOPLE).set(PEOPLE.id, 1L).set(PEOPLE.name, "Twin")
                .set(PEOPLE.age, 1).set(PEOPLE.active, true).toSql().sql();
        assertEquals(expectedSql, duplicate.sql());
        assertTrue(duplicate.getMessage().endsWith("while running: " + expectedSql), duplicate.getMessage());
        assertTrue(duplicate.getCause() instanceof java.sql.SQLException);
        assertEquals(5L, (long) db.transaction(t -> t.selectFrom(PEOPLE).count()));
    }

    @OnEveryDialect
    void everyConnectionIsBackInThePoolAfterwards(TestTarget target) {
        Database db = freshPeople(target);
        assertThrows(IllegalStateException.class, () -> db.inTransaction(tx -> {
            throw new IllegalStateException("fail");
        }));
        db.transactionAsync(tx -> tx.selectFrom(PEOPLE).count()).join();
        assertEquals(TestDatabases.POOL_SIZE, db.internals().gate().available());
    }

    /** A transaction handle only for building statements; nothing runs on it. */
    private static Transaction tx(Database db) {
        return db.transaction(t -> t);
    }
}
