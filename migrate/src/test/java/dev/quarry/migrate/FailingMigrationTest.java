package dev.quarry.migrate;

import static dev.quarry.migrate.MigrationState.APPLIED;
import static dev.quarry.migrate.MigrationState.FAILED;
import static dev.quarry.migrate.MigrationState.PENDING;
import static dev.quarry.migrate.RunnerQueries.commitsDdlAtOnce;
import static dev.quarry.migrate.RunnerQueries.historyVersions;
import static dev.quarry.migrate.RunnerQueries.tableExists;
import static dev.quarry.migrate.UsersScripts.states;
import static dev.quarry.migrate.UsersScripts.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Database;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failing migration is named with its statement; PostgreSQL and SQLite roll it back entirely,
 * MySQL/MariaDB record it as failed and refuse further runs until it is repaired.
 */
@ExtendWith(RunnerPoolCheck.class)
class FailingMigrationTest {
    private static final String FAILING = "0002_create_audit.up.sql";
    private static final String BAD_STATEMENT = "INSERT INTO mr_missing (id) VALUES (1)";

    @TempDir
    Path directory;

    @OnEveryDialect
    void aFailingScriptRollsBackOrIsRecordedAndRepaired(TestTarget target) {
        Database database = RunnerDatabases.clean(target);
        ScriptDirectory scripts = new ScriptDirectory(directory)
                .write(UsersScripts.CREATE_USERS, UsersScripts.CREATE_USERS_SQL)
                .write(FAILING, "CREATE TABLE mr_audit (id INTEGER NOT NULL PRIMARY KEY);\n" + BAD_STATEMENT + ";\n");
        Migrator migrator = Migrator.builder(database).location(directory).build();

        MigrationFailedException failure = assertThrows(MigrationFailedException.class, migrator::up);
        assertEquals(2, failure.version(), "the failing migration's version");
        assertEquals("create audit", failure.description(), "and description");
        assertEquals(BAD_STATEMENT, failure.statement(), "the failing statement");
        assertFalse(failure.databaseMessage().isBlank(), "the database said something");
        assertTrue(failure.getMessage().contains("migration 2 (create audit) failed in " + FAILING + " at statement 2: "
                + BAD_STATEMENT) && failure.getMessage().contains("database says: " + failure.databaseMessage()),
                failure.getMessage());

        if (!commitsDdlAtOnce(database)) {
            assertFalse(failure.recordedAsFailed(), "rolled back, not recorded: " + failure.getMessage());
            assertTrue(failure.getMessage().contains("nothing of it remains"), failure.getMessage());
            assertFalse(tableExists(database, "mr_audit"), "the table made before the failure was rolled back");
            assertEquals(List.of(1L), historyVersions(database), "the history holds only migration 1");
            assertEquals(List.of(APPLIED, PENDING), states(migrator.status()), "2 is still pending");
            assertThrows(MigrationFailedException.class, migrator::up, "the unchanged script fails again");
        } else {
            assertTrue(failure.recordedAsFailed(), "recorded: " + failure.getMessage());
            assertTrue(failure.getMessage().contains("the 1 statement run before the failure stays applied")
                    && failure.getMessage().contains("Fix or revert the partial changes by hand, then run repair"),
                    failure.getMessage());
            assertTrue(tableExists(database, "mr_audit"), "the DDL before the failure was committed");
            assertEquals(List.of(APPLIED, FAILED), states(migrator.status()), "2 is recorded as failed");
            HistoryEntry failed = migrator.status().get(1).history();
            assertNotNull(failed, "with a history row");
            assertTrue(!failed.success() && failed.failureMessage().contains("after 1 statement had run"),
                    "saying how far it got: " + failed);
            MigrationException blocked = assertThrows(MigrationException.class, migrator::up);
            assertTrue(blocked.getMessage().contains("up is refused") && blocked.getMessage().contains("run repair"),
                    blocked.getMessage());
            RunnerQueries.execute(database, "DROP TABLE mr_audit");
            assertEquals(List.of(2L), migrator.repair().stream().map(HistoryEntry::version).toList(), "repaired");
        }

        scripts.write(FAILING, "CREATE TABLE mr_audit (id INTEGER NOT NULL PRIMARY KEY);\n");
        assertEquals(List.of(2L), versions(migrator.up()), "the fixed migration applies");
        assertEquals(List.of(APPLIED, APPLIED), states(migrator.status()), "both applied");
        assertTrue(tableExists(database, "mr_audit"), "its table exists");
    }

    @OnEveryDialect
    void aLongFailingStatementIsCutInTheMessage(TestTarget target) {
        Database database = RunnerDatabases.clean(target);
        String numbers = IntStream.rangeClosed(1, 120).mapToObj(String::valueOf).collect(Collectors.joining(", "));
        String statement = "INSERT INTO mr_missing (id) SELECT id FROM mr_nowhere WHERE id IN (" + numbers + ")";
        new ScriptDirectory(directory).write("0001_long.up.sql", statement + ";");
        Migrator migrator = Migrator.builder(database).location(directory).build();

        MigrationFailedException failure = assertThrows(MigrationFailedException.class, migrator::up);
        assertEquals(statement, failure.statement(), "the whole statement is kept in the exception");
        assertTrue(failure.getMessage().contains(statement.substring(0, 200) + "…")
                && !failure.getMessage().contains(statement), "the message shows its first 200 characters: "
                + failure.getMessage());
    }
}
