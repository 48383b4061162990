package dev.quarry.jdbc;

import static dev.quarry.jdbc.Staffing.EMPLOYEES;
import static dev.quarry.jdbc.Staffing.STAFF;
import static dev.quarry.jdbc.Staffing.TEAMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Staffing.Employee;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Result rows mapped to records with {@code fetchInto}, and every way a record can fail to fit, on every dialect. */
class RecordMappingTest {

    record Membership(String name, @Nullable String teamName, int nextAge) {
    }

    record NameAndAge(String name, long age) {
    }

    record Named(String name) {
    }

    private static Database fresh(TestTarget target) {
        return Staffing.fresh(TestDatabases.of(target));
    }

    @OnEveryDialect
    void aSelectOfATableMapsToRecordsWithNullsInBoxedComponents(TestTarget target) {
        Database db = fresh(target);
        List<Employee> employees = db.transaction(tx -> tx.selectFrom(STAFF).orderBy(STAFF.id.asc())
                .fetchInto(Employee.class));
        assertEquals(EMPLOYEES, employees);
    }

    @OnEveryDialect
    void aliasesAndJoinedColumnsMapByTheirCamelCaseName(TestTarget target) {
        Database db = fresh(target);
        List<Membership> members = db.transaction(tx -> tx
                .select(STAFF.name, TEAMS.name.as("team_name"), STAFF.age.add(1).as("nextAge")).from(STAFF)
                .leftJoin(TEAMS, TEAMS.id.eq(STAFF.teamId))
                .orderBy(STAFF.id.asc())
                .fetchInto(Membership.class));
        assertEquals(List.of(new Membership("Ada", "Compilers", 37), new Membership("Grace", "Compilers", 46),
                new Membership("Alan", "Machines", 42), new Membership("Edsger", null, 73)), members);
    }

    @OnEveryDialect
    void anIntegerColumnWidensIntoALongComponent(TestTarget target) {
        Database db = fresh(target);
        List<NameAndAge> ages = db.transaction(tx -> tx.select(STAFF.name, STAFF.age).from(STAFF)
                .where(STAFF.age.gt(42)).orderBy(STAFF.age.asc()).fetchInto(NameAndAge.class));
        assertEquals(List.of(new NameAndAge("Grace", 45L), new NameAndAge("Edsger", 72L)), ages);
    }

    @OnEveryDialect
    void combinedQueriesMapTheirRows(TestTarget target) {
        Database db = fresh(target);
        List<Named> names = db.transaction(tx -> tx.select(STAFF.name).from(STAFF).where(STAFF.age.lt(40))
                .union(tx.select(TEAMS.name).from(TEAMS))
                .orderBy(STAFF.name.asc())
                .fetchInto(Named.class));
        assertEquals(List.of(new Named("Ada"), new Named("Compilers"), new Named("Machines")), names);
        assertEquals(new Named("Machines"), db.transaction(tx -> tx.select(TEAMS.name).from(TEAMS)
                .where(TEAMS.id.eq(2L)).union(tx.select(TEAMS.name).from(TEAMS).where(TEAMS.id.eq(2L)))
                .fetchOneInto(Named.class)));
    }

    @OnEveryDialect
    void fetchOneIntoGivesTheRecordOrNullAndRefusesSeveralRows(TestTarget target) {
        Database db = fresh(target);
        assertEquals(EMPLOYEES.get(2), db.transaction(tx -> tx.selectFrom(STAFF).where(STAFF.name.eq("Alan"))
                .fetchOneInto(Employee.class)));
        assertNull(db.transaction(tx -> tx.selectFrom(STAFF).where(STAFF.name.eq("Nobody"))
                .fetchOneInto(Employee.class)));
        assertThrows(TooManyRowsException.class,
                () -> db.transaction(tx -> tx.selectFrom(STAFF).fetchOneInto(Employee.class)));
    }

    @OnEveryDialect
    void streamIntoMapsEveryRowOfTheStream(TestTarget target) {
        Database db = fresh(target);
        List<Employee> streamed = db.transaction(tx -> {
            try (Stream<Employee> employees = tx.selectFrom(STAFF).orderBy(STAFF.id.asc())
                    .streamInto(Employee.class, 2)) {
                return employees.toList();
            }
        });
        assertEquals(EMPLOYEES, streamed);
    }

    @OnEveryDialect
    void transactionsMapQueriesTheyAreGiven(TestTarget target) {
        Database db = fresh(target);
        List<Named> teams = db.transaction(tx -> tx.fetchInto(
                tx.select(TEAMS.name).from(TEAMS).orderBy(TEAMS.id.desc()).statement(), Named.class));
        assertEquals(List.of(new Named("Machines"), new Named("Compilers")), teams);
        RecordMappingException failure = assertThrows(RecordMappingException.class, () -> db.transaction(tx ->
                tx.fetchInto(tx.selectFrom(TEAMS).statement(), Named.class)));
        assertTrue(failure.getMessage().startsWith("column rm_teams.id of the row has no component in Named"),
                failure.getMessage());
    }
}
