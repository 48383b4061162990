package dev.quarry.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.InvalidValueException;
import dev.quarry.dialect.DecimalStorage;
import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Every column type of the first slice written and read back unchanged, on every dialect. */
class TypeRoundTripTest {

    static final class Samples extends Table {
        static final Samples SAMPLES = new Samples();
        final Column<Integer> id = integer("id");
        final Column<@Nullable Integer> small = integer("small").nullable();
        final Column<@Nullable Long> big = bigint("big").nullable();
        final Column<@Nullable String> word = varchar("word", 8).nullable();
        final Column<@Nullable String> prose = text("prose").nullable();
        final Column<@Nullable Boolean> flag = bool("flag").nullable();
        final Column<@Nullable BigDecimal> money = decimal("money", 12, 2).nullable();
        final Column<@Nullable BigDecimal> precise = decimal("precise", 30, 10).nullable();
        final Column<@Nullable LocalDateTime> local = datetime("local").nullable();
        final Column<@Nullable Instant> instant = timestamp("instant").nullable();

        private Samples() {
            super("samples");
            primaryKey(id);
        }
    }

    private static final Samples S = Samples.SAMPLES;

    private static Database fresh(TestTarget target) {
        Database db = TestDatabases.of(target);
        db.inTransaction(tx -> {
            tx.dropTableIfExists(S);
            tx.createTable(S);
        });
        return db;
    }

    private static Row roundTrip(Database db, int id, InsertSetter setter) {
        db.inTransaction(tx -> setter.apply(tx.insertInto(S).set(S.id, id)).execute());
        return db.transaction(tx -> tx.selectFrom(S).where(S.id.eq(id)).fetchOne());
    }

    @FunctionalInterface
    private interface InsertSetter {
        InsertQuery apply(InsertQuery insert);
    }

    @OnEveryDialect
    void extremesOfEveryTypeSurvive(TestTarget target) {
        Database db = fresh(target);
        String fourByteCharacters = "\uD83D\uDE00a\u00e9\u4e2d\uD83C\uDF89";
        LocalDateTime local = LocalDateTime.of(1969, 7, 20, 20, 17, 40, 123_456_000);
        Instant instant = Instant.parse("2038-01-19T03:14:08.654321Z");
        Row row = roundTrip(db, 1, insert -> insert
                .set(S.small, Integer.MIN_VALUE)
                .set(S.big, Long.MAX_VALUE)
                .set(S.word, fourByteCharacters)
                .set(S.prose, "line one\nline 'two' \"three\" \\ end " + "x".repeat(70_000))
                .set(S.flag, false)
                .set(S.money, new BigDecimal("-9999999999.99"))
                .set(S.local, local)
                .set(S.instant, instant));
        assertEquals(Integer.MIN_VALUE, row.get(S.small));
        assertEquals(Long.MAX_VALUE, row.get(S.big));
        assertEquals(fourByteCharacters, row.get(S.word));
        assertEquals(70_034, row.get(S.prose).length());
        assertEquals(false, row.get(S.flag));
        assertEquals(new BigDecimal("-9999999999.99"), row.get(S.money));
        assertEquals(local, row.get(S.local));
        assertEquals(instant, row.get(S.instant));
    }

    @OnEveryDialect
    void theOtherExtremes(TestTarget target) {
        Database db = fresh(target);
        Row row = roundTrip(db, 2, insert -> insert
                .set(S.small, Integer.MAX_VALUE)
                .set(S.big, Long.MIN_VALUE)
                .set(S.word, "")
                .set(S.prose, "")
                .set(S.flag, true)
                .set(S.money, new BigDecimal("0.10"))
                .set(S.local, LocalDateTime.of(1, 1, 1, 0, 0))
                .set(S.instant, Instant.parse("9999-12-31T23:59:59.999999Z")));
        assertEquals(Integer.MAX_VALUE, row.get(S.small));
        assertEquals(Long.MIN_VALUE, row.get(S.big));
        assertEquals("", row.get(S.word));
        assertEquals("", row.get(S.prose));
        assertEquals(true, row.get(S.flag));
        assertEquals(new BigDecimal("0.10"), row.get(S.money));
        assertEquals(LocalDateTime.of(1, 1, 1, 0, 0), row.get(S.local));
        assertEquals(Instant.parse("9999-12-31T23:59:59.999999Z"), row.get(S.instant));
    }

