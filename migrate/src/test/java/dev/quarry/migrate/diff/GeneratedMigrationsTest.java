package dev.quarry.migrate.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Database;
import dev.quarry.migrate.MigrationException;
import dev.quarry.migrate.Migrator;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workflow end to end: each stage of the schema is generated as the next migration files and
 * applied by the runner; the diff is empty after each step up; the destructive stage is refused
 * without the flag; then the runner reverts step by step to an empty database, the diff against
 * the previous stage empty after each step down.
 */
class GeneratedMigrationsTest {
    @TempDir
    Path directory;

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static Renames renamesOf(int stage) {
        return stage == 3 ? Stages.RENAMES_TO_3 : Renames.none();
    }

    @OnEveryDialect
    void generatedMigrationsTakeTheSchemaUpAndBackDownToEmpty(TestTarget target) throws IOException {
        Database database = SchemaEvolutionTest.open(target);
        SchemaEvolutionTest.dropAll(database);
        Migrator migrator = Migrator.builder(database).location(directory).build();
        List<Long> versionAfterStage = new ArrayList<>(List.of(0L));
        for (int stage = 1; stage < Stages.ALL.size(); stage++) {
            if (stage == 4) {
                List<String> before = files();
                DestructiveChangeException refused = assertThrows(DestructiveChangeException.class, () ->
                        migrator.generate(directory, "stage 4", Stages.ALL.get(4), Renames.none(), false));
                assertTrue(refused.getMessage().contains("DESTRUCTIVE"), refused.getMessage());
                assertEquals(before, files(), "a refused generation writes nothing on " + target);
            }
            List<Path> written = migrator.generate(directory, "stage " + stage, Stages.ALL.get(stage),
                    renamesOf(stage), stage == 4);
            assertTrue(!written.isEmpty(), "stage " + stage + " writes a migration on " + target);
            List<Table> tables = Stages.ALL.get(stage);
            MigrationException pending = assertThrows(MigrationException.class, () ->
                    migrator.generate(directory, "again", tables, Renames.none(), true));
            assertTrue(pending.getMessage().contains("pending"), pending.getMessage());
            migrator.up();
            MigrationPlan after = migrator.diff(Stages.ALL.get(stage), Renames.none());
            assertTrue(after.isEmpty(), "after applying stage " + stage + " on " + target + " the diff is empty, but:\n"
                    + after.describe() + "\nfiles: " + files());
            assertTrue(migrator.generate(directory, "nothing", Stages.ALL.get(stage), Renames.none(), false).isEmpty(),
                    "an up-to-date schema generates no files on " + target);
            versionAfterStage.add(migrator.status().stream().mapToLong(info -> info.version()).max().orElseThrow());
        }
        String firstUp = Files.readString(directory.resolve(files().get(1)));
        assertTrue(firstUp.startsWith("-- SAFE        create table mig_authors"), firstUp);
        for (int stage = Stages.ALL.size() - 2; stage >= 0; stage--) {
            migrator.down(versionAfterStage.get(stage));
            MigrationPlan after = migrator.diff(Stages.ALL.get(stage), Renames.none());
            assertTrue(after.isEmpty(), "after reverting to stage " + stage + " on " + target
                    + " the diff against it is empty, but:\n" + after.describe());
        }
        assertEquals(List.of(migrator.historyTable()), SchemaPlanner.readLive(database, List.of()).stream()
                .map(table -> table.name()).toList(), "only the history table is left on " + target);
    }
}
