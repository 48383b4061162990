package dev.quarry.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.Dialects;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Opening, naming, sharing and closing databases. */
class DatabaseTest {

    private static Database sqliteFile(String name) throws IOException {
        Path file = Files.createTempFile("database-test", ".db");
        file.toFile().deleteOnExit();
        return Database.connect(DatabaseConfig.builder("jdbc:sqlite:" + file).name(name).poolSize(1)
                .connectionTimeout(Duration.ofMillis(300)).build());
    }

    @Test
    void databasesAreRegisteredByNameUntilClosed() throws IOException {
        try (Database db = sqliteFile("registry-test")) {
            assertSame(db, Database.named("registry-test"));
            IllegalStateException twice = assertThrows(IllegalStateException.class, () -> sqliteFile("registry-test"));
            assertEquals("a database named 'registry-test' is already open", twice.getMessage());
        }
        IllegalArgumentException gone = assertThrows(IllegalArgumentException.class,
                () -> Database.named("registry-test"));
        assertTrue(gone.getMessage().startsWith("no open database is named 'registry-test'"), gone.getMessage());
    }

    @Test
    void aClosedDatabaseRefusesWorkByName() throws IOException {
        Database db = sqliteFile("closed-test");
        db.close();
        db.close();
        DatabaseClosedException closed = assertThrows(DatabaseClosedException.class,
                () -> db.transaction(tx -> tx.dialect()));
        assertEquals("database 'closed-test' is closed", closed.getMessage());
        assertTrue(db.isClosed());
    }

    @Test
    void theDefaultDatabaseCanBeChosen() throws IOException {
        try (Database db = sqliteFile("default-test")) {
            Database.setDefault(db);
            assertSame(db, Database.defaultDatabase());
        }
    }

    @Test
    void waitingForABusyPoolEndsWithAClearError() throws Exception {
        try (Database db = sqliteFile("busy-test")) {
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> db.inTransaction(tx -> {
                holding.countDown();
                release.await(10, TimeUnit.SECONDS);
            }));
            holding.await(10, TimeUnit.SECONDS);
            ConnectionUnavailableException busy = assertThrows(ConnectionUnavailableException.class,
                    () -> db.transaction(tx -> tx.dialect()));
            assertEquals("no connection of database 'busy-test' became free within 300 ms; all are held by other"
                    + " transactions", busy.getMessage());
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            assertSame(Dialects.SQLITE, db.transaction(tx -> tx.dialect()));
            assertEquals(1, db.internals().gate().available());
        }
    }

    @Test
    void privateInMemorySqliteIsRefusedWithTheAlternative() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Database.connect("jdbc:sqlite::memory:"));
        assertEquals("'jdbc:sqlite::memory:' gives every pooled connection its own empty database; use"
                + " jdbc:sqlite:file:NAME?mode=memory&cache=shared for a shared in-memory database, or a file",
                error.getMessage());
    }

    @Test
    void anUnreachableServerIsReportedAtConnect() {
        DataAccessException error = assertThrows(DataAccessException.class, () -> Database.connect(
                DatabaseConfig.builder("jdbc:postgresql://127.0.0.1:1/none?user=x&connectTimeout=1")
                        .name("unreachable-test").connectionTimeout(Duration.ofMillis(500)).build()));
        assertTrue(error.getMessage().startsWith("could not connect database 'unreachable-test' (postgresql): "),
                error.getMessage());
    }

    @OnEveryDialect
    void theDialectFollowsTheServerEvenBehindAMysqlUrl(TestTarget target) {
        Database db = TestDatabases.of(target);
        assertSame(TestDatabases.serverDialect(target), db.dialect(), "the dialect of " + target + " follows the server, whatever the driver");
        if (target.jdbcUrl().startsWith("jdbc:mariadb:")) {
            String url = target.jdbcUrl().replace("jdbc:mariadb:", "jdbc:mysql:") + "&permitMysqlScheme";
            try (Database behindMysqlUrl = Database.connect(
                    DatabaseConfig.builder(url).name("mysql-scheme-test").poolSize(1).build())) {
                assertSame(Dialects.MARIADB, behindMysqlUrl.dialect());
            }
        }
    }

    @OnEveryDialect
    void generatedKeysComeFromTheDriverWhereTheDialectHasNoReturning(TestTarget target) {
        Database db = TestDatabases.of(target);
        db.inTransaction(tx -> {
            tx.dropTableIfExists(People.PEOPLE);
            tx.createTable(People.PEOPLE);
        });
        // MySQL has no INSERT … RETURNING; MariaDB understands the MySQL dialect's SQL, so the driver path runs for real.
        Dialect withoutReturning = target.family().equals("mysql") ? Dialects.MYSQL : db.dialect();
        try (Database keyed = Database.connect(DatabaseConfig.builder(target.jdbcUrl()).name("keys-test")
                .dialect(withoutReturning).poolSize(1).build())) {
            assertSame(withoutReturning, keyed.dialect());
            List<Long> ids = keyed.transaction(tx -> List.of(
                    tx.insertInto(People.PEOPLE).set(People.PEOPLE.name, "a").set(People.PEOPLE.age, 1)
                            .set(People.PEOPLE.active, true).executeAndGetId(),
                    tx.insertInto(People.PEOPLE).set(People.PEOPLE.name, "b").set(People.PEOPLE.age, 2)
                            .set(People.PEOPLE.active, true).executeAndGetId()));
            assertEquals(List.of(1L, 2L), ids);
        }
    }
}
