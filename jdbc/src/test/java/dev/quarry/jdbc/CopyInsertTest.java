package dev.quarry.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.InvalidValueException;
import dev.quarry.dialect.Dialects;
import dev.quarry.dialect.TextSemantics;
import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Inserts of many rows on PostgreSQL run as one {@code COPY … FROM STDIN}: the rows read back as
 * the same rows inserted by INSERT, values are checked before anything is sent, a failure writes no
 * row, and a timeout cancels a blocked COPY on the server. Other databases keep their INSERT
 * statements whatever the threshold.
 */
class CopyInsertTest {

    enum Shade { LIGHT, DARK }

    static final class Loaded extends Table {
        static final Loaded LOADED = new Loaded();
        final Column<Integer> id = integer("id");
        final Column<@Nullable Short> small = smallint("small").nullable();
        final Column<@Nullable Long> big = bigint("big").nullable();
        final Column<@Nullable String> word = varchar("word", 16).nullable();
        final Column<@Nullable String> prose = text("prose").nullable();
        final Column<@Nullable Boolean> flag = bool("flag").nullable();
        final Column<@Nullable BigDecimal> money = decimal("money", 12, 2).nullable();
        final Column<@Nullable Double> ratio = doublePrecision("ratio").nullable();
        final Column<@Nullable Float> part = real("part").nullable();
        final Column<@Nullable LocalDate> day = date("day").nullable();
        final Column<@Nullable LocalDateTime> local = datetime("local").nullable();
        final Column<@Nullable Instant> instant = timestamp("instant").nullable();
        final Column<@Nullable UUID> key = uuid("key").nullable();
        final Column<byte @Nullable []> bytes = binary("bytes").nullable();
        final Column<@Nullable Shade> shade = enumByName("shade", Shade.class).nullable();

        private Loaded() {
            super("copy_loaded");
            primaryKey(id);
        }
    }

    private static final Loaded L = Loaded.LOADED;

    /** A database of its own whose statements are recorded, with this COPY threshold. */
    private static Database open(TestTarget target, String purpose, int threshold, List<ExecutedStatement> executed) {
        return open(target, purpose, threshold, executed, UnaryOperator.identity());
    }

    private static Database open(TestTarget target, String purpose, int threshold, List<ExecutedStatement> executed,
            UnaryOperator<DatabaseConfig.Builder> configure) {
        Database db = TestDatabases.openLike(TestDatabases.of(target), "copy-" + purpose + "-" + target.name(), 2,
                builder -> configure.apply(builder.copyThreshold(threshold).statementListener(executed::add)));
        db.inTransaction(tx -> {
            tx.dropTableIfExists(L);
            tx.createTable(L);
        });
        executed.clear();
        return db;
    }

    private static boolean copies(Database db) {
        return db.dialect().name().equals(Dialects.POSTGRESQL.name());
    }

    private static List<String> statementStarts(List<ExecutedStatement> executed) {
        return executed.stream().map(statement -> statement.sql().substring(0, statement.sql().indexOf(' '))).toList();
    }

    private static InsertRowFill sample(int index) {
        return (row, id) -> switch (index) {
            case 0 -> row.set(L.id, id).set(L.small, Short.MIN_VALUE).set(L.big, Long.MAX_VALUE)
                    .set(L.word, "tab\there\\N").set(L.prose, "line\none\r\n\\ 'q' \"d\" \u00e9\u4e2d\uD83D\uDE00")
                    .set(L.flag, true).set(L.money, new BigDecimal("-9999999999.99")).set(L.ratio, 1.0E-300)
                    .set(L.part, 3.4028235E38f).set(L.day, LocalDate.of(1, 1, 1))
                    .set(L.local, LocalDateTime.of(1969, 7, 20, 20, 17, 40, 123_456_789))
                    .set(L.instant, Instant.parse("2038-01-19T03:14:08.654321999Z"))
                    .set(L.key, UUID.fromString("123e4567-e89b-12d3-a456-426614174000"))
                    .set(L.bytes, allBytes()).set(L.shade, Shade.DARK);
            case 1 -> row.set(L.id, id).set(L.small, (Short) null).set(L.big, (Long) null).set(L.word, (String) null).set(L.prose, (String) null)
                    .set(L.flag, (Boolean) null).set(L.money, (BigDecimal) null).set(L.ratio, (Double) null).set(L.part, (Float) null).set(L.day, (LocalDate) null)
                    .set(L.local, (LocalDateTime) null).set(L.instant, (Instant) null).set(L.key, (UUID) null).set(L.bytes, (byte[]) null).set(L.shade, (Shade) null);
            default -> row.set(L.id, id).set(L.small, (short) 7).set(L.big, -1L).set(L.word, "").set(L.prose, "\\.")
                    .set(L.flag, false).set(L.money, new BigDecimal("0.10")).set(L.ratio, -2.5E-5)
                    .set(L.part, -1.5f).set(L.day, LocalDate.of(9999, 12, 31))
                    .set(L.local, LocalDateTime.of(2024, 2, 29, 0, 0)).set(L.instant, Instant.EPOCH)
                    .set(L.key, new UUID(-1, 0)).set(L.bytes, new byte[0]).set(L.shade, Shade.LIGHT);
        };
    }

    @FunctionalInterface
    private interface InsertRowFill {
        dev.quarry.sql.InsertRow fill(dev.quarry.sql.InsertRow row, int id);
    }

    private static byte[] allBytes() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    /** Inserts the three samples with ids from {@code first}, in one insert. */
    private static void insertSamples(Database db, int first) {
        db.inTransaction(tx -> tx.insertInto(L).rows(List.of(0, 1, 2),
                (row, index) -> sample(index).fill(row, first + index)).execute());
    }

