package dev.quarry.migrate.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged distribution run as users run it: {@code bin/quarry-migrate} in a process of its
 * own, in a project directory holding {@code db/migration}, against a SQLite file. The other
 * databases run the same command code in the migrate module's suite; here what is tested is the
 * launcher, the class path it builds and the logging it ships.
 */
class LauncherTest {
    @TempDir
    Path project;
    private String url;

    @BeforeEach
    void writeMigrations() throws IOException {
        Path scripts = Files.createDirectories(project.resolve("db/migration"));
        Files.writeString(scripts.resolve("0001_create_notes.up.sql"),
                "CREATE TABLE notes (id INTEGER NOT NULL PRIMARY KEY, body VARCHAR(200) NOT NULL);\n");
        Files.writeString(scripts.resolve("0001_create_notes.down.sql"), "DROP TABLE notes;\n");
        Files.writeString(scripts.resolve("0002_first_note.up.sql"), "INSERT INTO notes (id, body) VALUES (1, 'hi');\n");
        url = "jdbc:sqlite:" + project.resolve("app.db");
    }

    private LauncherRun run(String... args) {
        return LauncherRun.of(project, Map.of(), args);
    }

    @Test
    void theZipHoldsBothLaunchersTheLibrariesAndTheLoggingSettings() throws IOException {
        List<String> entries = Distribution.entries();
        String top = System.getProperty("quarry.distribution.name") + "/";
        for (String expected : List.of("bin/quarry-migrate", "bin/quarry-migrate.bat", "conf/simplelogger.properties",
                "LICENSE")) {
            assertTrue(entries.contains(top + expected), () -> expected + " in " + entries);
        }
        for (String library : List.of("quarry-migrate-", "quarry-engine-", "quarry-jdbc-", "HikariCP-", "slf4j-api-",
                "slf4j-simple-", "sqlite-jdbc-", "postgresql-", "mariadb-java-client-")) {
            assertTrue(entries.stream().anyMatch(entry -> entry.startsWith(top + "lib/" + library)),
                    () -> library + "*.jar in lib/: " + entries);
        }
        assertFalse(entries.stream().anyMatch(entry -> entry.contains("junit") || entry.contains("logback")),
                () -> "no test libraries and a single logging binding: " + entries);

        Path jar = Files.list(Distribution.home().resolve("lib"))
                .filter(file -> file.getFileName().toString().startsWith("quarry-migrate-")).findFirst().orElseThrow();
        try (JarFile file = new JarFile(jar.toFile())) {
            assertEquals("dev.quarry.migrate.cli.QuarryMigrate", file.getManifest().getMainAttributes().getValue("Main-Class"),
                    "the quarry-migrate jar names its main class");
        }
        String posix = Files.readString(Distribution.home().resolve("bin/quarry-migrate"), StandardCharsets.UTF_8);
        String windows = Files.readString(Distribution.home().resolve("bin/quarry-migrate.bat"), StandardCharsets.UTF_8);
        assertTrue(posix.startsWith("#!/bin/sh\n") && !posix.contains("\r"), "a POSIX script with LF line ends");
        assertTrue(windows.contains("\r\n") && !windows.replace("\r\n", "").contains("\n"),
                "a Windows script with CRLF line ends");
        assertTrue(windows.contains("dev.quarry.migrate.cli.QuarryMigrate") && windows.contains("\\lib\\*"),
                "the Windows script runs the same class on the same class path");
    }

    @Test
    void statusAndUpReadDbMigrationByDefaultAndPrintOnlyTheirResults() {
        LauncherRun pending = run("status", "--url", url).expect(0).quietOnStandardError();
        List<String> lines = pending.outLines();
        assertEquals(4, lines.size(), "a header, two migrations, a total:\n" + pending.out());
        assertTrue(lines.get(0).startsWith("Version  Description"), lines.get(0));
        assertTrue(lines.get(1).matches("1 +create notes +PENDING *"), lines.get(1));
        assertTrue(lines.get(2).matches("2 +first note +PENDING *"), lines.get(2));
        assertEquals("2 migrations, 2 pending.", lines.get(3), "the total");

        run("up", "--url", url).expect(0).quietOnStandardError()
                .printed("Applied 1 (create notes) in # ms", "Applied 2 (first note) in # ms", "2 migrations applied.");
        run("up", "--url", url).expect(0).quietOnStandardError()
                .printed("No pending migrations; the database is up to date.");
        List<String> applied = run("status", "--url", url).expect(0).quietOnStandardError().outLines();
        assertEquals("2 migrations, 0 pending.", applied.get(applied.size() - 1), "all applied: " + applied);
        assertTrue(applied.get(1).contains("APPLIED"), applied.get(1));
    }

    @Test
    void logsGoToStandardErrorAndNeverIntoTheOutput() {
        LauncherRun verbose = LauncherRun.of(project, Map.of("JAVA_OPTS", "-Dorg.slf4j.simpleLogger.defaultLogLevel=info"),
                "up", "--url", url).expect(0)
                .printed("Applied 1 (create notes) in # ms", "Applied 2 (first note) in # ms", "2 migrations applied.");
        verbose.complained("INFO com.zaxxer.hikari").complained("INFO dev.quarry.migrate - Applied migration 1 (create notes)")
                .complained("INFO dev.quarry.migrate - Applied 2 migrations");
    }

    @Test
    void usageErrorsExitWithTwoAndFailuresWithOne() throws IOException {
        run("stauts", "--url", url).expect(2).nothingOnStandardOutput()
                .complained("error: unknown command 'stauts'; did you mean 'status'?");
        run("up", "--url", url, "--locaton", "x").expect(2).nothingOnStandardOutput()
                .complained("unknown option '--locaton' for up; did you mean '--location'?");
        run().expect(2).nothingOnStandardOutput().complained("Usage: quarry-migrate <command> [options]");
        assertTrue(run("--help").expect(0).out().contains("Exit codes: 0 success, 1 failure, 2 usage error."),
                "help on standard output");

        Files.writeString(project.resolve("db/migration/0003_broken.up.sql"), "INSERT INTO nowhere VALUES (1);\n");
        run("up", "--url", url).expect(1).complained("error: migration 3 (broken) failed");
        run("status", "--url", url, "--location", "elsewhere").expect(1).complained("is not a directory");
    }

    @Test
    void diffReadsTheTableClassesOfTheExtraClassPath() throws URISyntaxException {
        run("up", "--url", url).expect(0);
        String classes = Path.of(Notes.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        LauncherRun diff = LauncherRun.of(project, Map.of("QUARRY_MIGRATE_CLASSPATH", classes),
                "diff", "--url", url, "--tables", Notes.class.getName()).expect(0).quietOnStandardError();
        assertTrue(diff.out().startsWith("SAFE        add nullable column notes.title"), diff.out());
        assertTrue(diff.out().contains("ALTER TABLE \"notes\" ADD COLUMN \"title\""), diff.out());

        run("diff", "--url", url, "--tables", Notes.class.getName()).expect(2)
                .complained("--tables " + Notes.class.getName() + ": no such class on the class path");
    }
}
