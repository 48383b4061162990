package dev.quarry.jdbc;

import static dev.quarry.jdbc.Staffing.STAFF;
import static dev.quarry.jdbc.Staffing.TEAMS;
import static dev.quarry.sql.Functions.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.List;
import java.util.function.Function;

/**
 * Every way a record can fail to fit a result row, on every dialect: each error names the
 * component and the column, and those found from the query fail before any SQL runs.
 */
class RecordMappingErrorTest {

    record WithEmail(long id, String name, String email) {
    }

    record NameOnly(String name) {
    }

    record AgeAsText(String name, String age) {
    }

    record ManagerAsPrimitive(String name, long managerId) {
    }

    record Id(long id) {
    }

    record NamedCount(String name, long total) {
    }

    record AdultName(String name, int age) {
        AdultName {
            if (age < 40) {
                throw new IllegalArgumentException(name + " is too young");
            }
        }
    }

    private static Database fresh(TestTarget target) {
        return Staffing.fresh(TestDatabases.of(target));
    }

    /** Asserts that the query fails with this message without running any SQL. */
    private static void assertFailsBeforeSql(String message, Database db, Function<Transaction, Object> query) {
        TestDatabases.drainExecuted();
        RecordMappingException failure = assertThrows(RecordMappingException.class, () -> db.transaction(query::apply));
        assertEquals(message, failure.getMessage());
        List<String> statements = TestDatabases.drainExecuted().stream().map(ExecutedStatement::sql).toList();
        assertTrue(statements.stream().noneMatch(sql -> sql.contains("rm_staff")), "no query ran: " + statements);
    }

    @OnEveryDialect
    void aClassThatIsNotARecordIsRefusedByName(TestTarget target) {
        Database db = fresh(target);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Record> notARecord = (Class) String.class;
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> db.transaction(tx -> tx.selectFrom(STAFF).fetchInto(notARecord)));
        assertEquals("java.lang.String is not a record; rows map to record classes only", failure.getMessage());
    }

    @OnEveryDialect
    void aComponentWithoutAColumnIsNamedWithTheColumnsOfTheRow(TestTarget target) {
        assertFailsBeforeSql("WithEmail.email has no column in the row; the row has rm_staff.id, rm_staff.name",
                fresh(target), tx -> tx.select(STAFF.id, STAFF.name).from(STAFF).fetchInto(WithEmail.class));
    }

    @OnEveryDialect
    void aColumnWithoutAComponentIsNamed(TestTarget target) {
        assertFailsBeforeSql("column rm_staff.age of the row has no component in NameOnly, whose components are"
                + " name; select fewer columns or add a component",
                fresh(target), tx -> tx.select(STAFF.name, STAFF.age).from(STAFF).fetchInto(NameOnly.class));
    }

    @OnEveryDialect
    void anExpressionWithoutANameIsAskedForOne(TestTarget target) {
        Database db = fresh(target);
        assertFailsBeforeSql("NamedCount.total has no column in the row; the row has rm_staff.name, " + count(),
                db, tx -> tx.select(STAFF.name, count()).from(STAFF).groupBy(STAFF.name).fetchInto(NamedCount.class));
        assertFailsBeforeSql("the row's column " + count() + " has no name for a component of NameOnly to match;"
                + " name it with as(\"…\")",
                db, tx -> tx.select(STAFF.name, count()).from(STAFF).groupBy(STAFF.name).fetchInto(NameOnly.class));
        assertEquals(4, db.transaction(tx -> tx.select(STAFF.name, count().as("total")).from(STAFF)
                .groupBy(STAFF.name).fetchInto(NamedCount.class)).size());
    }

    @OnEveryDialect
    void aComponentMatchingTwoColumnsNamesBoth(TestTarget target) {
        assertFailsBeforeSql("Id.id matches several columns in the row: rm_staff.id and rm_teams.id;"
                + " select one, or tell them apart with as(\"…\")", fresh(target), tx -> tx.select(STAFF.id, TEAMS.id)
                .from(STAFF).join(TEAMS, TEAMS.id.eq(STAFF.teamId)).fetchInto(Id.class));
    }

    @OnEveryDialect
    void aColumnOfAnotherTypeNamesComponentColumnAndBothTypes(TestTarget target) {
        Database db = fresh(target);
        assertFailsBeforeSql("AgeAsText.age (String) cannot hold the Integer values of column rm_staff.age",
                db, tx -> tx.select(STAFF.name, STAFF.age).from(STAFF).fetchInto(AgeAsText.class));
        assertFailsBeforeSql("AdultName.name (String) cannot hold the Long values of column name",
                db, tx -> tx.select(STAFF.id.as("name"), STAFF.age).from(STAFF).fetchInto(AdultName.class));
    }

    @OnEveryDialect
    void nullForAPrimitiveComponentNamesTheColumnAndRollsBack(TestTarget target) {
        Database db = fresh(target);
        assertEquals(List.of(new ManagerAsPrimitive("Grace", 1L)), db.transaction(tx -> tx
                .select(STAFF.name, STAFF.managerId).from(STAFF).where(STAFF.name.eq("Grace"))
                .fetchInto(ManagerAsPrimitive.class)));
        RecordMappingException failure = assertThrows(RecordMappingException.class, () -> db.inTransaction(tx -> {
            tx.update(STAFF).set(STAFF.age, 99).execute();
            tx.select(STAFF.name, STAFF.managerId).from(STAFF).orderBy(STAFF.id.asc())
                    .fetchInto(ManagerAsPrimitive.class);
        }));
        assertEquals("ManagerAsPrimitive.managerId (long) cannot hold NULL, the value of column rm_staff.manager_id"
                + " in this row; declare it as Long", failure.getMessage());
        assertEquals(0L, (long) db.transaction(tx -> tx.selectFrom(STAFF).where(STAFF.age.eq(99)).count()));
    }

    @OnEveryDialect
    void aConstructorThatRejectsARowIsReportedWithItsException(TestTarget target) {
        Database db = fresh(target);
        RecordMappingException failure = assertThrows(RecordMappingException.class,
                () -> db.transaction(tx -> tx.select(STAFF.name, STAFF.age).from(STAFF).fetchInto(AdultName.class)));
        assertEquals("the constructor of " + AdultName.class.getName() + " rejected the row: Ada is too young",
                failure.getMessage());
        assertInstanceOf(IllegalArgumentException.class, failure.getCause());
    }
}
