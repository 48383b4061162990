package dev.quarry.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migration files are found in directories, on the class path and in jars, and bad sets are reported by name. */
class MigrationSourcesTest {
    @TempDir
    Path directory;

    private MigrationCatalog load(String... locations) {
        return MigrationCatalog.load(List.of(locations).stream().map(MigrationLocation::new).toList(), List.of(),
                getClass().getClassLoader());
    }

    @Test
    void fileNamesGiveVersionDescriptionAndDirection() {
        MigrationFileName name = MigrationFileName.parse("0003_add_orders.up.sql");
        assertNotNull(name, "a well-formed name parses");
        assertEquals(new MigrationFileName(3, "add orders", true), name, "leading zeros dropped, _ read as spaces");
        assertEquals(new MigrationFileName(12, "drop-old", false), MigrationFileName.parse("12_drop-old.down.sql"),
                "a down script");
        List<String> badNames = List.of("V1__init.sql", "0_zero.up.sql", "3.up.sql", "3_x.sql", "3__x.up.sql",
                "a_b.up.sql");
        for (String bad : badNames) {
            assertNull(MigrationFileName.parse(bad), bad + " is not a migration file name");
        }
    }

    @Test
    void aDirectoryGivesItsMigrationsInVersionOrderWithChecksumsAndDirectives() {
        new ScriptDirectory(directory)
                .write("10_later.up.sql", "SELECT 10;")
                .write("0002_second.up.sql", "-- quarry:no-transaction\nSELECT 2;")
                .write("0002_second.down.sql", "SELECT -2;")
                .write("notes.txt", "not a script");
        MigrationCatalog catalog = MigrationCatalog.load(List.of(MigrationLocation.of(directory)), List.of(),
                getClass().getClassLoader());
        List<ResolvedMigration> migrations = List.copyOf(catalog.all());
        assertEquals(List.of(2L, 10L), migrations.stream().map(ResolvedMigration::version).toList(),
                "migrations in version order, other files ignored");
        ResolvedMigration second = migrations.get(0);
        assertEquals("second", second.description(), "the description from the file name");
        assertFalse(second.up().transactional(), "the first line marks the up script as not transactional");
        assertNotNull(second.down(), "the down script pairs with the up script");
        assertTrue(second.down().transactional(), "the down script has no directive");
        assertEquals(ScriptChecksum.of("-- quarry:no-transaction\nSELECT 2;"), second.checksum(),
                "the checksum is the up script's");
        assertNull(migrations.get(1).down(), "a migration without down script has no down");
    }

    @Test
    void checksumsIgnoreWindowsLineEnds() {
        assertEquals(ScriptChecksum.of("SELECT 1;\nSELECT 2;\n"), ScriptChecksum.of("SELECT 1;\r\nSELECT 2;\r\n"),
                "CRLF is read as LF");
        assertEquals(64, ScriptChecksum.of("x").length(), "SHA-256 in hex");
    }

    @Test
    void everyProblemOfALocationIsReportedByFileName() {
        new ScriptDirectory(directory)
                .write("0001_one.up.sql", "SELECT 1;")
                .write("1_uno.up.sql", "SELECT 1;")
                .write("0002_two.down.sql", "SELECT 2;")
                .write("V3__three.sql", "SELECT 3;")
                .write("0004_four.up.sql", "SELECT 4;")
                .write("0004_vier.down.sql", "SELECT 4;");
        MigrationSourceException failure =
                assertThrows(MigrationSourceException.class, () -> load(directory.toString()));
        String message = failure.getMessage();
        for (String expected : List.of("two up scripts have version 1", "0001_one.up.sql", "1_uno.up.sql",
                "0002_two.down.sql has no up script", "'V3__three.sql'", "0004_vier.down.sql does not match")) {
            assertTrue(message.contains(expected), "the message names '" + expected + "': " + message);
        }
    }

    @Test
    void aCodeMigrationMayNotShareAVersionWithAFile() {
        new ScriptDirectory(directory).write("0001_one.up.sql", "SELECT 1;");
        MigrationSourceException failure = assertThrows(MigrationSourceException.class, () -> MigrationCatalog.load(
                List.of(MigrationLocation.of(directory)), List.of(CodeMigration.of(1, "seed", context -> { })),
                getClass().getClassLoader()));
        assertTrue(failure.getMessage()
                .contains("two migrations have version 1: 0001_one.up.sql (one) and code (seed)"),
                failure.getMessage());
    }

    @Test
    void aMissingLocationIsNamed() {
        Path absent = directory.resolve("absent");
        MigrationSourceException failure = assertThrows(MigrationSourceException.class, () -> load(absent.toString()));
        assertTrue(failure.getMessage().contains(absent.toString()), failure.getMessage());
        MigrationSourceException onClasspath = assertThrows(MigrationSourceException.class,
                () -> load("classpath:no/such/dir"));
        assertTrue(onClasspath.getMessage().contains("'no/such/dir'"), onClasspath.getMessage());
    }

    @Test
    void aClasspathDirectoryIsRead() {
        MigrationCatalog catalog = load("classpath:dev/quarry/migrate/classpath-scripts");
        assertEquals(List.of("create notes", "first note"), catalog.all().stream().map(ResolvedMigration::description)
                .toList(), "the scripts of the class path folder, README ignored");
    }

    @Test
    void aDirectoryInsideAJarIsRead() throws IOException {
        Path jar = directory.resolve("migrations.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("db/"));
            out.putNextEntry(new JarEntry("db/migration/"));
            add(out, "db/migration/0001_create_things.up.sql", "CREATE TABLE mr_things (id INTEGER);");
            add(out, "db/migration/0001_create_things.down.sql", "DROP TABLE mr_things;");
            add(out, "db/migration/nested/0002_ignored.up.sql", "SELECT 2;");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            MigrationCatalog catalog = MigrationCatalog.load(List.of(new MigrationLocation("classpath:/db/migration/")),
                    List.of(), loader);
            assertEquals(List.of(1L), catalog.all().stream().map(ResolvedMigration::version).toList(),
                    "the jar's scripts directly in the directory");
            ResolvedMigration migration = catalog.all().iterator().next();
            assertEquals(ScriptChecksum.of("CREATE TABLE mr_things (id INTEGER);"), migration.checksum(),
                    "read from the jar");
            assertNotNull(migration.down(), "with its down script");
        }
    }

    private static void add(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream entry = out;
        entry.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
