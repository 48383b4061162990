package dev.quarry.migrate.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.migrate.cli.QuarryMigrate;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quarry-migrate pull}: options, warnings on stderr, and {@code --check} against the files present. */
class PullCommandTest {
    @TempDir
    Path out;

    record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = QuarryMigrate.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String[] pull(String url, String... more) {
        List<String> args = new ArrayList<>(List.of("pull", "--url", url, "--package", "com.example.db", "--out",
                out.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @OnEveryDialect
    void checkPassesOnUnchangedFilesAndNamesChangedOnes(TestTarget target) throws Exception {
        String url = PullSchemas.emptySchema(target, "pull_cli");
        PullSchemas.run(url, EveryTypeSchema.statements(target.family()));

        Run written = run(pull(url, "--language", "java"));
        assertEquals(0, written.exitCode(), written.err());
        Path kinds = out.resolve("com/example/db/Kinds.java");
        assertTrue(written.out().contains("Wrote " + kinds), written.out());
        assertTrue(written.err().contains("warning: " + EveryTypeSchema.unsupportedColumn(target.family())),
                "the unsupported column is named on stderr: " + written.err());

        Run unchanged = run(pull(url, "--language", "java", "--check"));
        assertEquals(0, unchanged.exitCode(), unchanged.out() + unchanged.err());

        Files.writeString(kinds, Files.readString(kinds).replace("public final class", "final class"));
        Files.writeString(out.resolve("com/example/db/Dropped.java"),
                "// " + TableCodeGenerator.MARKER + "\nclass Dropped {}\n");
        String before = Files.readString(kinds);
        Run changed = run(pull(url, "--language", "java", "--check"));
        assertEquals(1, changed.exitCode(), changed.out() + changed.err());
        assertTrue(changed.out().contains("com/example/db/Kinds.java"), "the changed file is named: " + changed.out());
        assertTrue(changed.out().contains("com/example/db/Dropped.java"),
                "a generated file of a table that is gone is named: " + changed.out());
        assertFalse(changed.out().contains("KindNotes.java"), "unchanged files are not named: " + changed.out());
        assertEquals(before, Files.readString(kinds), "--check writes nothing");
    }

    @OnEveryDialect
    void optionsSelectTablesNamePropertiesAndOverrideTypes(TestTarget target) throws Exception {
        String url = PullSchemas.emptySchema(target, "pull_cli");
        PullSchemas.run(url, EveryTypeSchema.statements(target.family()));

        Run written = run(pull(url, "--include", "KIND*", "--exclude", "*notes", "--naming", "pascal",
                "--type", "kinds.name=enum:com.example.Name"));
        assertEquals(0, written.exitCode(), written.err());
        Path kinds = out.resolve("com/example/db/Kinds.kt");
        assertTrue(Files.isRegularFile(kinds), written.out());
        assertFalse(Files.exists(out.resolve("com/example/db/KindNotes.kt")), "kind_notes is excluded");
        String source = Files.readString(kinds);
        assertTrue(source.contains("object Kinds : Table(\"kinds\")"), source);
        assertTrue(source.contains("val BigNumber = long(\"big_number\")"), "pascal property names:\n" + source);
        assertTrue(source.contains("import com.example.Name"), source);
        assertTrue(source.contains("val Name = enumByName<Name>(\"name\")"), "the override's kind:\n" + source);
    }

    @Test
    void badOptionsAreUsageErrorsNamingTheOption() {
        Run language = run("pull", "--url", "jdbc:sqlite::memory:", "--package", "com.example", "--out", out.toString(),
                "--language", "cobol");
        assertEquals(QuarryMigrate.USAGE_ERROR, language.exitCode());
        assertTrue(language.err().contains("unknown language \"cobol\": use kotlin or java"), language.err());

        Run type = run("pull", "--url", "jdbc:sqlite::memory:", "--package", "com.example", "--out", out.toString(),
                "--type", "orders.status=enum");
        assertEquals(QuarryMigrate.USAGE_ERROR, type.exitCode());
        assertTrue(type.err().contains("name the enum class, as in enum:com.example.Status"), type.err());

        Run packageName = run("pull", "--url", "jdbc:sqlite::memory:", "--package", "com..example", "--out",
                out.toString());
        assertEquals(QuarryMigrate.USAGE_ERROR, packageName.exitCode());
        assertTrue(packageName.err().contains("\"com..example\" is not a package name"), packageName.err());
    }
}