    @OnEveryDialect
    void decimalsKeepTheirScale(TestTarget target) {
        Database db = fresh(target);
        Row row = roundTrip(db, 3, insert -> insert.set(S.money, new BigDecimal("5")));
        assertEquals(new BigDecimal("5.00"), row.get(S.money));
        assertEquals(1L, (long) db.transaction(tx -> tx.selectFrom(S).where(S.money.eq(new BigDecimal("5.00"))).count()));
        assertEquals(1L, (long) db.transaction(tx -> tx.selectFrom(S).where(S.money.gt(new BigDecimal("4.99"))).count()));
    }

    @OnEveryDialect
    void decimalsBeyondWhatTheDialectKeepsAreRefusedNotRounded(TestTarget target) {
        Database db = fresh(target);
        BigDecimal twentyDigits = new BigDecimal("1234567890.1234567891");
        if (db.dialect().decimalStorage() == DecimalStorage.DOUBLE) {
            InvalidValueException error = assertThrows(InvalidValueException.class,
                    () -> roundTrip(db, 4, insert -> insert.set(S.precise, twentyDigits)));
            assertEquals("1234567890.1234567891 has more significant digits than SQLite keeps: it stores decimals"
                    + " as 8-byte floating point and would store 1234567890.1234567", error.getMessage());
            assertEquals(0L, (long) db.transaction(tx -> tx.selectFrom(S).count()));
        } else {
            assertEquals(twentyDigits, roundTrip(db, 4, insert -> insert.set(S.precise, twentyDigits)).get(S.precise));
        }
    }

    @OnEveryDialect
    void datesAreStoredToTheMicrosecondEverywhere(TestTarget target) {
        Database db = fresh(target);
        Row row = roundTrip(db, 5, insert -> insert
                .set(S.local, LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_999_999))
                .set(S.instant, Instant.parse("2024-02-29T23:59:59.999999999Z")));
        assertEquals(LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_999_000), row.get(S.local));
        assertEquals(Instant.parse("2024-02-29T23:59:59.999999Z"), row.get(S.instant));
    }

    @OnEveryDialect
    void timestampsCompareAndSortByTime(TestTarget target) {
        Database db = fresh(target);
        List<Instant> instants = List.of(Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("1999-12-31T23:59:59.5Z"), Instant.parse("2020-01-01T00:00:00.000001Z"));
        for (int i = 0; i < instants.size(); i++) {
            int id = 10 + i;
            Instant value = instants.get(i);
            roundTrip(db, id, insert -> insert.set(S.instant, value).set(S.local, LocalDateTime.of(2000 + id, 1, 1, 0, 0)));
        }
        List<Integer> ids = db.transaction(tx -> tx.selectFrom(S).where(S.instant.gt(Instant.parse("2000-01-01T00:00:00Z")))
                .orderBy(S.instant.desc()).fetch()).stream().map(r -> r.get(S.id)).toList();
        assertEquals(List.of(12, 10), ids);
        List<Integer> byLocal = db.transaction(tx -> tx.selectFrom(S)
                .where(S.local.between(LocalDateTime.of(2010, 6, 1, 0, 0), LocalDateTime.of(2012, 1, 1, 0, 0)))
                .orderBy(S.local.asc()).fetch()).stream().map(r -> r.get(S.id)).toList();
        assertEquals(List.of(11, 12), byLocal);
    }

    @OnEveryDialect
    void nullsComeBackAsNullInEveryType(TestTarget target) {
        Database db = fresh(target);
        Row row = roundTrip(db, 6, insert -> insert);
        for (Column<?> column : S.columns()) {
            if (column != S.id) {
                assertNull(row.get(column), column.qualifiedName());
            }
        }
    }
}
