package dev.quarry.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import dev.quarry.jdbc.Database;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Up and down leave a trace in the log {@code dev.quarry.migrate}: each migration, then one closing line. */
@ExtendWith(RunnerPoolCheck.class)
class MigrationLogTest {
    private static final Pattern MILLIS = Pattern.compile(" in \\d+ ms");

    @TempDir
    Path directory;

    @OnEveryDialect
    void upAndDownLogEachMigrationWithItsTimeAndOneLineAtTheEnd(TestTarget target) {
        Database database = RunnerDatabases.clean(target);
        UsersScripts.write(directory);
        Migrator migrator = Migrator.builder(database).location(directory).build();
        String name = database.name();

        try (MigrationLogCapture log = new MigrationLogCapture(name)) {
            migrator.up(2);
            List<String> up = log.take(Level.INFO);
            assertEquals(List.of(
                    "Applied migration 1 (create users) to database '" + name + "' in # ms",
                    "Applied migration 2 (add email) to database '" + name + "' in # ms",
                    "Applied 2 migrations to database '" + name + "' in # ms; now at version 2"), timeless(up),
                    "each migration as it is applied, then the total: " + up);

            migrator.up(2);
            assertEquals(List.of("Database '" + name + "' is up to date at version 2; no migration applied"),
                    log.take(Level.INFO), "one line when nothing is pending, so that a startup leaves a trace");

            migrator.down(0);
            List<String> down = log.take(Level.INFO);
            assertEquals(List.of(
                    "Reverted migration 2 (add email) on database '" + name + "' in # ms",
                    "Reverted migration 1 (create users) on database '" + name + "' in # ms",
                    "Reverted 2 migrations on database '" + name + "' in # ms; now at version 0"), timeless(down),
                    "each migration as it is reverted, newest first, then the total: " + down);

            migrator.status();
            assertEquals(List.of(), log.take(Level.INFO), "status only reads and logs nothing");
            assertTrue(log.take(Level.WARN).isEmpty(), "nothing went wrong");
        }
    }

    private static List<String> timeless(List<String> lines) {
        return lines.stream().map(line -> MILLIS.matcher(line).replaceAll(" in # ms")).toList();
    }
}
