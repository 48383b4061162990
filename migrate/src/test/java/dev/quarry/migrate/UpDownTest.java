package dev.quarry.migrate;

import static dev.quarry.migrate.MigrationState.APPLIED;
import static dev.quarry.migrate.MigrationState.PENDING;
import static dev.quarry.migrate.RunnerQueries.historyVersions;
import static dev.quarry.migrate.RunnerQueries.tableExists;
import static dev.quarry.migrate.RunnerQueries.texts;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** SQL files go up in version order and down again, with their history rows written and deleted. */
@ExtendWith(RunnerPoolCheck.class)
class UpDownTest {
    @TempDir
    Path directory;

    @OnEveryDialect
    void filesGoUpAndDownToZeroAndUpAgain(TestTarget target) {
        Database database = RunnerDatabases.clean(target);
        ScriptDirectory scripts = UsersScripts.write(directory);
        Migrator migrator = Migrator.builder(database).location(directory).build();
        Instant before = Instant.now().minusSeconds(1);

        assertEquals(List.of(1L, 2L, 3L), versions(migrator.up()), "every migration applied in version order");
        assertEquals(List.of("ada; lovelace"), texts(database, "SELECT name FROM mr_users"),
                "the scripts ran, the ; inside the string included");
        assertTrue(tableExists(database, "mr_orders"), "the last migration ran");
        List<MigrationInfo> status = migrator.status();
        assertEquals(List.of(APPLIED, APPLIED, APPLIED), states(status), "all applied: " + status);
        HistoryEntry first = status.get(0).history();
        assertNotNull(first, "an applied migration has its history row");
        assertEquals(ScriptChecksum.of(scripts.read(UsersScripts.CREATE_USERS)), first.checksum(),
                "the history holds the up script's SHA-256");
        assertEquals("create users", first.description(), "the description from the file name");
        assertEquals(MigrationKind.SQL, first.kind(), "a SQL migration");
        assertTrue(first.success() && first.failureMessage() == null, "a successful run: " + first);
        assertFalse(first.installedBy().isBlank(), "someone installed it: " + first);
        assertTrue(!first.installedAt().isBefore(before) && first.installedAt().isBefore(Instant.now().plusSeconds(1)),
                "installed just now: " + first.installedAt());
        assertEquals(UsersScripts.CREATE_USERS, status.get(0).source(), "the source is the up script");

        assertEquals(List.of(3L, 2L), versions(migrator.down(1)), "reverted newest first down to version 1");
        assertEquals(List.of(APPLIED, PENDING, PENDING), states(migrator.status()), "2 and 3 pending again");
        assertFalse(tableExists(database, "mr_orders"), "the down script of 3 dropped its table");
        assertEquals(List.of(1L), historyVersions(database), "only version 1 is recorded");

        assertEquals(List.of(1L), versions(migrator.down(0)), "down(0) reverts the rest");
        assertFalse(tableExists(database, "mr_users"), "the down script of 1 dropped its table");
        assertEquals(List.of(), historyVersions(database), "nothing recorded after reverting all");
        assertEquals(List.of(1L, 2L, 3L), versions(migrator.up()), "and all of them apply again");
    }

    @OnEveryDialect
    void upStopsAtTheTargetAndFindsNothingTheSecondTime(TestTarget target) {
        Database database = RunnerDatabases.clean(target);
        UsersScripts.write(directory);
        Migrator migrator = Migrator.builder(database).location(directory).build();

        assertEquals(List.of(1L, 2L), versions(migrator.up(2)), "applied up to and including the target");
        assertEquals(List.of(), migrator.up(2), "nothing left up to the target");
        assertEquals(List.of(APPLIED, APPLIED, PENDING), states(migrator.status()), "3 still pending");
        assertEquals(List.of(3L), versions(migrator.up()), "the rest applied");
        assertEquals(List.of(), migrator.up(), "nothing pending");
        assertEquals(List.of(), migrator.down(3), "nothing above the newest version to revert");
    }

    @OnEveryDialect
    void downRefusesBeforeChangingAnythingWhenAMigrationHasNoDown(TestTarget target) {
        Database database = RunnerDatabases.clean(target);
        UsersScripts.write(directory).delete("0002_add_email.down.sql");
        Migrator migrator = Migrator.builder(database).location(directory).build();
        migrator.up();

        MigrationException refused = assertThrows(MigrationException.class, () -> migrator.down(0));
        assertTrue(refused.getMessage().contains("2 (add email) has no down script (0002_add_email.down.sql)")
                && refused.getMessage().contains("nothing was changed"), refused.getMessage());
        assertEquals(List.of(1L, 2L, 3L), historyVersions(database), "the history is untouched");
        assertTrue(tableExists(database, "mr_orders"), "not even migration 3 was reverted");
        assertEquals(List.of(3L), versions(migrator.down(2)), "reverting only what has a down works");
    }

    @OnEveryDialect
    void aConfiguredHistoryTableAndInstallerAreUsed(TestTarget target) {
        Database database = RunnerDatabases.clean(target);
        UsersScripts.write(directory);
        Migrator migrator = Migrator.builder(database).location(directory).historyTable("mr_history")
                .installedBy("deployer").lockTimeout(Duration.ofSeconds(30)).build();

        migrator.up();
        assertEquals(List.of("deployer", "deployer", "deployer"),
                texts(database, "SELECT installed_by FROM mr_history ORDER BY version"),
                "recorded in the configured table");
        assertFalse(tableExists(database, SchemaHistoryTable.DEFAULT_NAME), "the default table was not created");
        assertEquals("mr_history", migrator.historyTable(), "the migrator names its table");
    }
}