    /** The rows from {@code first}, each value as text (bytes in hex), without the id. */
    private static List<List<String>> readBack(Database db, int first) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : db.transaction(tx -> tx.selectFrom(L).where(L.id.between(first, first + 2)).orderBy(L.id.asc()).fetch())) {
            List<String> values = new ArrayList<>();
            for (int i = 1; i < row.size(); i++) {
                Object value = row.get(i);
                values.add(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value));
            }
            rows.add(values);
        }
        return rows;
    }

    @OnEveryDialect
    void copiedRowsReadBackAsTheSameRowsInsertedByInsert(TestTarget target) {
        List<ExecutedStatement> copying = new CopyOnWriteArrayList<>();
        List<ExecutedStatement> inserting = new CopyOnWriteArrayList<>();
        // Text semantics of its own make the database's dialect an instance of its own too.
        Database withCopy = open(target, "on", 2, copying, builder -> builder.textSemantics(TextSemantics.DATABASE));
        Database withoutCopy = open(target, "off", 0, inserting);

        // Both databases share the table: the rows of one start at id 1, the other's at id 11.
        insertSamples(withoutCopy, 1);
        insertSamples(withCopy, 11);

        assertEquals(copies(withCopy) ? List.of("COPY") : List.of("INSERT"), statementStarts(copying));
        assertEquals(List.of("INSERT"), statementStarts(inserting));
        List<List<String>> copied = readBack(withCopy, 11);
        assertEquals(readBack(withoutCopy, 1), copied);
        assertEquals(3, copied.size());
        assertEquals("tab\there\\N", copied.get(0).get(2));
        assertEquals("null", copied.get(1).get(0));
    }

    @OnEveryDialect
    void anInsertBelowTheThresholdKeepsItsStatement(TestTarget target) {
        List<ExecutedStatement> executed = new CopyOnWriteArrayList<>();
        Database db = open(target, "below", 4, executed);
        insertSamples(db, 1);
        assertEquals(List.of("INSERT"), statementStarts(executed));
    }

    @OnEveryDialect
    void aValueItsBindRefusesFailsNamingRowAndColumnWithNothingSent(TestTarget target) {
        List<ExecutedStatement> executed = new CopyOnWriteArrayList<>();
        Database db = open(target, "refused", 2, executed);
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> db.inTransaction(tx ->
                tx.insertInto(L).rows(List.of(1, 2, 3), (row, id) -> row.set(L.id, id)
                        .set(L.word, id == 3 ? "broken \uD800" : "fine")).execute()));
        assertTrue(refused.getMessage().contains("nothing was sent"), refused.getMessage());
        if (copies(db)) {
            assertTrue(refused.getMessage().startsWith("row 3 of the insert, column copy_loaded.word: "), refused.getMessage());
        }
        // Other databases report the INSERT that failed as its values were bound.
        assertEquals(copies(db) ? List.of() : List.of("INSERT"), statementStarts(executed));
        assertEquals(0L, (long) db.transaction(tx -> tx.selectFrom(L).count()));
    }

    @OnEveryDialect
    void aRowTheServerRefusesLeavesNoRowWritten(TestTarget target) {
        List<ExecutedStatement> executed = new CopyOnWriteArrayList<>();
        Database db = open(target, "duplicate", 2, executed);
        DataAccessException duplicate = assertThrows(DataAccessException.class, () -> db.inTransaction(tx ->
                tx.insertInto(L).rows(List.of(1, 2, 3, 2), (row, id) -> row.set(L.id, id).set(L.word, "w" + id)).execute()));
        assertTrue(duplicate.sql().startsWith(copies(db) ? "COPY" : "INSERT"), duplicate.sql());
        assertInstanceOf(UniqueViolationException.class, duplicate);
        assertEquals(0L, (long) db.transaction(tx -> tx.selectFrom(L).count()));
    }

    @OnEveryDialect
    void aStatementTimeoutCancelsACopyBlockedByAnotherTransaction(TestTarget target) throws Exception {
        List<ExecutedStatement> executed = new CopyOnWriteArrayList<>();
        Database db = open(target, "blocked", 2, executed);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Another transaction holds an uncommitted row with the key the insert needs.
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> db.inTransaction(tx -> {
            tx.insertInto(L).set(L.id, 2).execute();
            holding.countDown();
            await(release);
            tx.setRollbackOnly();
        }));
        try {
            assertTrue(holding.await(30, TimeUnit.SECONDS));
            TransactionOptions hurried = TransactionOptions.DEFAULT.statementTimeout(Duration.ofMillis(300));
            DataAccessException failure = assertThrows(DataAccessException.class, () -> db.inTransaction(hurried, tx ->
                    tx.insertInto(L).rows(List.of(1, 2, 3), (row, id) -> row.set(L.id, id)).execute()));
            if (!db.dialect().name().equals(Dialects.SQLITE.name())) {
                assertInstanceOf(StatementTimeoutException.class, failure);
                assertTrue(failure.sql().startsWith(copies(db) ? "COPY" : "INSERT"), failure.sql());
            }
        } finally {
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        }
        assertEquals(0L, (long) db.transaction(tx -> tx.selectFrom(L).count()));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @OnEveryDialect
    void aThresholdOfOneRowIsRefused(TestTarget target) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.builder(target.jdbcUrl()).copyThreshold(1));
        assertEquals("copyThreshold must be 0 (never) or at least 2 rows, not 1", refused.getMessage());
        assertEquals(DatabaseConfig.DEFAULT_COPY_THRESHOLD, DatabaseConfig.builder(target.jdbcUrl()).build().copyThreshold());
    }
}
