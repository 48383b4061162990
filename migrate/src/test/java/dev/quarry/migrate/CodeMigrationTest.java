package dev.quarry.migrate;

import static dev.quarry.migrate.RunnerQueries.historyVersions;
import static dev.quarry.migrate.RunnerQueries.tableExists;
import static dev.quarry.migrate.RunnerQueries.texts;
import static dev.quarry.migrate.UsersScripts.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Database;
import dev.quarry.sql.Column;
import dev.quarry.sql.CreateTable;
import dev.quarry.sql.DropTable;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Migrations written as Java lambdas and classes run in version order with the SQL files. */
@ExtendWith(RunnerPoolCheck.class)
class CodeMigrationTest {
    static final Notes NOTES = new Notes();

    @TempDir
    Path directory;

    static final class Notes extends Table {
        final Column<Integer> id = integer("id");
        final Column<String> body = varchar("body", 100);

        Notes() {
            super("mr_code_notes");
            primaryKey(id);
        }
    }

    /** A migration written as a class, with its own checksum; counts the users it finds. */
    record CountUsers(String checksum) implements CodeMigration {
        @Override
        public long version() {
            return 4;
        }

        @Override
        public String description() {
            return "count users";
        }

        @Override
        public void up(MigrationContext context) throws Exception {
            long users;
            try (Statement statement = context.connection().createStatement();
                    ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM mr_users")) {
                result.next();
                users = result.getLong(1);
            }
            context.execute(Insert.into(NOTES).set(NOTES.id, 4)
                    .set(NOTES.body, users + " users on " + context.dialect().name()));
        }

        @Override
        public boolean hasDown() {
            return true;
        }

        @Override
        public void down(MigrationContext context) throws Exception {
            context.execute("DELETE FROM mr_code_notes WHERE id = ?", 4);
        }

        @Override
        public @Nullable String checksum() {
            return checksum;
        }
    }

    private Migrator migrator(Database database, String checksum) {
        new ScriptDirectory(directory).write(UsersScripts.CREATE_USERS, UsersScripts.CREATE_USERS_SQL)
                .write("0001_create_users.down.sql", "DROP TABLE mr_users;");
        return Migrator.builder(database).location(directory)
                .migration(new CountUsers(checksum))
                .migration(CodeMigration.of(3, "seed notes",
                        context -> {
                            context.execute(Insert.into(NOTES).set(NOTES.id, 3).set(NOTES.body, "from code; with ;"));
                            context.execute("INSERT INTO mr_users (id, name) VALUES (?, ?)", 2, "grace");
                        },
                        context -> {
                            context.execute("DELETE FROM mr_code_notes WHERE id = ?", 3);
                            context.execute("DELETE FROM mr_users WHERE id = ?", 2);
                        }))
                .migration(CodeMigration.of(2, "create notes",
                        context -> context.execute(new CreateTable(NOTES, false)),
                        context -> context.execute(new DropTable(NOTES, false))))
                .build();
    }

    @OnEveryDialect
    void javaLambdasAndClassesRunWithTheFilesInVersionOrderAndRevert(TestTarget target) {
        Database database = RunnerDatabases.clean(target);
        Migrator migrator = migrator(database, "count-v1");

        assertEquals(List.of(1L, 2L, 3L, 4L), versions(migrator.up()), "files and code interleaved by version");
        assertEquals(List.of("from code; with ;", "2 users on " + database.dialect().name()),
                texts(database, "SELECT body FROM mr_code_notes ORDER BY id"), "the code migrations wrote their rows");
        assertEquals(List.of("ada; lovelace", "grace"), texts(database, "SELECT name FROM mr_users ORDER BY id"),
                "the parameterised insert ran");
        List<MigrationInfo> status = migrator.status();
        assertEquals(List.of(MigrationKind.SQL, MigrationKind.CODE, MigrationKind.CODE, MigrationKind.CODE),
                status.stream().map(info -> info.history().kind()).toList(), "recorded kinds");
        assertNull(status.get(1).history().checksum(), "a lambda migration has no checksum");
        assertEquals("code", status.get(1).source(), "a lambda migration's source");
        assertEquals("count-v1", status.get(3).history().checksum(), "a class may provide its checksum");
        assertEquals(CountUsers.class.getName(), status.get(3).source(), "a class migration's source is its class");

        assertTrue(migrator(database, "count-v2").validate().problems().stream()
                .anyMatch(problem -> problem.kind() == ValidationProblem.Kind.CHECKSUM_MISMATCH
                        && problem.version() == 4), "a changed checksum of a code migration is reported");

        assertEquals(List.of(4L, 3L, 2L, 1L), versions(migrator.down(0)), "every code migration reverted");
        assertFalse(tableExists(database, "mr_code_notes"), "the engine's DROP TABLE ran");
        assertEquals(List.of(), historyVersions(database), "nothing recorded");
    }

    @OnEveryDialect
    void aCodeMigrationWithoutDownCannotBeReverted(TestTarget target) {
        Database database = RunnerDatabases.clean(target);
        Migrator migrator = Migrator.builder(database)
                .migration(CodeMigration.of(1, "only up",
                        context -> context.execute("CREATE TABLE mr_only (id INTEGER)")))
                .build();
        migrator.up();
        MigrationException refused = assertThrows(MigrationException.class, () -> migrator.down(0));
        assertTrue(refused.getMessage().contains("1 (only up) has no down"), refused.getMessage());
        assertTrue(tableExists(database, "mr_only"), "nothing was reverted");
    }

    @OnEveryDialect
    void aFailingCodeMigrationIsNamedAndRolledBackWhereDdlIsTransactional(TestTarget target) {
        Database database = RunnerDatabases.clean(target);
        Migrator migrator = Migrator.builder(database)
                .migration(CodeMigration.of(1, "half done", context -> {
                    context.execute("CREATE TABLE mr_half (id INTEGER)");
                    throw new IllegalStateException("the seed file is empty");
                }))
                .build();
        MigrationFailedException failure = assertThrows(MigrationFailedException.class, migrator::up);
        assertTrue(failure.getMessage().contains("migration 1 (half done) failed in code")
                && failure.getMessage().contains("the seed file is empty"), failure.getMessage());
        assertNull(failure.statement(), "the failure was in code, not in a statement");
        boolean transactionalDdl = !RunnerQueries.commitsDdlAtOnce(database);
        assertEquals(!transactionalDdl, failure.recordedAsFailed(), "recorded only where DDL commits at once");
        assertEquals(!transactionalDdl, tableExists(database, "mr_half"),
                "the table the migration made is rolled back where DDL is transactional");
        assertEquals(transactionalDdl ? List.of() : List.of(1L), historyVersions(database),
                "a rolled-back failure is not recorded; a committed one is, as failed");
    }
}
