package dev.quarry.migrate;

import static dev.quarry.migrate.MigrationState.APPLIED;
import static dev.quarry.migrate.MigrationState.CHECKSUM_MISMATCH;
import static dev.quarry.migrate.MigrationState.MISSING;
import static dev.quarry.migrate.MigrationState.PENDING;
import static dev.quarry.migrate.RunnerQueries.historyVersions;
import static dev.quarry.migrate.UsersScripts.states;
import static dev.quarry.migrate.UsersScripts.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Database;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Changed, missing and out-of-order migrations are reported by validate and refuse up. */
@ExtendWith(RunnerPoolCheck.class)
class ValidationTest {
    @TempDir
    Path directory;

    @OnEveryDialect
    void aChangedAppliedScriptIsReportedAndRefusesUp(TestTarget target) {
        Database database = RunnerDatabases.clean(target);
        ScriptDirectory scripts = UsersScripts.write(directory);
        Migrator migrator = Migrator.builder(database).location(directory).build();
        migrator.up(2);
        ValidationReport clean = migrator.validate();
        assertTrue(clean.isValid() && clean.checked() == 2, "nothing changed yet: " + clean);

        scripts.write(UsersScripts.CREATE_USERS, UsersScripts.CREATE_USERS_SQL + "-- an afterthought\n");
        ValidationReport report = migrator.validate();
        assertEquals(List.of(ValidationProblem.Kind.CHECKSUM_MISMATCH),
                report.problems().stream().map(ValidationProblem::kind).toList(), "one changed script: " + report);
        assertTrue(report.problems().get(0).message().contains(UsersScripts.CREATE_USERS),
                "the problem names the file: " + report.problems().get(0).message());
        assertEquals(List.of(CHECKSUM_MISMATCH, APPLIED, PENDING), states(migrator.status()), "status shows it");

        MigrationValidationException refused = assertThrows(MigrationValidationException.class, migrator::up);
        assertTrue(refused.getMessage().contains(UsersScripts.CREATE_USERS + " was changed after it was applied"),
                refused.getMessage());
        assertEquals(List.of(1L, 2L), historyVersions(database), "the pending migration 3 did not run");
        assertThrows(MigrationValidationException.class, report::requireValid, "the report throws on request");
    }

    @OnEveryDialect
    void windowsLineEndsAreNoChange(TestTarget target) {
        Database database = RunnerDatabases.clean(target);
        ScriptDirectory scripts = UsersScripts.write(directory);
        Migrator migrator = Migrator.builder(database).location(directory).build();
        migrator.up();
        scripts.write(UsersScripts.CREATE_USERS, UsersScripts.CREATE_USERS_SQL.replace("\n", "\r\n"));
        assertTrue(migrator.validate().isValid(), "CRLF is read as LF: " + migrator.validate());
    }

    @OnEveryDialect
    void aMissingAppliedMigrationIsReported(TestTarget target) {
        Database database = RunnerDatabases.clean(target);
        ScriptDirectory scripts = UsersScripts.write(directory);
        Migrator migrator = Migrator.builder(database).location(directory).build();
        migrator.up();
        scripts.delete(UsersScripts.ADD_EMAIL);
        scripts.delete("0002_add_email.down.sql");

        ValidationReport report = migrator.validate();
        assertEquals(1, report.problems().size(), "one problem: " + report);
        ValidationProblem problem = report.problems().get(0);
        assertEquals(ValidationProblem.Kind.MISSING, problem.kind(), "migration 2 is missing");
        assertTrue(problem.version() == 2 && problem.message().contains("2 (add email)"), problem.message());
        assertEquals(List.of(APPLIED, MISSING, APPLIED), states(migrator.status()), "status shows it");
        assertThrows(MigrationValidationException.class, migrator::up, "up refuses while a migration is missing");
    }

    @OnEveryDialect
    void anOutOfOrderMigrationIsRefusedUnlessAllowed(TestTarget target) {
        Database database = RunnerDatabases.clean(target);
        ScriptDirectory scripts = UsersScripts.write(directory);
        scripts.delete(UsersScripts.ADD_EMAIL);
        scripts.delete("0002_add_email.down.sql");
        Migrator migrator = Migrator.builder(database).location(directory).build();
        assertEquals(List.of(1L, 3L), versions(migrator.up()), "1 and 3 applied");
        UsersScripts.write(directory);

        MigrationValidationException refused = assertThrows(MigrationValidationException.class, migrator::up);
        assertEquals(List.of(ValidationProblem.Kind.OUT_OF_ORDER),
                refused.problems().stream().map(ValidationProblem::kind).toList(), refused.getMessage());
        assertTrue(refused.getMessage().contains("migration 2 (add email) in " + UsersScripts.ADD_EMAIL)
                && refused.getMessage().contains("out of order"), refused.getMessage());
        assertEquals(List.of(1L, 3L), historyVersions(database), "nothing ran");

        Migrator allowing = Migrator.builder(database).location(directory).allowOutOfOrder(true).build();
        assertTrue(allowing.validate().isValid(), "allowed, it is no problem");
        assertEquals(List.of(2L), versions(allowing.up()), "applied out of order when allowed");
        assertEquals(List.of(1L, 2L, 3L), historyVersions(database), "all three recorded");
    }
}
