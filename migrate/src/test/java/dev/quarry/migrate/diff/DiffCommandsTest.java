package dev.quarry.migrate.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.migrate.cli.QuarryMigrate;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/** {@code quarry-migrate diff} and {@code generate} on every database. */
class DiffCommandsTest {
    @TempDir
    Path directory;

    /** Exit code, then stdout and stderr. */
    private static String[] run(TestTarget target, Path directory, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", target.jdbcUrl(), "--location", directory.toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = QuarryMigrate.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }

    private static void assertRun(String[] result, int code, String expected) {
        String output = "exit " + result[0] + "\nout:\n" + result[1] + "\nerr:\n" + result[2];
        assertEquals(Integer.toString(code), result[0], output);
        assertTrue(output.contains(expected), "expected '" + expected + "' in\n" + output);
    }

    private long migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }

    @OnEveryDialect
    void generateWritesTheDiffAndDiffShowsNothingOnceApplied(TestTarget target) throws IOException {
        SchemaEvolutionTest.dropAll(SchemaEvolutionTest.open(target));
        String two = StageTables.Two.class.getName();
        assertRun(run(target, directory, "diff", "--tables", two), 0, "SAFE        create table mig_books");
        assertRun(run(target, directory, "generate", "--tables", two), 2, "give the migration a description");
        assertRun(run(target, directory, "generate", "--tables", "no.such.Tables", "x"), 2, "no such class");
        assertRun(run(target, directory, "generate", "stage two", "--tables", two), 0, "0001_stage_two.up.sql");
        assertRun(run(target, directory, "generate", "again", "--tables", two), 1, "pending");
        assertRun(run(target, directory, "up"), 0, "applied");
        assertRun(run(target, directory, "diff", "--tables", two), 0, "The schema is up to date.");
        long files = migrationFiles();
        String four = StageTables.Four.class.getName();
        String[] emptyBooks = run(target, directory, "diff", "--tables", four, "--rename-column",
                "mig_authors.email=email_address");
        assertRun(emptyBooks, 0, "mig_books is empty now, so no value is cut");
        SchemaEvolutionTest.apply(SchemaEvolutionTest.open(target), List.of(
                "INSERT INTO mig_authors (id, name) VALUES (1, 'ann')",
                "INSERT INTO mig_books (id, author_id, title) VALUES (1, 1, 'notes')"));
        String[] refused = run(target, directory, "generate", "stage four", "--tables", four,
                "--rename-column", "mig_authors.email=email_address");
        assertRun(refused, 1, "DESTRUCTIVE");
        assertRun(refused, 1, "values that do not fit are cut or rejected (mig_books has 1 row)");
        assertEquals(files, migrationFiles(), "a refused generation writes nothing on " + target);
        assertRun(run(target, directory, "generate", "stage four", "--tables", four, "--rename-column",
                "mig_authors.email=email_address", "--allow-destructive"), 0, "_stage_four.up.sql");
        assertRun(run(target, directory, "up"), 0, "applied");
        assertRun(run(target, directory, "diff", "--tables", four), 0, "The schema is up to date.");
        assertRun(run(target, directory, "diff", "--tables", four, "--rename-column", "bad"), 2, "table.old=new");
    }
}
