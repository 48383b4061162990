package dev.quarry.migrate;

import static dev.quarry.migrate.MigrationState.APPLIED;
import static dev.quarry.migrate.MigrationState.BASELINE;
import static dev.quarry.migrate.MigrationState.BELOW_BASELINE;
import static dev.quarry.migrate.MigrationState.FAILED;
import static dev.quarry.migrate.MigrationState.PENDING;
import static dev.quarry.migrate.RunnerQueries.historyVersions;
import static dev.quarry.migrate.RunnerQueries.tableExists;
import static dev.quarry.migrate.UsersScripts.states;
import static dev.quarry.migrate.UsersScripts.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Database;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A baseline adopts an existing database; repair clears failed runs so that fixed migrations apply. */
@ExtendWith(RunnerPoolCheck.class)
class BaselineRepairTest {
    @TempDir
    Path directory;

    @OnEveryDialect
    void aBaselineAdoptsADatabaseMadeWithoutHistory(TestTarget target) {
        Database database = RunnerDatabases.clean(target);
        RunnerQueries.execute(database, "CREATE TABLE mr_users (id INTEGER NOT NULL PRIMARY KEY,"
                + " name VARCHAR(64) NOT NULL, email VARCHAR(128))");
        UsersScripts.write(directory);
        Migrator migrator = Migrator.builder(database).location(directory).build();

        HistoryEntry baseline = migrator.baseline(2, "legacy schema");
        assertTrue(baseline.version() == 2 && baseline.kind() == MigrationKind.BASELINE && baseline.success()
                && baseline.checksum() == null, "a baseline row: " + baseline);
        assertEquals(List.of(BELOW_BASELINE, BASELINE, PENDING), states(migrator.status()),
                "1 counts as applied, 2 is the baseline, 3 is pending");
        assertEquals("legacy schema", migrator.status().get(1).description(), "the baseline's description is shown");
        assertTrue(migrator.validate().isValid(), "a baseline is valid: " + migrator.validate());

        assertEquals(List.of(3L), versions(migrator.up()), "only the migration above the baseline runs");
        MigrationException belowBaseline = assertThrows(MigrationException.class, () -> migrator.down(0));
        assertTrue(belowBaseline.getMessage().contains("2 (legacy schema) is the baseline"),
                belowBaseline.getMessage());
        assertEquals(List.of(2L, 3L), historyVersions(database), "the refused down changed nothing");
        assertEquals(List.of(3L), versions(migrator.down(2)), "reverting down to the baseline works");
    }

    @OnEveryDialect
    void aBaselineIsRefusedOnAHistoryWithRows(TestTarget target) {
        Database database = RunnerDatabases.clean(target);
        UsersScripts.write(directory);
        Migrator migrator = Migrator.builder(database).location(directory).build();
        migrator.up(1);

        MigrationException refused = assertThrows(MigrationException.class, () -> migrator.baseline(5, "late"));
        assertTrue(refused.getMessage().contains("already has 1 row (versions [1])"), refused.getMessage());
        assertEquals(List.of(1L), historyVersions(database), "no baseline row was added");
    }

    @OnEveryDialect
    void aFailedRunBlocksUntilRepairedAndTheFixedMigrationThenApplies(TestTarget target) {
        Database database = RunnerDatabases.clean(target);
        ScriptDirectory scripts = new ScriptDirectory(directory)
                .write(UsersScripts.CREATE_USERS, UsersScripts.CREATE_USERS_SQL)
                .write("0002_partial.up.sql", "-- quarry:no-transaction\nCREATE TABLE mr_partial (id INTEGER);\n"
                        + "INSERT INTO mr_missing (id) VALUES (1);\n");
        Migrator migrator = Migrator.builder(database).location(directory).build();

        MigrationFailedException failure = assertThrows(MigrationFailedException.class, migrator::up);
        assertTrue(failure.recordedAsFailed() && failure.version() == 2, "recorded as failed: " + failure.getMessage());
        assertTrue(failure.getMessage().contains("runs outside a transaction")
                && failure.getMessage().contains("repair"),
                failure.getMessage());
        assertEquals(List.of(APPLIED, FAILED), states(migrator.status()), "status shows the failure");
        HistoryEntry failed = migrator.status().get(1).history();
        assertNotNull(failed, "the failed run has a history row");
        assertTrue(!failed.success() && failed.failureMessage() != null
                && failed.failureMessage().contains("after 1 statement had run")
                && failed.failureMessage().contains("mr_missing"), "the row says what failed: " + failed);
        assertTrue(tableExists(database, "mr_partial"), "the statement before the failing one stays applied");

        MigrationException blocked = assertThrows(MigrationException.class, migrator::up);
        assertTrue(blocked.getMessage().contains("up is refused") && blocked.getMessage().contains("run repair"),
                blocked.getMessage());
        MigrationException blockedDown = assertThrows(MigrationException.class, () -> migrator.down(0));
        assertTrue(blockedDown.getMessage().contains("down is refused"), blockedDown.getMessage());
        assertEquals(List.of(ValidationProblem.Kind.FAILED),
                migrator.validate().problems().stream().map(ValidationProblem::kind).toList(), "validate reports it");

        RunnerQueries.execute(database, "DROP TABLE mr_partial");
        scripts.write("0002_partial.up.sql", "-- quarry:no-transaction\nCREATE TABLE mr_partial (id INTEGER);\n");
        List<HistoryEntry> repaired = migrator.repair();
        assertEquals(List.of(2L), repaired.stream().map(HistoryEntry::version).toList(), "the failed row is removed");
        assertEquals(List.of(APPLIED, PENDING), states(migrator.status()), "2 is pending again");
        assertEquals(List.of(), migrator.repair(), "nothing left to repair");
        assertEquals(List.of(2L), versions(migrator.up()), "the fixed migration applies");
        HistoryEntry applied = migrator.status().get(1).history();
        assertNotNull(applied, "recorded");
        assertTrue(applied.success(), "as a success");
        assertNull(applied.failureMessage(), "without failure message");
        assertFalse(migrator.validate().problems().stream().anyMatch(p -> p.kind() == ValidationProblem.Kind.FAILED),
                "no failure left");
    }
}
