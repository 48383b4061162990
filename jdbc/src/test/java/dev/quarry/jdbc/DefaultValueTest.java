package dev.quarry.jdbc;

import static dev.quarry.jdbc.Shop.ORDERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.sql.SqlType;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** Database defaults fill the columns an insert leaves out; client defaults are supplied once per row. */
class DefaultValueTest {
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** The fixed-width text Quarry writes date-times and instants as on SQLite. */
    private static final Pattern DATE_TIME_TEXT = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
    private static final Pattern INSTANT_TEXT = Pattern.compile(DATE_TIME_TEXT.pattern() + "Z");
    private static final Duration CLOCK_SLACK = Duration.ofSeconds(5);

    private static long customer(Database db) {
        return Shop.customer(db, "ada@example.org", "UK", 1);
    }

    @OnEveryDialect
    void literalDefaultsAreWrittenByTheDatabase(TestTarget target) {
        Database db = Shop.fresh(TestDatabases.of(target));
        long customer = customer(db);
        db.inTransaction(tx -> tx.insertInto(ORDERS).set(ORDERS.id, 1).set(ORDERS.customerId, customer)
                .set(ORDERS.quantity, 2).execute());
        Row row = db.transaction(tx -> tx.selectFrom(ORDERS).fetchOne());
        assertEquals("new", row.get(ORDERS.status));
        assertEquals("it's a \\ note", row.get(ORDERS.note));
        assertFalse(row.get(ORDERS.gift));
    }

    @OnEveryDialect
    void currentTimeDefaultsAreTheDatabasesClockInUtc(TestTarget target) {
        Database db = Shop.fresh(TestDatabases.of(target));
        long customer = customer(db);
        Instant before = Instant.now();
        db.inTransaction(tx -> tx.insertInto(ORDERS).set(ORDERS.id, 1).set(ORDERS.customerId, customer)
                .set(ORDERS.quantity, 2).execute());
        Instant after = Instant.now();
        Row row = db.transaction(tx -> tx.selectFrom(ORDERS).fetchOne());
        assertBetween(before, row.get(ORDERS.createdAt), after);
        assertBetween(before, row.get(ORDERS.changedAt).toInstant(ZoneOffset.UTC), after);
        LocalDate placedOn = row.get(ORDERS.placedOn);
        assertTrue(placedOn.equals(LocalDate.ofInstant(before, ZoneOffset.UTC))
                || placedOn.equals(LocalDate.ofInstant(after, ZoneOffset.UTC)), placedOn::toString);
    }

    private static void assertBetween(Instant before, Instant value, Instant after) {
        assertTrue(!value.isBefore(before.minus(CLOCK_SLACK)) && !value.isAfter(after.plus(CLOCK_SLACK)),
                () -> value + " is not between " + before + " and " + after);
    }

    /**
     * A default time sorts and compares with times Quarry wrote a minute either side of it: on
     * SQLite, whose date-times are text, that needs the default's text in the same fixed-width form.
     */
    @OnEveryDialect
    void currentTimeDefaultsSortAndCompareWithWrittenValues(TestTarget target) {
        Database db = Shop.fresh(TestDatabases.of(target));
        long customer = customer(db);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        LocalDateTime utcNow = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        db.inTransaction(tx -> {
            tx.insertInto(ORDERS).set(ORDERS.id, 1).set(ORDERS.customerId, customer).set(ORDERS.quantity, 1)
                    .set(ORDERS.createdAt, now.minusSeconds(60)).set(ORDERS.changedAt, utcNow.minusSeconds(60))
                    .execute();
            tx.insertInto(ORDERS).set(ORDERS.id, 2).set(ORDERS.customerId, customer).set(ORDERS.quantity, 1).execute();
            tx.insertInto(ORDERS).set(ORDERS.id, 3).set(ORDERS.customerId, customer).set(ORDERS.quantity, 1)
                    .set(ORDERS.createdAt, now.plusSeconds(60)).set(ORDERS.changedAt, utcNow.plusSeconds(60)).execute();
        });
        List<Integer> byCreation = db.transaction(tx -> tx.selectFrom(ORDERS).orderBy(ORDERS.createdAt.asc()).fetch())
                .stream().map(row -> row.get(ORDERS.id)).toList();
        List<Integer> byChange = db.transaction(tx -> tx.selectFrom(ORDERS).orderBy(ORDERS.changedAt.desc()).fetch())
                .stream().map(row -> row.get(ORDERS.id)).toList();
        assertEquals(List.of(1, 2, 3), byCreation);
        assertEquals(List.of(3, 2, 1), byChange);
        List<Row> nearNow = db.transaction(tx -> tx.selectFrom(ORDERS)
                .where(ORDERS.createdAt.between(now.minusSeconds(30), now.plusSeconds(30))
                        .and(ORDERS.changedAt.between(utcNow.minusSeconds(30), utcNow.plusSeconds(30))))
                .fetch());
        assertEquals(List.of(2), nearNow.stream().map(row -> row.get(ORDERS.id)).toList());
        if (db.dialect().name().equals("sqlite")) {
            // Only SQLite keeps date-times as text; the others' native types have no stored text to compare.
            List<Row> texts = db.transaction(tx -> tx.selectFrom(ORDERS)
                    .columns(ORDERS.createdAt.cast(SqlType.TEXT), ORDERS.changedAt.cast(SqlType.TEXT))
                    .orderBy(ORDERS.id.asc()).fetch());
            for (Row text : texts) {
                assertTrue(INSTANT_TEXT.matcher(String.valueOf(text.get(0))).matches(), text::toString);
                assertTrue(DATE_TIME_TEXT.matcher(String.valueOf(text.get(1))).matches(), text::toString);
            }
        }
    }

    @OnEveryDialect
    void clientDefaultsAreSuppliedOncePerRowOfEveryKindOfInsert(TestTarget target) {
        Database db = Shop.fresh(TestDatabases.of(target));
        long customer = customer(db);
        db.inTransaction(tx -> {
            tx.insertInto(ORDERS).set(ORDERS.id, 1).set(ORDERS.customerId, customer).set(ORDERS.quantity, 1).execute();
            tx.insertInto(ORDERS).set(ORDERS.id, 2).set(ORDERS.customerId, customer).set(ORDERS.quantity, 1)
                    .set(ORDERS.code, "chosen").execute();
            tx.insertInto(ORDERS).set(ORDERS.id, 3).set(ORDERS.customerId, customer).set(ORDERS.quantity, 1)
                    .newRow().set(ORDERS.id, 4).set(ORDERS.customerId, customer).set(ORDERS.quantity, 1).execute();
            tx.insertInto(ORDERS).rows(IntStream.rangeClosed(5, 40).boxed().toList(), (row, id) -> row
                    .set(ORDERS.id, id).set(ORDERS.customerId, customer).set(ORDERS.quantity, 1)).execute();
        });
        List<String> codes = db.transaction(tx -> tx.selectFrom(ORDERS).orderBy(ORDERS.id.asc()).fetch()).stream()
                .map(row -> row.get(ORDERS.code)).toList();
        assertEquals(40, codes.size());
        assertEquals("chosen", codes.get(1));
        Set<String> generated = new HashSet<>(codes);
        generated.remove("chosen");
        assertEquals(39, generated.size(), "every row without a code got its own");
        generated.forEach(code -> assertTrue(UUID_TEXT.matcher(code).matches(), code));
        assertNotEquals(codes.get(2), codes.get(3));
    }
}
