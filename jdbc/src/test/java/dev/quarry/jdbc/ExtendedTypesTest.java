package dev.quarry.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.InvalidValueException;
import dev.quarry.sql.Column;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The column types beyond the first slice, each written and read back unchanged on every dialect. */
class ExtendedTypesTest {

    enum Mood { CALM, CHEERFUL, GRUMPY }

    /** A user's own type: an amount of cents. */
    record Money(long cents) {
        static final SqlType<Money> TYPE = SqlType.mapped("money", Money.class, SqlType.BIGINT, Money::new, Money::cents);
    }

    static final class Things extends Table {
        static final Things THINGS = new Things();
        final Column<Integer> id = integer("id");
        final Column<@Nullable Short> small = smallint("small").nullable();
        final Column<@Nullable Float> ratio = real("ratio").nullable();
        final Column<@Nullable String> code = fixedChar("code", 3).nullable();
        final Column<byte @Nullable []> bytes = binary("bytes").nullable();
        final Column<@Nullable UUID> uid = uuid("uid").nullable();
        final Column<@Nullable LocalTime> at = time("at").nullable();
        final Column<@Nullable LocalDate> day = date("day").nullable();
        final Column<@Nullable Instant> moment = timestamp("moment").nullable();
        final Column<@Nullable OffsetDateTime> stamped = offsetDateTime("stamped").nullable();
        final Column<@Nullable Duration> elapsed = duration("elapsed").nullable();
        final Column<@Nullable String> doc = json("doc").nullable();
        final Column<@Nullable Mood> moodName = enumByName("mood_name", Mood.class).nullable();
        final Column<@Nullable Mood> moodOrdinal = enumByOrdinal("mood_ordinal", Mood.class).nullable();
        final Column<@Nullable Money> price = column("price", Money.TYPE).nullable();

        private Things() {
            super("things");
            primaryKey(id);
        }
    }

    /** The same table seen with the stored forms of its enum columns. */
    static final class StoredThings extends Table {
        static final StoredThings STORED = new StoredThings();
        final Column<Integer> id = integer("id");
        final Column<@Nullable String> moodName = varchar("mood_name", 8).nullable();
        final Column<@Nullable Short> moodOrdinal = smallint("mood_ordinal").nullable();

        private StoredThings() {
            super("things");
        }
    }

    private static final Things T = Things.THINGS;

    private static Database fresh(TestTarget target) {
        Database db = TestDatabases.of(target);
        db.inTransaction(tx -> {
            tx.dropTableIfExists(T);
            tx.createTable(T);
        });
        return db;
    }

    private static Row roundTrip(Database db, int id, java.util.function.UnaryOperator<InsertQuery> setter) {
        db.inTransaction(tx -> setter.apply(tx.insertInto(T).set(T.id, id)).execute());
        return db.transaction(tx -> tx.selectFrom(T).where(T.id.eq(id)).fetchOne());
    }

