package dev.quarry.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.migrate.RunnerDatabases;
import dev.quarry.migrate.RunnerPoolCheck;
import dev.quarry.migrate.ScriptDirectory;
import dev.quarry.migrate.UsersScripts;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The command line: help, usage errors with exit code 2, and every command against every database. */
@ExtendWith(RunnerPoolCheck.class)
class QuarryMigrateTest {
    @TempDir
    Path directory;

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
        Run expect(int code) {
            assertEquals(code, exitCode, () -> "exit code; out:\n" + out + "\nerr:\n" + err);
            return this;
        }

        Run printed(String... texts) {
            for (String text : texts) {
                assertTrue(out.contains(text), () -> "stdout contains '" + text + "':\n" + out + "\nerr:\n" + err);
            }
            return this;
        }

        Run complained(String... texts) {
            for (String text : texts) {
                assertTrue(err.contains(text), () -> "stderr contains '" + text + "':\n" + err + "\nout:\n" + out);
            }
            return this;
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = QuarryMigrate.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String[] on(TestTarget target, Path directory, String command, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(command, "--url", target.jdbcUrl(), "--location",
                directory.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void helpListsEveryCommandAndTheConnectionOptions() {
        Run help = run("help").expect(0).printed("Usage: quarry-migrate <command> [options]", "--url <jdbc-url>",
                "--location <dir|classpath:dir>", DatabaseOptions.PASSWORD_VARIABLE, "Exit codes: 0 success");
        for (Command command : Commands.all()) {
            help.printed("  " + command.name() + " ");
        }
        assertEquals(help.out(), run("--help").expect(0).out(), "--help shows the same");
    }

    @Test
    void eachCommandHasItsOwnHelp() {
        run("down", "--help").expect(0).printed("Usage: quarry-migrate down --target <version> --url <jdbc-url>",
                "Reverts the applied migrations above --target", "--help, -h");
        run("help", "up").expect(0).printed("Usage: quarry-migrate up --url", "--allow-out-of-order");
        run("baseline", "-h").expect(0).printed("--version <version>", "--description <text>");
    }

    @Test
    void usageErrorsNameWhatWasWrongAndExitWithTwo() {
        run().expect(2).complained("Usage: quarry-migrate <command>");
        run("launch").expect(2).complained("error: unknown command 'launch'", "'quarry-migrate help'");
        run("--url", "jdbc:sqlite:x").expect(2).complained("expected a command before option '--url'");
        run("up", "--url", "jdbc:sqlite:x", "--location", "d", "--force").expect(2)
                .complained("unknown option '--force' for up", "'quarry-migrate up --help'");
        run("status", "--location", "d").expect(2).complained("status needs option --url <jdbc-url>");
        run("down", "--url", "jdbc:sqlite:x", "--location", "d").expect(2)
                .complained("down needs option --target <version>");
        run("down", "--url", "jdbc:sqlite:x", "--location", "d", "--target", "x").expect(2)
                .complained("--target needs a whole number, got 'x'");
        run("down", "--url", "jdbc:sqlite:x", "--location", "d", "--target=-1").expect(2)
                .complained("--target must be at least 0, got -1");
        run("up", "--url").expect(2).complained("option --url needs a value <jdbc-url>");
        run("status", "--url", "a", "--url", "b", "--location", "d").expect(2)
                .complained("--url is given more than once");
        run("status", "extra", "--url", "a", "--location", "d").expect(2).complained("unexpected argument 'extra'");
        run("help", "nope").expect(2).complained("unknown command 'nope'");
    }

    @Test
    void mistypedCommandsAndOptionsGetTheClosestName() {
        run("stauts").expect(2).complained("error: unknown command 'stauts'; did you mean 'status'?");
        run("upp", "--url", "jdbc:sqlite:x").expect(2).complained("unknown command 'upp'; did you mean 'up'?");
        run("gen").expect(2).complained("unknown command 'gen'; did you mean 'generate'?");
        run("help", "valdiate").expect(2).complained("unknown command 'valdiate'; did you mean 'validate'?");
        Run far = run("launch").expect(2).complained("unknown command 'launch'");
        assertFalse(far.err().contains("did you mean"), "no suggestion for a name far from every command: " + far.err());

        run("up", "--url", "jdbc:sqlite:x", "--locaton", "d").expect(2)
                .complained("unknown option '--locaton' for up; did you mean '--location'?", "'quarry-migrate up --help'");
        run("down", "--url", "jdbc:sqlite:x", "--traget=1").expect(2)
                .complained("unknown option '--traget' for down; did you mean '--target'?");
        run("status", "--hist", "h").expect(2)
                .complained("unknown option '--hist' for status; did you mean '--history-table'?");
        run("status", "-url", "x").expect(2).complained("unknown option '-url' for status; did you mean '--url'?");
        Run other = run("status", "--target", "1").expect(2).complained("unknown option '--target' for status");
        assertFalse(other.err().contains("did you mean"), "an option of another command is not a typo: " + other.err());
    }

    @Test
    void withoutLocationTheMigrationsAreReadFromDbMigration() {
        run("status", "--url", "jdbc:sqlite:file:cli_default?mode=memory&cache=shared").expect(1)
                .complained("db/migration", "is not a directory");
        run("status", "--help").expect(0).printed("(default db/migration)");
    }

    @Test
    void aUrlOfNoKnownDatabaseFailsWithOne() {
        run("status", "--url", "jdbc:nope:x", "--location", "d").expect(1)
                .complained("error: no JDBC driver on the classpath takes a 'jdbc:nope:' URL");
    }

    @OnEveryDialect
    void statusUpValidateAndDownRunAgainstTheDatabase(TestTarget target) {
        RunnerDatabases.clean(target);
        ScriptDirectory scripts = UsersScripts.write(directory);

        run(on(target, directory, "status")).expect(0).printed(
                "Version  Description    State    Installed at  By  Time", "create users", "PENDING",
                "3 migrations, 3 pending.");
        run(on(target, directory, "up", "--target", "2")).expect(0)
                .printed("Applied 1 (create users) in ", "Applied 2 (add email) in ", "2 migrations applied.");
        Run status = run(on(target, directory, "status")).expect(0).printed("1 pending.");
        assertEquals(2, status.out().split("APPLIED", -1).length - 1, "two lines APPLIED:\n" + status.out());
        run(on(target, directory, "up")).expect(0).printed("Applied 3 (create orders)", "1 migration applied.");
        run(on(target, directory, "up")).expect(0).printed("No pending migrations");
        run(on(target, directory, "validate")).expect(0).printed("Validated 3 applied migrations: no problems.");

        scripts.write(UsersScripts.CREATE_USERS, UsersScripts.CREATE_USERS_SQL + "-- changed\n");
        run(on(target, directory, "validate")).expect(1).complained("1 problem found:", "CHECKSUM_MISMATCH",
                UsersScripts.CREATE_USERS + " was changed");
        run(on(target, directory, "up")).expect(1).complained("error: migrations do not match the history table");
        scripts.write(UsersScripts.CREATE_USERS, UsersScripts.CREATE_USERS_SQL);

        run(on(target, directory, "down", "--target", "0")).expect(0)
                .printed("Reverted 3 (create orders)", "Reverted 1 (create users)", "3 migrations reverted.");
        run(on(target, directory, "status")).expect(0).printed("3 migrations, 3 pending.");
    }

    @OnEveryDialect
    void failuresRepairBaselineAndClasspathLocations(TestTarget target) {
        RunnerDatabases.clean(target);
        ScriptDirectory scripts = new ScriptDirectory(directory).write("0001_half.up.sql",
                "-- quarry:no-transaction\nCREATE TABLE mr_half (id INTEGER);\nINSERT INTO mr_missing VALUES (1);\n");
        String history = "mr_cli_history";

        run(on(target, directory, "up", "--history-table", history)).expect(1)
                .complained("error: migration 1 (half) failed in 0001_half.up.sql at statement 2", "run repair");
        run(on(target, directory, "status", "--history-table", history)).expect(0).printed("FAILED");
        run(on(target, directory, "repair", "--history-table", history)).expect(0)
                .printed("Removed failed migration 1 (half)", "1 failed migration removed from the history.");
        run(on(target, directory, "repair", "--history-table", history)).expect(0)
                .printed("No failed migrations to repair.");
        scripts.delete("0001_half.up.sql");

        run(on(target, directory, "baseline", "--history-table", history, "--version", "5", "--description",
                "legacy")).expect(0).printed("Baseline recorded at version 5 (legacy).");
        run(on(target, directory, "baseline", "--history-table", history, "--version", "6")).expect(1)
                .complained("baseline is refused", "already has 1 row");

        run("up", "--url", target.jdbcUrl(), "--location", "classpath:dev/quarry/migrate/classpath-scripts").expect(0)
                .printed("Applied 1 (create notes)", "Applied 2 (first note)");
        run("status", "--url", target.jdbcUrl(), "--location", "classpath:dev/quarry/migrate/classpath-scripts")
                .expect(0).printed("first note", "2 migrations, 0 pending.");
        run("up", "--url", target.jdbcUrl(), "--location", directory.resolve("absent").toString()).expect(1)
                .complained("is not a directory");
    }
}
