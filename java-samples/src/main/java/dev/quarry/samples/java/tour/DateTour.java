package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.tour.Orders.ORDERS;
import static dev.quarry.sql.DateFunctions.dateTrunc;
import static dev.quarry.sql.DateFunctions.dayOfWeek;
import static dev.quarry.sql.DateFunctions.days;
import static dev.quarry.sql.DateFunctions.daysBetween;
import static dev.quarry.sql.DateFunctions.hour;
import static dev.quarry.sql.DateFunctions.month;
import static dev.quarry.sql.DateFunctions.months;
import static dev.quarry.sql.DateFunctions.year;
import static dev.quarry.sql.Functions.count;

import dev.quarry.jdbc.Row;
import dev.quarry.jdbc.Transaction;
import dev.quarry.sql.DateUnit;
import dev.quarry.sql.Expression;
import java.time.LocalDate;
import java.util.List;

/**
 * Dates and times through the Java facade: {@code DateFunctions} for parts, truncation and
 * intervals, {@code plus}/{@code minus} on the expression for shifts. docs/query-language.md shows
 * each region between "docs:" markers; the samples' tests run them all on SQLite.
 */
public final class DateTour {
    private DateTour() {
    }

    // docs:date-parts
    static List<Row> weekendOrdersOf(Transaction tx, int calendarYear) {
        return tx.select(ORDERS.id, month(ORDERS.placed).as("month"), hour(ORDERS.paid).as("hour"))
                .from(ORDERS)
                .where(year(ORDERS.placed).eq(calendarYear).and(dayOfWeek(ORDERS.placed).gt(5)))
                .orderBy(ORDERS.id.asc())
                .fetch();
    }
    // docs:end

    // docs:date-trunc
    static List<Row> ordersPerMonth(Transaction tx) {
        Expression<LocalDate> month = dateTrunc(DateUnit.MONTH, ORDERS.placed);
        return tx.select(month.as("month"), count().as("orders"))
                .from(ORDERS)
                .groupBy(month)
                .orderBy(month.asc())
                .fetch();
    }
    // docs:end

    // docs:date-arithmetic
    static List<Row> overdue(Transaction tx, LocalDate today) {
        return tx.select(ORDERS.id, ORDERS.placed.plus(months(1)).as("renewal"), daysBetween(ORDERS.placed, ORDERS.delivered))
                .from(ORDERS)
                .where(ORDERS.placed.plus(days(ORDERS.graceDays)).lt(today))
                .orderBy(ORDERS.id.asc())
                .fetch();
    }
    // docs:end
}