    @OnEveryDialect
    void extremesSurvive(TestTarget target) {
        Database db = fresh(target);
        byte[] everyByte = new byte[256];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = (byte) i;
        }
        UUID uid = UUID.fromString("f81d4fae-7dec-11d0-a765-00a0c91e6bf6");
        Row row = roundTrip(db, 1, insert -> insert
                .set(T.small, Short.MIN_VALUE)
                .set(T.ratio, Float.MAX_VALUE)
                .set(T.code, "\uD83D\uDE00é")
                .set(T.bytes, everyByte)
                .set(T.uid, uid)
                .set(T.at, LocalTime.of(23, 59, 59, 999_999_999))
                .set(T.day, LocalDate.of(1901, 12, 13))
                .set(T.stamped, OffsetDateTime.of(1969, 12, 31, 20, 0, 0, 500_000_000, ZoneOffset.ofHours(-5)))
                .set(T.elapsed, Duration.ofNanos(Long.MAX_VALUE))
                .set(T.doc, "{\"list\": [1, 2.5, true, null], \"text\": \"\uD83C\uDF89 ü\"}")
                .set(T.moodName, Mood.CHEERFUL)
                .set(T.moodOrdinal, Mood.GRUMPY)
                .set(T.price, new Money(Long.MIN_VALUE)));
        assertEquals(Short.MIN_VALUE, row.get(T.small));
        assertEquals(Float.MAX_VALUE, row.get(T.ratio));
        assertEquals("\uD83D\uDE00é", row.get(T.code));
        assertArrayEquals(everyByte, row.get(T.bytes));
        assertEquals(uid, row.get(T.uid));
        assertEquals(LocalTime.of(23, 59, 59, 999_999_000), row.get(T.at));
        assertEquals(LocalDate.of(1901, 12, 13), row.get(T.day));
        OffsetDateTime stamped = row.get(T.stamped);
        assertEquals(ZoneOffset.UTC, stamped.getOffset());
        assertEquals(OffsetDateTime.parse("1970-01-01T01:00:00.5Z"), stamped);
        assertEquals(Duration.ofNanos(Long.MAX_VALUE), row.get(T.elapsed));
        assertEquals("{\"list\":[1,2.5,true,null],\"text\":\"\uD83C\uDF89 ü\"}", withoutSpaces(row.get(T.doc)));
        assertEquals(Mood.CHEERFUL, row.get(T.moodName));
        assertEquals(Mood.GRUMPY, row.get(T.moodOrdinal));
        assertEquals(new Money(Long.MIN_VALUE), row.get(T.price));
    }

    @OnEveryDialect
    void theOtherExtremesSurvive(TestTarget target) {
        Database db = fresh(target);
        Row row = roundTrip(db, 2, insert -> insert
                .set(T.small, Short.MAX_VALUE)
                .set(T.ratio, -Float.MIN_NORMAL)
                .set(T.code, "")
                .set(T.bytes, new byte[0])
                .set(T.uid, new UUID(-1, -1))
                .set(T.at, LocalTime.MIDNIGHT)
                .set(T.elapsed, Duration.ofNanos(Long.MIN_VALUE))
                .set(T.doc, "[]")
                .set(T.moodName, Mood.CALM)
                .set(T.moodOrdinal, Mood.CALM)
                .set(T.price, new Money(0)));
        assertEquals(Short.MAX_VALUE, row.get(T.small));
        assertEquals(-Float.MIN_NORMAL, row.get(T.ratio));
        assertEquals("", row.get(T.code));
        assertArrayEquals(new byte[0], row.get(T.bytes));
        assertEquals(new UUID(-1, -1), row.get(T.uid));
        assertEquals(LocalTime.MIDNIGHT, row.get(T.at));
        assertEquals(Duration.ofNanos(Long.MIN_VALUE), row.get(T.elapsed));
        assertEquals("[]", row.get(T.doc));
        assertEquals(Mood.CALM, row.get(T.moodName));
        assertEquals(Mood.CALM, row.get(T.moodOrdinal));
        assertEquals(new Money(0), row.get(T.price));
    }

    @OnEveryDialect
    void nullsComeBackAsNullInEveryType(TestTarget target) {
        Database db = fresh(target);
        Row row = roundTrip(db, 3, insert -> insert);
        for (Column<?> column : T.columns()) {
            if (column != T.id) {
                assertNull(row.get(column), column.qualifiedName());
            }
        }
    }

    @OnEveryDialect
    void valuesThatDoNotFitAreRefusedBeforeSqlRuns(TestTarget target) {
        Database db = fresh(target);
        assertEquals("invalid value for things.code: a string of 4 characters does not fit char(3)",
                assertThrows(InvalidValueException.class, () -> roundTrip(db, 4, insert -> insert.set(T.code, "abcd")))
                        .getMessage());
        assertEquals("invalid value for things.ratio: NaN is not a finite number",
                assertThrows(InvalidValueException.class, () -> roundTrip(db, 4, insert -> insert.set(T.ratio, Float.NaN)))
                        .getMessage());
        InvalidValueException tooLong = assertThrows(InvalidValueException.class,
                () -> roundTrip(db, 4, insert -> insert.set(T.elapsed, Duration.ofDays(365L * 300))));
        assertTrue(tooLong.getMessage().startsWith("invalid value for things.elapsed: PT2628000H cannot be stored as duration"),
                tooLong.getMessage());
        assertEquals(0L, (long) db.transaction(tx -> tx.selectFrom(T).count()));
    }

    @OnEveryDialect
    void storedEnumValuesTheEnumLacksAreReportedWhenRead(TestTarget target) {
        Database db = fresh(target);
        StoredThings stored = StoredThings.STORED;
        db.inTransaction(tx -> tx.insertInto(stored).set(stored.id, 5).set(stored.moodName, "SLEEPY").execute());
        db.inTransaction(tx -> tx.insertInto(stored).set(stored.id, 6).set(stored.moodOrdinal, (short) 7).execute());
        InvalidValueException byName = assertThrows(InvalidValueException.class,
                () -> db.transaction(tx -> tx.selectFrom(T).where(T.id.eq(5)).fetch()));
        assertEquals("the stored value SLEEPY cannot be read as Mood by name: 'SLEEPY' is not a constant of Mood"
                + " [CALM, CHEERFUL, GRUMPY]", byName.getMessage());
        InvalidValueException byOrdinal = assertThrows(InvalidValueException.class,
                () -> db.transaction(tx -> tx.selectFrom(T).where(T.id.eq(6)).fetch()));
        assertEquals("the stored value 7 cannot be read as Mood by ordinal: ordinal 7 is not one of Mood's 0..2",
                byOrdinal.getMessage());
    }

    @OnEveryDialect
    void newTypesCompareAndSortTheSameEverywhere(TestTarget target) {
        Database db = fresh(target);
        List<UUID> uids = List.of(UUID.fromString("00000000-0000-0000-0000-000000000001"),
                UUID.fromString("ffffffff-0000-0000-0000-000000000000"), UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff"),
                UUID.fromString("80000000-0000-0000-0000-000000000000"));
        for (int i = 0; i < uids.size(); i++) {
            UUID uid = uids.get(i);
            int id = 10 + i;
            roundTrip(db, id, insert -> insert.set(T.uid, uid).set(T.at, LocalTime.of(id, 30))
                    .set(T.elapsed, Duration.ofMillis(-id * 1000L)).set(T.code, "c" + id).set(T.ratio, id / 4f));
        }
        List<UUID> byUid = db.transaction(tx -> tx.selectFrom(T).orderBy(T.uid.asc()).fetch())
                .stream().map(row -> row.get(T.uid)).toList();
        assertEquals(uids.stream().sorted(Comparator.comparing(UUID::toString)).toList(), byUid);
        assertEquals(List.of(13, 12), db.transaction(tx -> tx.selectFrom(T).where(T.at.gt(LocalTime.of(11, 59)))
                .orderBy(T.elapsed.asc()).fetch()).stream().map(row -> row.get(T.id)).toList());
        assertEquals(11, db.transaction(tx -> tx.selectFrom(T).where(T.uid.eq(uids.get(1))).fetchOne()).get(T.id));
        assertEquals(12, db.transaction(tx -> tx.selectFrom(T).where(T.code.eq("c12")).fetchOne()).get(T.id));
        assertEquals(10, db.transaction(tx -> tx.selectFrom(T).where(T.ratio.eq(2.5f)).fetchOne()).get(T.id));
    }

    @OnEveryDialect
    void instantsSurviveAnySessionTimeZoneAndDaylightSavingChanges(TestTarget target) {
        Database db = fresh(target);
        // Europe/Berlin left summer time at 01:00 UTC on 2024-10-27: local 02:30 happened twice.
        Instant first = Instant.parse("2024-10-27T00:30:00Z");
        Instant second = Instant.parse("2024-10-27T01:30:00Z");
        roundTrip(db, 20, insert -> insert.set(T.moment, first).set(T.stamped, second.atOffset(ZoneOffset.ofHours(2))));
        roundTrip(db, 21, insert -> insert.set(T.moment, second).set(T.stamped, second.atOffset(ZoneOffset.ofHours(1))));
        String zoneChange = switch (target.family()) {
            case "postgresql" -> "SET LOCAL TIME ZONE 'Europe/Berlin'";
            case "mysql" -> "SET time_zone = '+13:00'";
            default -> null;
        };
        List<Row> rows = db.transaction(tx -> {
            if (zoneChange != null) {
                tx.execute(zoneChange);
            }
            try {
                return tx.selectFrom(T).where(T.id.ge(20)).orderBy(T.moment.asc()).fetch();
            } finally {
                if (target.family().equals("mysql")) {
                    tx.execute("SET time_zone = DEFAULT");
                }
            }
        });
        assertEquals(List.of(first, second), rows.stream().map(row -> row.get(T.moment)).toList());
        assertEquals(second, rows.get(0).get(T.stamped).toInstant());
        assertEquals(second, rows.get(1).get(T.stamped).toInstant());
    }

    private static String withoutSpaces(String json) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"' && (i == 0 || json.charAt(i - 1) != '\\')) {
                inString = !inString;
            }
            if (inString || c != ' ') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
