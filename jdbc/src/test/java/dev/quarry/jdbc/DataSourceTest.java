package dev.quarry.jdbc;

import static dev.quarry.jdbc.Accounts.ACCOUNTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.sql.Functions;
import dev.quarry.sql.Select;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/** Databases on an application's own data source, and the pools Quarry creates and names. */
class DataSourceTest {

    /** The driver's own data source for a target: no pooling, connections in auto-commit mode. */
    private static DataSource driverDataSource(TestTarget target) throws SQLException {
        String url = target.jdbcUrl();
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            return postgres;
        }
        if (url.startsWith("jdbc:sqlite:")) {
            SQLiteDataSource sqlite = new SQLiteDataSource();
            sqlite.setUrl(url);
            return sqlite;
        }
        if (url.startsWith("jdbc:mysql:")) {
            MysqlDataSource connectorJ = new MysqlDataSource();
            connectorJ.setURL(url);
            return connectorJ;
        }
        return new MariaDbDataSource(url);
    }

    private static void commitsAndRollsBack(Database db) {
        Accounts.fresh(db);
        assertThrows(IllegalStateException.class, () -> db.inTransaction(tx -> {
            Accounts.open(tx, 3, "alan", 0);
            throw new IllegalStateException("rolled back on purpose");
        }));
        db.inTransaction(tx -> Accounts.open(tx, 4, "edsger", 0));
        assertEquals(List.of("ada", "grace", "edsger"), Accounts.owners(db));
    }

    @OnEveryDialect
    void anApplicationsHikariPoolIsUsedAsItIsAndLeftOpen(TestTarget target) throws Exception {
        HikariConfig settings = new HikariConfig();
        settings.setJdbcUrl(target.jdbcUrl());
        settings.setMaximumPoolSize(2);
        settings.setPoolName("application-pool-" + target.name());
        try (HikariDataSource pool = new HikariDataSource(settings)) {
            try (Database db = Database.connect(DatabaseConfig.builder(pool).name("hikari-source-" + target.name()).build())) {
                assertSame(TestDatabases.serverDialect(target), db.dialect());
                commitsAndRollsBack(db);

                // Two permits, as the pool has two connections: the others wait without a thread.
                CountDownLatch holding = new CountDownLatch(1);
                List<CompletableFuture<Long>> futures = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    futures.add(db.transactionAsync(tx -> {
                        holding.await(10, TimeUnit.SECONDS);
                        return tx.selectFrom(ACCOUNTS).count();
                    }));
                }
                String expected = "2 permits taken, 3 waiting, 2 connections in use";
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!db.internals().usage().equals(expected) && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertEquals(expected, db.internals().usage());
                holding.countDown();
                for (CompletableFuture<Long> future : futures) {
                    assertEquals(3L, future.get(10, TimeUnit.SECONDS));
                }
                assertTrue(db.internals().awaitIdle(Duration.ofSeconds(10)), db.internals().usage());
            }
            assertFalse(pool.isClosed(), "closing the database leaves the application's pool open");
            try (Connection connection = pool.getConnection()) {
                assertTrue(connection.getAutoCommit(), "connections go back in the auto-commit mode they came in");
            }
        }
    }

    @OnEveryDialect
    void aDriversOwnDataSourceWorksLikeAQuarryPool(TestTarget target) throws Exception {
        try (Database db = Database.connect(DatabaseConfig.builder(driverDataSource(target))
                .name("driver-source-" + target.name()).poolSize(2).build())) {
            assertSame(TestDatabases.serverDialect(target), db.dialect());
            commitsAndRollsBack(db);
            // Quarry's functions reach connections it did not open: SQLite's own UPPER changes ASCII letters only.
            var upper = Functions.upper(Functions.literal("é ω"));
            assertEquals("É Ω", db.transaction(tx -> tx.fetch(Select.of(upper)).get(0).get(upper)));
            assertTrue(db.internals().awaitIdle(Duration.ofSeconds(10)), db.internals().usage());
        }
    }

    @Test
    void aDataSourceTakesNoCredentialsDriverPropertiesOrPoolSettings() {
        SQLiteDataSource source = new SQLiteDataSource();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.builder(source).name("misconfigured").user("app").build());
        assertEquals("credentials, driver properties and pool settings belong to the data source of database"
                + " 'misconfigured'; configure them there", error.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.builder(source).poolSettings(pool -> pool.setMinimumIdle(1)).build());
    }

    @OnEveryDialect
    void aPoolQuarryCreatesIsNamedAfterTheDatabaseAndTakesSettings(TestTarget target) {
        AtomicReference<String> named = new AtomicReference<>();
        try (Database db = Database.connect(DatabaseConfig.builder(target.jdbcUrl()).name("named-pool-" + target.name())
                .poolSize(2).poolSettings(pool -> {
                    named.set(pool.getPoolName());
                    pool.setMinimumIdle(1);
                    pool.setMaximumPoolSize(50);
                    pool.setAutoCommit(true);
                }).build())) {
            assertEquals("named-pool-" + target.name(), named.get());
            commitsAndRollsBack(db);
            assertTrue(db.internals().pooledConnections() <= 2, "the pool keeps the database's size");
        }
    }

    @Test
    void poolSettingsGivenTwiceBothApplyInTheOrderGiven() {
        List<String> applied = new ArrayList<>();
        DatabaseConfig.Builder builder = DatabaseConfig.builder("jdbc:sqlite:file:pool-settings-twice?mode=memory&cache=shared")
                .name("pool-settings-twice")
                .poolSettings(pool -> {
                    applied.add("first");
                    pool.setMinimumIdle(1);
                })
                .poolSettings(pool -> applied.add("second, minimum idle " + pool.getMinimumIdle()));
        assertTrue(builder.createsPool());
        assertFalse(DatabaseConfig.builder(new SQLiteDataSource()).createsPool());
        try (Database db = Database.connect(builder.build())) {
            assertEquals(List.of("first", "second, minimum idle 1"), applied);
            assertEquals(1L, db.transaction(tx -> tx.fetch(Select.of(Functions.literal(1L))).size()).longValue());
        }
    }

    @Test
    void aMissingDriverNamesTheArtifactToAddAndNoPassword() {
        DataAccessException error = WithoutDriver.connectorJ(() -> assertThrows(DataAccessException.class,
                () -> Database.connect("jdbc:mysql://127.0.0.1:3306/app?user=app&password=s3cret")));
        assertEquals("no JDBC driver on the classpath takes a 'jdbc:mysql:' URL: add com.mysql:mysql-connector-j, or use"
                + " a jdbc:mariadb: URL with org.mariadb.jdbc:mariadb-java-client", error.getMessage());
        DataAccessException unknown = assertThrows(DataAccessException.class,
                () -> Database.connect("jdbc:nosuchdb://host/app?password=s3cret"));
        assertEquals("no JDBC driver on the classpath takes a 'jdbc:nosuchdb:' URL: add the driver of that database",
                unknown.getMessage());
    }
}
