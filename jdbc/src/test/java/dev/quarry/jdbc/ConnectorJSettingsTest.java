package dev.quarry.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.TimeZone;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The MySQL Connector/J settings that change results or speed, checked against the server: what
 * Quarry sets (batched inserts rewritten into one statement, the statement cache), what it leaves
 * to the driver with reason (client-side prepared statements, time zones), and that a setting of
 * the application's own wins; a statement run while a stream is open. Streaming a million rows and
 * TLS through Connector/J are in {@link ConnectorJStreamingTest} and the TLS suite.
 */
class ConnectorJSettingsTest {
    static final class Items extends Table {
        static final Items ITEMS = new Items();
        final Column<Integer> id = integer("id");
        final Column<String> label = varchar("label", 32);
        final Column<Instant> seenAt = timestamp("seen_at");
        final Column<LocalDateTime> localAt = datetime("local_at");

        private Items() {
            super("cj_items");
            primaryKey(id);
        }
    }

    private static final Items ITEMS = Items.ITEMS;

    private static void freshItems(Database db) {
        db.inTransaction(tx -> {
            tx.dropTableIfExists(ITEMS);
            tx.createTable(ITEMS);
        });
    }

    private static int insertRows(Transaction tx, int count) {
        InsertQuery insert = tx.insertInto(ITEMS);
        for (int id = 1; id <= count; id++) {
            insert = insert.set(ITEMS.id, id).set(ITEMS.label, "item " + id)
                    .set(ITEMS.seenAt, Instant.EPOCH.plusSeconds(id)).set(ITEMS.localAt, LocalDateTime.of(2024, 1, 1, 0, 0).plusMinutes(id));
            if (id < count) {
                insert = insert.newRow();
            }
        }
        return insert.execute();
    }

    /** How many INSERT statements the server ran for a bulk insert of 500 rows, and the count Quarry reported. */
    private static List<Long> insertStatementsFor500Rows(UnaryOperator<DatabaseConfig.Builder> configure) {
        try (Database db = ConnectorJTarget.open("cj-batches", configure)) {
            freshItems(db);
            return db.transaction(tx -> {
                long before = ConnectorJTarget.sessionStatus(tx, "Com_insert");
                long written = insertRows(tx, 500);
                long statements = ConnectorJTarget.sessionStatus(tx, "Com_insert") - before;
                return List.of(statements, written, tx.selectFrom(ITEMS).count());
            });
        }
    }

    @Test
    void aBulkInsertIsRewrittenIntoOneStatementUnlessTheApplicationSaysOtherwise() {
        assertEquals(List.of(1L, 500L, 500L), insertStatementsFor500Rows(builder -> builder),
                "Quarry sets rewriteBatchedStatements: one multi-row INSERT, every row counted and stored");
        assertEquals(List.of(500L, 500L, 500L),
                insertStatementsFor500Rows(builder -> builder.property("rewriteBatchedStatements", "false")),
                "the application's own property wins: one INSERT per row");
    }

    /** How many statements the server prepared for ten runs of one query. */
    private static long serverPreparesForTenRuns(UnaryOperator<DatabaseConfig.Builder> configure) {
        try (Database db = ConnectorJTarget.open("cj-prepares", configure)) {
            freshItems(db);
            return db.transaction(tx -> {
                insertRows(tx, 3);
                long before = ConnectorJTarget.sessionStatus(tx, "Com_stmt_prepare");
                for (int run = 0; run < 10; run++) {
                    assertEquals(1, tx.selectFrom(ITEMS).where(ITEMS.id.eq(2)).fetch().size());
                }
                return ConnectorJTarget.sessionStatus(tx, "Com_stmt_prepare") - before;
            });
        }
    }

    @Test
    void statementsArePreparedOnTheClientByDefaultAndOnceOnTheServerWhenAskedWithTheCache() {
        assertEquals(0L, serverPreparesForTenRuns(builder -> builder),
                "by default Connector/J prepares on the client: one round trip per statement");
        assertEquals(1L, serverPreparesForTenRuns(builder -> builder.property("useServerPrepStmts", "true")),
                "with useServerPrepStmts the server prepares the query once; Quarry's cachePrepStmts keeps it");
        long uncached = serverPreparesForTenRuns(builder -> builder.property("useServerPrepStmts", "true")
                .property("cachePrepStmts", "false"));
        assertTrue(uncached >= 10, "without the cache every run prepares again, but the server prepared " + uncached);
    }

    @Test
    void instantsAndDateTimesNeverShiftWithTheJvmOrTheSessionTimeZone() {
        TimeZone saved = TimeZone.getDefault();
        Instant instant = Instant.parse("2024-03-10T02:30:00.123456Z");
        LocalDateTime local = LocalDateTime.parse("2024-03-31T02:30:00.654321");
        // +14:00 for the JVM; the session runs at -09:00 (a spring-forward night in both Europe and America).
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
        try (Database db = ConnectorJTarget.open("cj-zones", builder -> builder)) {
            freshItems(db);
            List<Object> read = db.transaction(tx -> {
                tx.execute("SET time_zone = '-09:00'");
                tx.insertInto(ITEMS).set(ITEMS.id, 1).set(ITEMS.label, "zoned").set(ITEMS.seenAt, instant).set(ITEMS.localAt, local)
                        .execute();
                Row row = tx.selectFrom(ITEMS).where(ITEMS.id.eq(1)).fetchOne();
                Row text = tx.fetch("SELECT DATE_FORMAT(seen_at, '%Y-%m-%d %H:%i:%s.%f') AS seen,"
                        + " DATE_FORMAT(local_at, '%Y-%m-%d %H:%i:%s.%f') AS loc FROM cj_items").get(0);
                return List.of(row.get(ITEMS.seenAt), row.get(ITEMS.localAt), text.get("seen"), text.get("loc"));
            });
            assertEquals(List.of(instant, local, "2024-03-10 02:30:00.123456", "2024-03-31 02:30:00.654321"), read,
                    "instants are stored as UTC wall clock and date-times as written, whatever the zones");
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void theDriverIsMySqlConnectorJAndTheDialectTheServers() {
        try (Database db = ConnectorJTarget.open("cj-driver", builder -> builder)) {
            assertTrue(db.config().url().startsWith("jdbc:mysql:"), db.config().url());
            assertEquals(TestDatabases.serverDialect(ConnectorJTarget.get()), db.dialect());
            Row version = db.transaction(tx -> tx.fetch("SELECT VERSION() AS v")).get(0);
            assertEquals(db.dialect().name().equals("mariadb"), String.valueOf(version.get("v")).toLowerCase().contains("mariadb"));
        }
    }

    @Test
    void anotherStatementWhileAStreamIsOpenReadsTheRestOfTheStreamFirst() {
        // Connector/J refuses any statement on a connection whose streamed result is still open.
        try (Database db = ConnectorJTarget.open("cj-stream-interleaved", builder -> builder)) {
            freshItems(db);
            db.inTransaction(tx -> {
                insertRows(tx, 50);
                try (Stream<Row> rows = tx.selectFrom(ITEMS).orderBy(ITEMS.id.asc()).stream(10)) {
                    Iterator<Row> iterator = rows.iterator();
                    assertEquals(1, iterator.next().get(ITEMS.id));
                    assertEquals(50L, tx.selectFrom(ITEMS).count(), "a statement runs while the stream is open");
                    int last = 1;
                    while (iterator.hasNext()) {
                        last = iterator.next().get(ITEMS.id);
                    }
                    assertEquals(50, last, "the stream goes on to its end");
                }
                assertEquals(50L, tx.selectFrom(ITEMS).count());
            });
        }
    }
}
