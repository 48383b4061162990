package dev.quarry.kotlin.reporting

import dev.quarry.kotlin.alias
import dev.quarry.kotlin.and
import dev.quarry.kotlin.count
import dev.quarry.kotlin.countDistinct
import dev.quarry.kotlin.dateTrunc
import dev.quarry.kotlin.day
import dev.quarry.kotlin.dayOfWeek
import dev.quarry.kotlin.days
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.gte
import dev.quarry.kotlin.lag
import dev.quarry.kotlin.lt
import dev.quarry.kotlin.minus
import dev.quarry.kotlin.month
import dev.quarry.kotlin.months
import dev.quarry.kotlin.neq
import dev.quarry.kotlin.over
import dev.quarry.kotlin.quarter
import dev.quarry.kotlin.select
import dev.quarry.kotlin.sqlQuery
import dev.quarry.kotlin.sum
import dev.quarry.kotlin.year
import dev.quarry.kotlin.years
import dev.quarry.sql.DateUnit
import java.time.DayOfWeek
import java.time.LocalDateTime
import java.time.temporal.TemporalAdjusters

/** Revenue over time: month and quarter buckets, year over year, weekdays, running totals and month ends. */
object TimeReports {
    private val from2024: LocalDateTime = LocalDateTime.of(2024, 1, 1, 0, 0)
    private val turnStart: LocalDateTime = LocalDateTime.of(2024, 12, 1, 0, 0)
    private val turnEnd: LocalDateTime = LocalDateTime.of(2025, 2, 1, 0, 0)

    val monthlyRevenue = Report(
        "revenue and orders per month",
        {
            val month = dateTrunc(DateUnit.MONTH, RepOrders.placed) alias "month"
            val orders = countDistinct(RepOrders.id) alias "orders"
            earningLines(month, orders, sum(lineAmount) alias "revenue").groupBy(month).orderBy(month.asc()).toList()
        },
        sqlQuery("SELECT date_trunc('month', o.placed), COUNT(DISTINCT o.id), SUM(l.quantity * l.unit_price) " +
            "$EARNING_LINES_SQL GROUP BY 1 ORDER BY 1", CANCELLED),
        {
            rowsOf(Sales.earning.groupBy { it.order.placed.monthStart() }.toSortedMap().map { (month, sales) ->
                listOf(month, sales.map { it.order.id }.distinct().size, sales.revenue())
            })
        },
    )

    val quarterlyRevenue = Report(
        "revenue per quarter of each year",
        {
            val year = year(RepOrders.placed) alias "year"
            val quarter = quarter(RepOrders.placed) alias "quarter"
            earningLines(year, quarter, sum(lineAmount) alias "revenue").groupBy(year, quarter)
                .orderBy(year.asc(), quarter.asc()).toList()
        },
        sqlQuery("SELECT EXTRACT(YEAR FROM o.placed)::int, EXTRACT(QUARTER FROM o.placed)::int, SUM(l.quantity * l.unit_price) " +
            "$EARNING_LINES_SQL GROUP BY 1, 2 ORDER BY 1, 2", CANCELLED),
        {
            rowsOf(Sales.earning.groupBy { it.order.placed.year to it.order.placed.quarter() }.toList()
                .sortedWith(compareBy({ it.first.first }, { it.first.second }))
                .map { (key, sales) -> listOf(key.first, key.second, sales.revenue()) })
        },
    )

    val yearOverYear = Report(
        "revenue per month against the same month a year before",
        {
            val month = dateTrunc(DateUnit.MONTH, RepOrders.placed) alias "month"
            val revenue = sum(lineAmount) alias "revenue"
            val current = earningLines(month, revenue).groupBy(month).asCte("current_months")
            val shifted = dateTrunc(DateUnit.MONTH, RepOrders.placed + years(1)) alias "month"
            val lastYear = sum(lineAmount) alias "last_year"
            val previous = earningLines(shifted, lastYear).groupBy(shifted).asCte("previous_months")
            select(current[month], current[revenue], previous[lastYear], current[revenue] - previous[lastYear])
                .from(current).leftJoin(previous) { this[shifted] eq current[month] }
                .where { current[month] gte from2024 }.orderBy(current[month].asc()).toList()
        },
        sqlQuery("WITH cur AS (SELECT date_trunc('month', o.placed) AS month, SUM(l.quantity * l.unit_price) AS revenue " +
            "$EARNING_LINES_SQL GROUP BY 1), " +
            "prev AS (SELECT date_trunc('month', o.placed + interval '1 year') AS month, SUM(l.quantity * l.unit_price) AS revenue " +
            "$EARNING_LINES_SQL GROUP BY 1) " +
            "SELECT cur.month, cur.revenue, prev.revenue, cur.revenue - prev.revenue FROM cur LEFT JOIN prev ON prev.month = cur.month " +
            "WHERE cur.month >= ? ORDER BY cur.month", CANCELLED, CANCELLED, from2024),
        {
            val current = Sales.earning.groupBy { it.order.placed.monthStart() }.mapValues { it.value.revenue() }
            val previous = Sales.earning.groupBy { it.order.placed.plusYears(1).monthStart() }.mapValues { it.value.revenue() }
            rowsOf(current.filterKeys { it >= from2024 }.toSortedMap().map { (month, revenue) ->
                listOf(month, revenue, previous[month], previous[month]?.let { revenue - it })
            })
        },
    )

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

    val runningTotals = Report(
        "running revenue through 2025 with the month before",
        {
            val month = dateTrunc(DateUnit.MONTH, RepOrders.placed) alias "month"
            val revenue = sum(lineAmount) alias "revenue"
            val months = earningLines(month, revenue).where { year(RepOrders.placed) eq 2025 }.groupBy(month).asCte("months_2025")
            select(
                months[month],
                months[revenue],
                sum(months[revenue]) over { orderBy(months[month]); rows(unboundedPreceding, currentRow) },
                lag(months[revenue]) over { orderBy(months[month]) },
            ).from(months).orderBy(months[month].asc()).toList()
        },
        sqlQuery("WITH m AS (SELECT date_trunc('month', o.placed) AS month, SUM(l.quantity * l.unit_price) AS revenue " +
            "$EARNING_LINES_SQL AND EXTRACT(YEAR FROM o.placed) = 2025 GROUP BY 1) " +
            "SELECT month, revenue, SUM(revenue) OVER (ORDER BY month ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), " +
            "LAG(revenue) OVER (ORDER BY month) FROM m ORDER BY month", CANCELLED),
        {
            val months = Sales.earning.filter { it.order.placed.year == 2025 }.groupBy { it.order.placed.monthStart() }
                .toSortedMap().map { (month, sales) -> month to sales.revenue() }
            rowsOf(months.mapIndexed { index, (month, revenue) ->
                listOf(month, revenue, months.take(index + 1).fold(java.math.BigDecimal.ZERO) { total, it -> total + it.second },
                    months.getOrNull(index - 1)?.second)
            })
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

    val all = listOf(monthlyRevenue, quarterlyRevenue, yearOverYear, ordersPerWeekday, runningTotals, monthEndOrders, weeksAroundNewYear)
}
