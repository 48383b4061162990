package dev.quarry.jdbc;

import static dev.quarry.jdbc.PoolerTables.labelOf;
import static dev.quarry.jdbc.PoolerTables.namedStatements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.sql.IsolationLevel;
import dev.quarry.testkit.TestTarget;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DatabaseConfig.Builder#transactionPooler()} on the embedded PostgreSQL server, without a
 * pooler in between: no named server-side statements however often a statement runs (and without
 * the setting, there are some, so the check can see them), settings that end with their
 * transaction, hand-written session statements refused before they reach the server, and
 * configurations that cannot honour the setting refused with what to change. The same cases
 * through a real PgBouncer are in {@code PgBouncerTest}.
 */
class TransactionPoolerTest {

    private static long namedStatementsAfterManyRuns(TestTarget target, String name, boolean pooler) {
        try (Database db = PoolerTables.open(target.jdbcUrl(), name, 1, builder -> pooler ? builder.transactionPooler() : builder)) {
            PoolerTables.freshItems(db, 3);
            return db.transaction(tx -> {
                for (int run = 0; run < 12; run++) {
                    assertEquals("item " + (run % 3 + 1), labelOf(tx, run % 3 + 1));
                }
                return namedStatements(tx);
            });
        }
    }

    @Test
    void theDriverPreparesNoNamedServerSideStatements() {
        TestTarget target = PoolerTables.postgres();
        assertTrue(namedStatementsAfterManyRuns(target, "pooler-default", false) > 0,
                "without the setting the driver prepares a statement run 12 times on the server, as pg_prepared_statements shows");
        assertEquals(0, namedStatementsAfterManyRuns(target, "pooler-set", true),
                "with the setting it prepares none: every run parses the statement unnamed");
    }

    @Test
    void settingsOfATransactionEndWithIt() {
        TestTarget target = PoolerTables.postgres();
        try (Database db = PoolerTables.open(target.jdbcUrl(), "pooler-local", 1, DatabaseConfig.Builder::transactionPooler)) {
            String before = db.transaction(tx -> String.valueOf(tx.fetch("SHOW statement_timeout").get(0).get("statement_timeout")));
            String inside = db.transaction(tx -> {
                tx.execute("SET LOCAL statement_timeout = '4321ms'");
                return String.valueOf(tx.fetch("SHOW statement_timeout").get(0).get("statement_timeout"));
            });
            assertEquals("4321ms", inside, "SET LOCAL applies inside the transaction");
            assertEquals(before, db.transaction(tx -> String.valueOf(tx.fetch("SHOW statement_timeout").get(0).get("statement_timeout"))),
                    "and is gone after it, on the same connection");
            TransactionOptions serializableReads = TransactionOptions.DEFAULT.isolation(IsolationLevel.SERIALIZABLE).readOnly();
            assertEquals(List.of("serializable", "on"), db.transaction(serializableReads, tx -> List.of(
                    String.valueOf(tx.fetch("SHOW transaction_isolation").get(0).get("transaction_isolation")),
                    String.valueOf(tx.fetch("SHOW transaction_read_only").get(0).get("transaction_read_only")))),
                    "isolation and read-only mode are set per transaction");
            assertEquals(List.of("read committed", "off"), db.transaction(tx -> List.of(
                    String.valueOf(tx.fetch("SHOW transaction_isolation").get(0).get("transaction_isolation")),
                    String.valueOf(tx.fetch("SHOW transaction_read_only").get(0).get("transaction_read_only")))),
                    "the next transaction has the server's defaults again");
        }
    }

