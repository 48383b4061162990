package dev.quarry.render;

import static dev.quarry.Golden.mysql;
import static dev.quarry.GoldenSql.assertRendered;
import static dev.quarry.dialect.Dialects.MARIADB;
import static dev.quarry.dialect.Dialects.MYSQL;
import static dev.quarry.dialect.Dialects.POSTGRESQL;
import static dev.quarry.dialect.Dialects.SQLITE;
import static dev.quarry.sql.DateFunctions.dateTrunc;
import static dev.quarry.sql.DateFunctions.dayOfWeek;
import static dev.quarry.sql.DateFunctions.days;
import static dev.quarry.sql.DateFunctions.daysBetween;
import static dev.quarry.sql.DateFunctions.hour;
import static dev.quarry.sql.DateFunctions.hours;
import static dev.quarry.sql.DateFunctions.months;
import static dev.quarry.sql.DateFunctions.second;
import static dev.quarry.sql.DateFunctions.secondsBetween;
import static dev.quarry.sql.DateFunctions.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.sql.Column;
import dev.quarry.sql.DateUnit;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Functions;
import dev.quarry.sql.Select;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DateRenderingTest {
    private static final String FROM = " FROM \"orders\"";

    /** Orders with a date, a date-time and an instant. */
    static final class Orders extends Table {
        static final Orders ORDERS = new Orders();

        final Column<LocalDate> placed = date("placed");
        final Column<LocalDateTime> shipped = datetime("shipped");
        final Column<Instant> paid = timestamp("paid");
        final Column<Integer> delay = integer("delay");
        final Column<BigDecimal> price = decimal("price", 8, 2);

        private Orders() {
            super("orders");
        }
    }

    private static final Orders ORDERS = Orders.ORDERS;

    private static Select select(Expression<?> expression) {
        return Select.of(expression).fromTable(ORDERS);
    }

    private static void onMysqlAndMariadb(Select select, String sql, Object... binds) {
        assertRendered(select, MYSQL, mysql(sql), binds);
        assertRendered(select, MARIADB, mysql(sql), binds);
    }

    @Test
    void datePartsAreIntegersAndInstantsAreReadInUtc() {
        assertRendered(select(year(ORDERS.placed)), POSTGRESQL,
                "SELECT CAST(EXTRACT(YEAR FROM \"orders\".\"placed\") AS INTEGER)" + FROM);
        assertRendered(select(second(ORDERS.paid)), POSTGRESQL,
                "SELECT CAST(FLOOR(EXTRACT(SECOND FROM (\"orders\".\"paid\" AT TIME ZONE 'UTC'))) AS INTEGER)" + FROM);
        assertRendered(select(dayOfWeek(ORDERS.placed)), POSTGRESQL,
                "SELECT CAST(EXTRACT(ISODOW FROM \"orders\".\"placed\") AS INTEGER)" + FROM);
        assertRendered(select(year(ORDERS.placed)), SQLITE,
                "SELECT CAST(strftime('%Y', substr(\"orders\".\"placed\", 1, 19)) AS INTEGER)" + FROM);
        assertRendered(select(dayOfWeek(ORDERS.placed)), SQLITE,
                "SELECT ((CAST(strftime('%w', substr(\"orders\".\"placed\", 1, 19)) AS INTEGER) + 6) % 7 + 1)" + FROM);
        onMysqlAndMariadb(select(dayOfWeek(ORDERS.placed)), "SELECT (WEEKDAY(\"orders\".\"placed\") + 1)" + FROM);
        onMysqlAndMariadb(select(hour(ORDERS.paid)), "SELECT HOUR(\"orders\".\"paid\")" + FROM);
    }

    @Test
    void truncationKeepsTheStorageFormOfItsOperand() {
        assertRendered(select(dateTrunc(DateUnit.MONTH, ORDERS.placed)), POSTGRESQL,
                "SELECT CAST(date_trunc('month', CAST(\"orders\".\"placed\" AS TIMESTAMP)) AS DATE)" + FROM);
        assertRendered(select(dateTrunc(DateUnit.HOUR, ORDERS.paid)), POSTGRESQL,
                "SELECT (date_trunc('hour', (\"orders\".\"paid\" AT TIME ZONE 'UTC')) AT TIME ZONE 'UTC')" + FROM);
        assertRendered(select(dateTrunc(DateUnit.WEEK, ORDERS.shipped)), SQLITE,
                "SELECT (date(substr(\"orders\".\"shipped\", 1, 19), 'weekday 0', '-6 days') || ' 00:00:00.000000')" + FROM);
        assertRendered(select(dateTrunc(DateUnit.HOUR, ORDERS.paid)), SQLITE,
                "SELECT (strftime('%Y-%m-%d %H:00:00', substr(\"orders\".\"paid\", 1, 19)) || '.000000Z')" + FROM);
        onMysqlAndMariadb(select(dateTrunc(DateUnit.QUARTER, ORDERS.placed)),
                "SELECT (MAKEDATE(YEAR(\"orders\".\"placed\"), 1) + INTERVAL (QUARTER(\"orders\".\"placed\") - 1) QUARTER)" + FROM);
        onMysqlAndMariadb(select(dateTrunc(DateUnit.WEEK, ORDERS.shipped)),
                "SELECT CAST((DATE(\"orders\".\"shipped\") - INTERVAL WEEKDAY(\"orders\".\"shipped\") DAY) AS DATETIME(6))" + FROM);
    }

    @Test
    void shiftsBindTheirAmountAndSqliteClampsMonthsItself() {
        assertRendered(select(ORDERS.placed.plus(months(1))), POSTGRESQL,
                "SELECT CAST((\"orders\".\"placed\" + ? * INTERVAL '1 month') AS DATE)" + FROM, 1);
        assertRendered(select(ORDERS.paid.minus(hours(2))), POSTGRESQL,
                "SELECT (((\"orders\".\"paid\" AT TIME ZONE 'UTC') + (-?) * INTERVAL '1 hour') AT TIME ZONE 'UTC')" + FROM, 2);
        assertRendered(select(ORDERS.placed.plus(months(1))), SQLITE,
                "SELECT (min(date(substr(\"orders\".\"placed\", 1, 19), (?) || ' months'),"
                        + " date(substr(\"orders\".\"placed\", 1, 19), 'start of month', (? + 1) || ' months', '-1 day')))" + FROM,
                1, 1);
        assertRendered(select(ORDERS.shipped.plus(days(ORDERS.delay))), SQLITE,
                "SELECT (datetime(substr(\"orders\".\"shipped\", 1, 19), (\"orders\".\"delay\") || ' days')"
                        + " || substr(\"orders\".\"shipped\", 20))" + FROM);
        onMysqlAndMariadb(select(ORDERS.paid.minus(hours(2))), "SELECT DATE_ADD(\"orders\".\"paid\", INTERVAL (-?) HOUR)" + FROM, 2);
    }

    @Test
    void differencesCountWholeUnitsAndCastBoundOperands() {
        LocalDate first = LocalDate.of(2024, 3, 1);
        Expression<Integer> days = daysBetween(ORDERS.placed, Functions.value(first, SqlType.DATE));
        assertRendered(select(days), POSTGRESQL, "SELECT CAST((CAST(? AS DATE) - \"orders\".\"placed\") AS INTEGER)" + FROM, first);
        onMysqlAndMariadb(select(days), "SELECT TIMESTAMPDIFF(DAY, \"orders\".\"placed\", CAST(? AS DATE))" + FROM, first);
        assertRendered(select(secondsBetween(ORDERS.shipped, ORDERS.shipped)), SQLITE,
                "SELECT (((strftime('%s', substr(\"orders\".\"shipped\", 1, 19)) - strftime('%s', substr(\"orders\".\"shipped\", 1, 19)))"
                        + " * 1000000 + (CAST(substr(\"orders\".\"shipped\", 21, 6) AS INTEGER)"
                        + " - CAST(substr(\"orders\".\"shipped\", 21, 6) AS INTEGER))) / 1000000)" + FROM);
    }

    @Test
    void decimalArithmeticOfConstantsIsComputedExactlyAndBoundAsItsResult() {
        Expression<BigDecimal> six = Functions.literal(new BigDecimal("0.06"));
        Expression<BigDecimal> low = six.subtract(new BigDecimal("0.01"));
        for (var dialect : new dev.quarry.dialect.Dialect[] {POSTGRESQL, SQLITE, MYSQL}) {
            String quoted = dialect == MYSQL ? mysql(FROM) : FROM;
            assertRendered(select(low), dialect, "SELECT ?" + quoted, new BigDecimal("0.05"));
            assertRendered(select(six.multiply(3, BigDecimal.class).add(new BigDecimal("0.005"))), dialect, "SELECT ?" + quoted,
                    new BigDecimal("0.185"));
        }
        assertRendered(select(ORDERS.price.add(new BigDecimal("0.5"))), SQLITE, "SELECT ROUND(\"orders\".\"price\" + ?, 2)" + FROM,
                new BigDecimal("0.5"));
    }

    @Test
    void wrongOperandsFailWhenTheExpressionIsBuilt() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Expression<LocalDate> price = (Expression) ORDERS.price;
        assertEquals("the year needs a DATE, DATETIME or TIMESTAMP expression, but orders.price is DecimalType[precision=8, scale=2]",
                assertThrows(IllegalArgumentException.class, () -> year(price)).getMessage());
        assertEquals("a date cannot be truncated to the hour: orders.placed is a DATE, which has no time of day",
                assertThrows(IllegalArgumentException.class, () -> dateTrunc(DateUnit.HOUR, ORDERS.placed)).getMessage());
        assertEquals("an interval of days needs an integer amount, but orders.price is DecimalType[precision=8, scale=2]",
                assertThrows(IllegalArgumentException.class, () -> days(ORDERS.price)).getMessage());
        assertEquals("a difference needs two values of the same type, but orders.placed is DateType[] and orders.shipped is DateTimeType[]",
                assertThrows(IllegalArgumentException.class, () -> daysBetween(ORDERS.placed, ORDERS.shipped)).getMessage());
    }
}
