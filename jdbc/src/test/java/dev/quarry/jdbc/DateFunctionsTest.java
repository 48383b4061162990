package dev.quarry.jdbc;

import static dev.quarry.sql.DateFunctions.dateTrunc;
import static dev.quarry.sql.DateFunctions.dayOfWeek;
import static dev.quarry.sql.DateFunctions.days;
import static dev.quarry.sql.DateFunctions.daysBetween;
import static dev.quarry.sql.DateFunctions.extract;
import static dev.quarry.sql.DateFunctions.hour;
import static dev.quarry.sql.DateFunctions.months;
import static dev.quarry.sql.DateFunctions.quarter;
import static dev.quarry.sql.DateFunctions.second;
import static dev.quarry.sql.DateFunctions.secondsBetween;
import static dev.quarry.sql.DateFunctions.years;
import static dev.quarry.sql.DateFunctions.year;
import static dev.quarry.sql.Functions.literal;
import static dev.quarry.sql.Functions.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.sql.Column;
import dev.quarry.sql.Condition;
import dev.quarry.sql.DatePart;
import dev.quarry.sql.DateUnit;
import dev.quarry.sql.Expression;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Date functions through the Java facade, on every dialect; every answer is java.time's. */
class DateFunctionsTest {

    /** Orders placed at month ends, on a leap day and over the turn of the year. */
    static final class Orders extends Table {
        static final Orders ORDERS = new Orders();

        final Column<Long> id = bigint("id");
        final Column<LocalDate> placed = date("placed");
        final Column<LocalDateTime> shipped = datetime("shipped");
        final Column<Instant> paid = timestamp("paid");
        final Column<Integer> grace = integer("grace");
        final Column<BigDecimal> price = decimal("price", 8, 2);

        private Orders() {
            super("jdt_orders");
            primaryKey(id);
        }
    }

    private static final Orders ORDERS = Orders.ORDERS;

    private static final List<LocalDateTime> SHIPPED = List.of(
            LocalDateTime.of(2024, 1, 31, 23, 59, 59, 999_999_000),
            LocalDateTime.of(2024, 2, 29, 6, 7, 8, 100_000_000),
            LocalDateTime.of(2023, 12, 31, 0, 0),
            LocalDateTime.of(2025, 3, 31, 12, 0, 30));

    private static Database orders(TestTarget target) {
        Database db = TestDatabases.of(target);
        db.inTransaction(tx -> {
            tx.dropTableIfExists(ORDERS);
            tx.createTable(ORDERS);
            var insert = tx.insertInto(ORDERS);
            for (int i = 0; i < SHIPPED.size(); i++) {
                LocalDateTime shipped = SHIPPED.get(i);
                insert = (i == 0 ? insert : insert.newRow()).set(ORDERS.id, (long) i + 1)
                        .set(ORDERS.placed, shipped.toLocalDate()).set(ORDERS.shipped, shipped)
                        .set(ORDERS.paid, shipped.toInstant(ZoneOffset.UTC)).set(ORDERS.grace, i + 1)
                        .set(ORDERS.price, new BigDecimal("0.0" + (i + 5)));
            }
            insert.execute();
        });
        return db;
    }

    private static <T> List<T> column(Database db, Expression<T> expression) {
        return db.transaction(tx -> tx.select(expression).from(ORDERS).orderBy(ORDERS.id.asc()).fetch())
                .stream().map(row -> row.get(expression)).toList();
    }

    private static List<Long> ids(Database db, Condition condition) {
        return db.transaction(tx -> tx.select(ORDERS.id).from(ORDERS).where(condition).orderBy(ORDERS.id.asc()).fetch())
                .stream().map(row -> row.get(ORDERS.id)).toList();
    }

    @OnEveryDialect
    void datePartsAreJavaTimes(TestTarget target) {
        Database db = orders(target);
        assertEquals(List.of(2024, 2024, 2023, 2025), column(db, year(ORDERS.paid)));
        assertEquals(List.of(1, 1, 4, 1), column(db, quarter(ORDERS.placed)));
        assertEquals(SHIPPED.stream().map(at -> at.getDayOfWeek().getValue()).toList(), column(db, dayOfWeek(ORDERS.shipped)));
        assertEquals(List.of(23, 6, 0, 12), column(db, hour(ORDERS.paid)));
        assertEquals(List.of(59, 8, 0, 30), column(db, second(ORDERS.shipped)));
        assertEquals(List.of(31, 29, 31, 31), column(db, extract(DatePart.DAY, ORDERS.placed)));
        assertEquals(List.of(3L), ids(db, dayOfWeek(ORDERS.placed).eq(7)));
    }

    @OnEveryDialect
    void truncationAndShiftsClampMonthEnds(TestTarget target) {
        Database db = orders(target);
        assertEquals(SHIPPED.stream().map(at -> at.toLocalDate().withDayOfMonth(1)).toList(),
                column(db, dateTrunc(DateUnit.MONTH, ORDERS.placed)));
        assertEquals(SHIPPED.stream().map(at -> at.truncatedTo(ChronoUnit.HOURS).toInstant(ZoneOffset.UTC)).toList(),
                column(db, dateTrunc(DateUnit.HOUR, ORDERS.paid)));
        assertEquals(List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 29), LocalDate.of(2024, 1, 31),
                LocalDate.of(2025, 4, 30)), column(db, ORDERS.placed.plus(months(1))));
        assertEquals(SHIPPED.stream().map(at -> at.plusYears(1)).toList(), column(db, ORDERS.shipped.plus(years(1))));
        assertEquals(SHIPPED.stream().map(at -> at.minusMonths(1)).toList(), column(db, ORDERS.shipped.minus(months(1))));
        assertEquals(List.of(1L, 2L, 3L, 4L), ids(db, ORDERS.paid.plus(days(ORDERS.grace)).gt(ORDERS.paid)));
        assertEquals(List.of(2L), ids(db, ORDERS.placed.plus(years(1)).eq(LocalDate.of(2025, 2, 28))));
        assertEquals(List.of(1L), ids(db, ORDERS.shipped.plus(months(1)).eq(LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_999_000))));
    }

    @OnEveryDialect
    void differencesAndExactDecimalConstants(TestTarget target) {
        Database db = orders(target);
        LocalDateTime noon = LocalDateTime.of(2024, 3, 1, 12, 0);
        assertEquals(SHIPPED.stream().map(at -> (int) ChronoUnit.DAYS.between(at.toLocalDate(), noon.toLocalDate())).toList(),
                column(db, daysBetween(ORDERS.placed, value(noon.toLocalDate(), SqlType.DATE))));
        assertEquals(SHIPPED.stream().map(at -> ChronoUnit.SECONDS.between(at, noon)).toList(),
                column(db, secondsBetween(ORDERS.shipped, value(noon, SqlType.DATETIME))));
        Expression<BigDecimal> six = literal(new BigDecimal("0.06"));
        List<Long> expected = ids(db, ORDERS.price.between(new BigDecimal("0.05"), new BigDecimal("0.07")));
        assertEquals(List.of(1L, 2L, 3L), expected);
        assertEquals(expected, ids(db, ORDERS.price.between(six.subtract(new BigDecimal("0.01")), six.add(new BigDecimal("0.01")))));
    }
}
