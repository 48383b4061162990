package dev.quarry.jdbc;

import static dev.quarry.jdbc.Staffing.EMPLOYEES;
import static dev.quarry.jdbc.Staffing.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.InvalidQueryException;
import dev.quarry.InvalidValueException;
import dev.quarry.jdbc.Staffing.Employee;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** Inserts from records with {@code values(record)} and {@code rows(records)}, on every dialect. */
class RecordInsertTest {

    /** A hire: no id yet (the database generates it), and only some columns. */
    record Hire(@Nullable Long id, String name, int age, boolean active) {
    }

    /** An int component for the bigint column manager_id. */
    record Report(String name, int age, boolean active, int managerId) {
    }

    record Joiner(String name, int age, boolean active) {
    }

    record WithEmail(String name, int age, boolean active, String email) {
    }

    record WithoutAge(String name, boolean active) {
    }

    record AgeAsText(String name, String age, boolean active) {
    }

    record NameAndId(long id, String name) {
    }

    private static Database empty(TestTarget target) {
        Database db = Staffing.empty(TestDatabases.of(target));
        TestDatabases.drainExecuted();
        return db;
    }

    private static List<Employee> staff(Database db) {
        return db.transaction(tx -> tx.selectFrom(STAFF).orderBy(STAFF.id.asc()).fetchInto(Employee.class));
    }

    @OnEveryDialect
    void recordsInsertedAreTheRecordsFetched(TestTarget target) {
        Database db = empty(target);
        assertEquals(EMPLOYEES.size(), (int) db.transaction(tx -> tx.insertInto(STAFF).rows(EMPLOYEES).execute()));
        assertEquals(EMPLOYEES, staff(db));
    }

    @OnEveryDialect
    void aRecordSetsTheColumnsOfItsComponentsAndANullKeyIsGenerated(TestTarget target) {
        Database db = empty(target);
        long first = db.transaction(tx -> tx.insertInto(STAFF).values(new Hire(null, "Ada", 36, true))
                .executeAndGetId());
        db.inTransaction(tx -> tx.insertInto(STAFF).values(new Hire(null, "Grace", 45, false)).execute());
        assertEquals(List.of(new Employee(first, "Ada", 36, null, null, null, true, null),
                new Employee(first + 1, "Grace", 45, null, null, null, false, null)), staff(db));
    }

    @OnEveryDialect
    void manyRecordsInsertTogetherAndAnIntWidensIntoABigint(TestTarget target) {
        Database db = empty(target);
        List<Report> reports = IntStream.range(0, 2_500)
                .mapToObj(i -> new Report("r" + i, 20 + i % 50, i % 2 == 0, i)).toList();
        assertEquals(2_500, (int) db.transaction(tx -> tx.insertInto(STAFF).rows(reports).execute()));
        Employee last = db.transaction(tx -> tx.selectFrom(STAFF).where(STAFF.name.eq("r2499"))
                .fetchOneInto(Employee.class));
        assertEquals(2_499L, last.managerId());
        assertEquals(69, last.age());
        assertEquals(2_500L, (long) db.transaction(tx -> tx.selectFrom(STAFF).count()));
    }

    @OnEveryDialect
    void recordsOfSeveralClassesFillTheSameColumns(TestTarget target) {
        Database db = empty(target);
        List<Record> mixed = List.of(new Hire(null, "Ada", 36, true), new Joiner("Alan", 41, false),
                new Hire(null, "Grace", 45, true));
        assertEquals(3, (int) db.transaction(tx -> tx.insertInto(STAFF).rows(mixed).execute()));
        assertEquals(List.of("Ada", "Alan", "Grace"), staff(db).stream().map(Employee::name).toList());
    }

    @OnEveryDialect
    void aComponentWithoutAColumnFailsNamingTheColumnsOfTheTable(TestTarget target) {
        Database db = empty(target);
        RecordMappingException failure = assertThrows(RecordMappingException.class, () -> db.inTransaction(
                tx -> tx.insertInto(STAFF).values(new WithEmail("Ada", 36, true, "ada@example.org")).execute()));
        assertEquals("WithEmail.email has no column in table rm_staff, whose columns are id, name, age, manager_id,"
                + " team_id, salary, active, last_seen", failure.getMessage());
        assertEquals(0L, (long) db.transaction(tx -> tx.selectFrom(STAFF).count()));
    }

    @OnEveryDialect
    void aRequiredColumnWithoutAComponentIsReportedMissing(TestTarget target) {
        Database db = empty(target);
        InvalidQueryException failure = assertThrows(InvalidQueryException.class, () -> db.inTransaction(
                tx -> tx.insertInto(STAFF).rows(List.of(new WithoutAge("Ada", true))).execute()));
        assertEquals("INSERT INTO rm_staff has no value for non-null column rm_staff.age", failure.getMessage());
    }

    @OnEveryDialect
    void valuesAreCheckedByTheirColumnBeforeAnySql(TestTarget target) {
        Database db = empty(target);
        InvalidValueException nullName = assertThrows(InvalidValueException.class, () -> db.inTransaction(
                tx -> tx.insertInto(STAFF).rows(List.of(new Hire(null, "Ada", 36, true),
                        new Hire(null, null, 41, true)))));
        assertEquals("null is not allowed in non-null column rm_staff.name", nullName.getMessage());
        InvalidValueException tooLong = assertThrows(InvalidValueException.class, () -> db.inTransaction(
                tx -> tx.insertInto(STAFF).values(new Hire(null, "x".repeat(33), 36, true))));
        assertTrue(tooLong.getMessage().startsWith("invalid value for rm_staff.name: "), tooLong.getMessage());
        RecordMappingException wrongType = assertThrows(RecordMappingException.class, () -> db.inTransaction(
                tx -> tx.insertInto(STAFF).values(new AgeAsText("Ada", "36", true))));
        assertEquals("AgeAsText.age (String) cannot be written to column rm_staff.age, which holds Integer values",
                wrongType.getMessage());
        assertEquals(List.of(), TestDatabases.drainExecuted().stream().map(ExecutedStatement::sql)
                .filter(sql -> sql.contains("rm_staff")).toList());
    }

    @OnEveryDialect
    void anUpsertAndReturningWorkWithRecordValues(TestTarget target) {
        Database db = empty(target);
        db.inTransaction(tx -> tx.insertInto(STAFF).rows(EMPLOYEES).execute());
        Employee renamed = new Employee(2, "Grace Hopper", 46, 1L, 1L, new BigDecimal("6000.00"), true, null);
        db.inTransaction(tx -> tx.insertInto(STAFF).values(renamed)
                .onConflict(STAFF.id).doUpdateWithNewValues(STAFF.name, STAFF.age, STAFF.salary).execute());
        assertEquals(renamed, staff(db).get(1));
        assertEquals(new NameAndId(2, "Grace Hopper"), db.transaction(tx -> tx.select(STAFF.id, STAFF.name).from(STAFF)
                .where(STAFF.id.eq(2L)).fetchOneInto(NameAndId.class)));
    }
}