    @Test
    void handWrittenSessionStatementsAreRefusedBeforeTheyReachTheServer() {
        TestTarget target = PoolerTables.postgres();
        List<String> sessionStatements = List.of("SET statement_timeout = 0", "  set search_path to public",
                "/* tuning */ SET SESSION work_mem = '8MB'", "-- note\nRESET ALL", "LISTEN jobs", "UNLISTEN *",
                "PREPARE two AS SELECT 2", "DEALLOCATE ALL", "DISCARD ALL", "DECLARE kept CURSOR WITH HOLD FOR SELECT 1",
                "SELECT pg_advisory_lock(42)", "SELECT pg_try_advisory_lock_shared(42)", "SELECT pg_advisory_unlock_all()");
        try (Database db = PoolerTables.open(target.jdbcUrl(), "pooler-refusals", 1, DatabaseConfig.Builder::transactionPooler)) {
            db.inTransaction(tx -> {
                for (String sql : sessionStatements) {
                    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> tx.execute(sql), sql);
                    assertTrue(refused.getMessage().contains("transactionPooler()")
                            && refused.getMessage().contains("database 'pooler-refusals'"), refused.getMessage());
                    assertThrows(IllegalStateException.class, () -> tx.fetch(sql), sql);
                }
                assertTrue(assertThrows(IllegalStateException.class, () -> tx.execute("SET search_path TO public"))
                        .getMessage().contains("use SET LOCAL"));
                assertTrue(assertThrows(IllegalStateException.class, () -> tx.fetch("SELECT pg_advisory_lock(7)"))
                        .getMessage().contains("pg_advisory_xact_lock"));
                // Nothing reached the server: PostgreSQL would refuse every statement after a failed one.
                tx.execute("SET LOCAL search_path TO public");
                assertEquals(true, tx.fetch("SELECT pg_try_advisory_xact_lock(42) AS locked").get(0).get("locked"));
                assertEquals("SET x", tx.fetch("SELECT 'SET x' AS text").get(0).get("text"), "SET inside a literal is no statement");
            });
        }
        try (Database db = PoolerTables.open(target.jdbcUrl(), "pooler-unset", 1, builder -> builder)) {
            assertEquals("quarry-direct", db.transaction(tx -> {
                tx.execute("SET application_name = 'quarry-direct'");
                return tx.fetch("SHOW application_name").get(0).get("application_name");
            }), "without the setting a session SET runs as before");
        }
    }

    @Test
    void aConnectionThatStillPreparesOnTheServerIsRefusedWhenTheDatabaseOpens() {
        TestTarget target = PoolerTables.postgres();
        IllegalArgumentException property = assertThrows(IllegalArgumentException.class, () -> PoolerTables.open(target.jdbcUrl(),
                "pooler-property", 1, builder -> builder.transactionPooler().property("prepareThreshold", "5")));
        assertTrue(property.getMessage().contains("prepareThreshold=5") && property.getMessage().contains("'pooler-property'"),
                property.getMessage());
        IllegalArgumentException url = assertThrows(IllegalArgumentException.class, () -> PoolerTables.open(
                target.jdbcUrl() + "&prepareThreshold=3", "pooler-url", 1, DatabaseConfig.Builder::transactionPooler));
        assertTrue(url.getMessage().contains("prepareThreshold=3"), url.getMessage());

        HikariConfig plain = new HikariConfig();
        plain.setJdbcUrl(target.jdbcUrl());
        plain.setMaximumPoolSize(1);
        try (HikariDataSource applications = new HikariDataSource(plain)) {
            IllegalArgumentException dataSource = assertThrows(IllegalArgumentException.class, () -> Database.connect(
                    DatabaseConfig.builder(applications).name("pooler-data-source").transactionPooler().build()));
            assertTrue(dataSource.getMessage().contains("set prepareThreshold=0"), dataSource.getMessage());
        }
        HikariConfig unprepared = new HikariConfig();
        unprepared.setJdbcUrl(target.jdbcUrl());
        unprepared.setMaximumPoolSize(1);
        unprepared.addDataSourceProperty("prepareThreshold", "0");
        try (HikariDataSource applications = new HikariDataSource(unprepared);
                Database db = Database.connect(DatabaseConfig.builder(applications).name("pooler-data-source-ok").transactionPooler().build())) {
            PoolerTables.freshItems(db, 2);
            assertEquals(0L, (long) db.transaction(tx -> {
                for (int run = 0; run < 8; run++) {
                    labelOf(tx, 2);
                }
                return namedStatements(tx);
            }), "a data source set up for the pooler is accepted, and prepares nothing");
        }
    }

    @Test
    void theSettingIsRefusedForDatabasesOtherThanPostgres() {
        IllegalArgumentException sqlite = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.builder("jdbc:sqlite:pooled.db").name("pooled-sqlite").transactionPooler().build());
        assertTrue(sqlite.getMessage().contains("'pooled-sqlite', which is sqlite") && sqlite.getMessage().contains("PgBouncer"),
                sqlite.getMessage());
        IllegalArgumentException mariadb = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.builder("jdbc:mariadb://localhost/app").transactionPooler().build());
        assertTrue(mariadb.getMessage().contains("which is mariadb"), mariadb.getMessage());
        assertTrue(DatabaseConfig.builder("jdbc:postgresql://localhost/app").transactionPooler().build().isBehindTransactionPooler());
    }
}
