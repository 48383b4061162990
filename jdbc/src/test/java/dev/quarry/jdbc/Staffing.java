package dev.quarry.jdbc;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Teams and their staff, which the record mapping tests write and read as records. */
final class Staffing {
    static final Teams TEAMS = new Teams();
    static final Staff STAFF = new Staff();

    /** Every column of {@link Staff}, a component for each; the record the round trips compare. */
    record Employee(long id, String name, int age, @Nullable Long managerId, @Nullable Long teamId,
            @Nullable BigDecimal salary, boolean active, @Nullable Instant lastSeen) {
    }

    /** The staff {@link #fresh} writes, in id order. */
    static final List<Employee> EMPLOYEES = List.of(
            new Employee(1, "Ada", 36, null, 1L, new BigDecimal("5200.50"), true,
                    Instant.parse("2024-05-01T08:30:00.123456Z")),
            new Employee(2, "Grace", 45, 1L, 1L, null, true, null),
            new Employee(3, "Alan", 41, 1L, 2L, new BigDecimal("4100.00"), false, null),
            new Employee(4, "Edsger", 72, 2L, null, new BigDecimal("0.10"), true,
                    Instant.parse("1999-12-31T23:59:59Z")));

    private Staffing() {
    }

    static final class Teams extends Table {
        final Column<Long> id = bigint("id");
        final Column<String> name = varchar("name", 32);

        private Teams() {
            super("rm_teams");
            primaryKey(id);
        }
    }

    static final class Staff extends Table {
        final Column<Long> id = bigint("id").autoIncrement();
        final Column<String> name = varchar("name", 32);
        final Column<Integer> age = integer("age");
        final Column<@Nullable Long> managerId = bigint("manager_id").nullable();
        final Column<@Nullable Long> teamId = bigint("team_id").nullable();
        final Column<@Nullable BigDecimal> salary = decimal("salary", 12, 2).nullable();
        final Column<Boolean> active = bool("active");
        final Column<@Nullable Instant> lastSeen = timestamp("last_seen").nullable();

        private Staff() {
            super("rm_staff");
        }
    }

    /** The target's shared database with empty tables. */
    static Database empty(Database db) {
        db.inTransaction(tx -> {
            tx.dropTableIfExists(STAFF);
            tx.dropTableIfExists(TEAMS);
            tx.createTable(TEAMS);
            tx.createTable(STAFF);
        });
        return db;
    }

    /** The target's shared database with two teams and {@link #EMPLOYEES}, written column by column. */
    static Database fresh(Database db) {
        empty(db).inTransaction(tx -> {
            tx.insertInto(TEAMS).set(TEAMS.id, 1L).set(TEAMS.name, "Compilers")
                    .newRow().set(TEAMS.id, 2L).set(TEAMS.name, "Machines").execute();
            tx.insertInto(STAFF).rows(EMPLOYEES, (row, employee) -> row
                    .set(STAFF.id, employee.id()).set(STAFF.name, employee.name()).set(STAFF.age, employee.age())
                    .set(STAFF.managerId, employee.managerId()).set(STAFF.teamId, employee.teamId())
                    .set(STAFF.salary, employee.salary()).set(STAFF.active, employee.active())
                    .set(STAFF.lastSeen, employee.lastSeen())).execute();
        });
        TestDatabases.drainExecuted();
        return db;
    }
}
