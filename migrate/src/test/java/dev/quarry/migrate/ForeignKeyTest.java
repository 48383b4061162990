package dev.quarry.migrate;

import static dev.quarry.migrate.RunnerQueries.commitsDdlAtOnce;
import static dev.quarry.migrate.RunnerQueries.historyVersions;
import static dev.quarry.migrate.RunnerQueries.number;
import static dev.quarry.migrate.UsersScripts.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DataAccessException;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations may rebuild a referenced table without losing the rows that reference it (SQLite's
 * way of changing a column), foreign keys are enforced again afterwards, and a migration that leaves
 * a dangling reference fails on every database.
 */
@ExtendWith(RunnerPoolCheck.class)
class ForeignKeyTest {
    private static final String PARENTS_AND_CHILDREN = """
            CREATE TABLE mr_parents (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(20) NOT NULL);
            CREATE TABLE mr_children (
                id INTEGER NOT NULL PRIMARY KEY,
                parent_id INTEGER NOT NULL REFERENCES mr_parents (id) ON DELETE CASCADE
            );
            INSERT INTO mr_parents (id, name) VALUES (1, 'parent');
            INSERT INTO mr_children (id, parent_id) VALUES (10, 1);
            """;

    @TempDir
    Path directory;

    /** Widens the parent's name column: SQLite rebuilds the table, the others alter it. */
    private static String widenParentName(Database database) {
        return switch (database.dialect().name()) {
            case "sqlite" -> """
                    CREATE TABLE mr_parents_new (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(200) NOT NULL);
                    INSERT INTO mr_parents_new (id, name) SELECT id, name FROM mr_parents;
                    DROP TABLE mr_parents;
                    ALTER TABLE mr_parents_new RENAME TO mr_parents;
                    """;
            case "postgresql" -> "ALTER TABLE mr_parents ALTER COLUMN name TYPE VARCHAR(200);";
            default -> "ALTER TABLE mr_parents MODIFY name VARCHAR(200) NOT NULL;";
        };
    }

    @OnEveryDialect
    void aRebuiltParentKeepsItsChildrenAndForeignKeysAreEnforcedAfterwards(TestTarget target) {
        Database clean = RunnerDatabases.clean(target);
        Database database = RunnerDatabases.open(target, "runner-one-connection", 1);
        new ScriptDirectory(directory)
                .write("0001_parents_and_children.up.sql", PARENTS_AND_CHILDREN)
                .write("0002_widen_parent_name.up.sql", widenParentName(database));
        Migrator migrator = Migrator.builder(database).location(directory).build();

        assertEquals(List.of(1L, 2L), versions(migrator.up()), "both applied");
        assertEquals(1, number(database, "SELECT COUNT(*) FROM mr_children"),
                "the child row survived the parent's rebuild (no cascading delete)");
        if (database.dialect().name().equals("sqlite")) {
            assertEquals(1, number(database, "PRAGMA foreign_keys"),
                    "the runner's connection has foreign keys on again (the pool has only this one)");
        }
        DataAccessException rejected = assertThrows(DataAccessException.class, () -> RunnerQueries.execute(database,
                "INSERT INTO mr_children (id, parent_id) VALUES (11, 99)"));
        assertTrue(rejected.getMessage() != null, "a dangling reference is rejected after the migrations");
        assertEquals(1, number(clean, "SELECT COUNT(*) FROM mr_children"), "and not stored");
        database.close();
    }

    @OnEveryDialect
    void aMigrationLeavingADanglingReferenceFails(TestTarget target) {
        Database database = RunnerDatabases.clean(target);
        new ScriptDirectory(directory)
                .write("0001_parents_and_children.up.sql", PARENTS_AND_CHILDREN)
                .write("0002_orphan.up.sql", "INSERT INTO mr_children (id, parent_id) VALUES (11, 99);");
        Migrator migrator = Migrator.builder(database).location(directory).build();

        MigrationFailedException failure = assertThrows(MigrationFailedException.class, migrator::up);
        assertEquals(2, failure.version(), "the orphaning migration fails: " + failure.getMessage());
        if (database.dialect().name().equals("sqlite")) {
            assertEquals("PRAGMA foreign_key_check", failure.statement(), "found by the check before commit");
            assertTrue(failure.databaseMessage()
                    .contains("row 11 of mr_children references a missing row of mr_parents"),
                    failure.databaseMessage());
        } else {
            assertEquals("INSERT INTO mr_children (id, parent_id) VALUES (11, 99)", failure.statement(),
                    "the database rejects the insert itself");
        }
        assertEquals(1, number(database, "SELECT COUNT(*) FROM mr_children"), "the orphan is not kept");
        assertEquals(commitsDdlAtOnce(database) ? List.of(1L, 2L) : List.of(1L), historyVersions(database),
                "recorded as failed only where migrations cannot roll back");
    }
}
