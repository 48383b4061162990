package dev.quarry.kotlin.reporting

import dev.quarry.kotlin.alias
import dev.quarry.kotlin.and
import dev.quarry.kotlin.count
import dev.quarry.kotlin.dateTrunc
import dev.quarry.kotlin.day
import dev.quarry.kotlin.dayOfWeek
import dev.quarry.kotlin.days
import dev.quarry.kotlin.gte
import dev.quarry.kotlin.lt
import dev.quarry.kotlin.month
import dev.quarry.kotlin.months
import dev.quarry.kotlin.neq
import dev.quarry.kotlin.select
import dev.quarry.kotlin.sqlQuery
import dev.quarry.kotlin.sum
import dev.quarry.sql.DateUnit
import java.time.DayOfWeek
import java.time.LocalDateTime
import java.time.temporal.TemporalAdjusters

/** The edges of the calendar: weekdays, month ends and the leap day, ISO weeks across the turn of a year. */
object CalendarReports {
    private val turnStart: LocalDateTime = LocalDateTime.of(2024, 12, 1, 0, 0)
    private val turnEnd: LocalDateTime = LocalDateTime.of(2025, 2, 1, 0, 0)

    val ordersPerWeekday = Report(
        "orders per ISO weekday, cancelled ones included",
        {
            val weekday = dayOfWeek(RepOrders.placed) alias "weekday"
            RepOrders.select(weekday, count() alias "orders").groupBy(weekday).orderBy(weekday.asc()).toList()
        },
        sqlQuery("SELECT EXTRACT(ISODOW FROM placed)::int, COUNT(*) FROM rep_orders GROUP BY 1 ORDER BY 1"),
        {
            rowsOf(Sales.data.orders.groupBy { it.placed.dayOfWeek.value }.toSortedMap().map { (day, orders) -> listOf(day, orders.size) })
        },
    )

    val monthEndOrders = Report(
        "orders placed on the last day of a month, leap day included, and a month later clamped to the month end",
        {
            RepOrders.select(RepOrders.id, RepOrders.placed, day(RepOrders.placed), RepOrders.placed + months(1) alias "a_month_later")
                .where { month(placed + days(1)) neq month(placed) }.orderBy(RepOrders.id.asc()).toList()
        },
        sqlQuery("SELECT id, placed, EXTRACT(DAY FROM placed)::int, placed + interval '1 month' FROM rep_orders " +
            "WHERE EXTRACT(MONTH FROM placed + interval '1 day') <> EXTRACT(MONTH FROM placed) ORDER BY id"),
        {
            rowsOf(Sales.data.orders.filter { it.placed.plusDays(1).monthValue != it.placed.monthValue }
                .map { listOf(it.id, it.placed, it.placed.dayOfMonth, it.placed.plusMonths(1)) })
        },
    )

    val weeksAroundNewYear = Report(
        "revenue per ISO week around the turn of 2024 to 2025, weeks starting on Monday",
        {
            val week = dateTrunc(DateUnit.WEEK, RepOrders.placed) alias "week"
            earningLines(week, sum(lineAmount) alias "revenue")
                .where { (RepOrders.placed gte turnStart) and (RepOrders.placed lt turnEnd) }
                .groupBy(week).orderBy(week.asc()).toList()
        },
        sqlQuery("SELECT date_trunc('week', o.placed), SUM(l.quantity * l.unit_price) $EARNING_LINES_SQL " +
            "AND o.placed >= ? AND o.placed < ? GROUP BY 1 ORDER BY 1", CANCELLED, turnStart, turnEnd),
        {
            rowsOf(Sales.earning.filter { it.order.placed >= turnStart && it.order.placed < turnEnd }
                .groupBy { it.order.placed.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay() }
                .toSortedMap().map { (week, sales) -> listOf(week, sales.revenue()) })
        },
    )

    val all = listOf(ordersPerWeekday, monthEndOrders, weeksAroundNewYear)
}
