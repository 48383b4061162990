package dev.quarry.kotlin.reporting

import dev.quarry.kotlin.alias
import dev.quarry.kotlin.countDistinct
import dev.quarry.kotlin.dateTrunc
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.gte
import dev.quarry.kotlin.lag
import dev.quarry.kotlin.minus
import dev.quarry.kotlin.over
import dev.quarry.kotlin.quarter
import dev.quarry.kotlin.quarters
import dev.quarry.kotlin.select
import dev.quarry.kotlin.sqlQuery
import dev.quarry.kotlin.sum
import dev.quarry.kotlin.year
import dev.quarry.kotlin.years
import dev.quarry.sql.DateUnit
import java.time.LocalDateTime
import java.time.temporal.IsoFields

/** Revenue over time: month and quarter buckets, year over year and running totals. */
object TimeReports {
    private val from2024: LocalDateTime = LocalDateTime.of(2024, 1, 1, 0, 0)

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

    val quarterOverQuarter = Report(
        "revenue per quarter against the quarter before, whose orders are shifted a quarter later",
        {
            val quarter = dateTrunc(DateUnit.QUARTER, RepOrders.placed) alias "quarter"
            val revenue = sum(lineAmount) alias "revenue"
            val current = earningLines(quarter, revenue).groupBy(quarter).asCte("current_quarters")
            val shifted = dateTrunc(DateUnit.QUARTER, RepOrders.placed + quarters(1)) alias "quarter"
            val before = sum(lineAmount) alias "quarter_before"
            val previous = earningLines(shifted, before).groupBy(shifted).asCte("previous_quarters")
            select(current[quarter], current[revenue], previous[before]).from(current)
                .leftJoin(previous) { this[shifted] eq current[quarter] }.orderBy(current[quarter].asc()).toList()
        },
        sqlQuery("WITH cur AS (SELECT date_trunc('quarter', o.placed) AS q, SUM(l.quantity * l.unit_price) AS revenue " +
            "$EARNING_LINES_SQL GROUP BY 1), " +
            "prev AS (SELECT date_trunc('quarter', o.placed + interval '3 months') AS q, SUM(l.quantity * l.unit_price) AS revenue " +
            "$EARNING_LINES_SQL GROUP BY 1) " +
            "SELECT cur.q, cur.revenue, prev.revenue FROM cur LEFT JOIN prev ON prev.q = cur.q ORDER BY cur.q", CANCELLED, CANCELLED),
        {
            fun quarterStart(moment: LocalDateTime) = moment.toLocalDate().with(IsoFields.DAY_OF_QUARTER, 1).atStartOfDay()
            val current = Sales.earning.groupBy { quarterStart(it.order.placed) }.mapValues { it.value.revenue() }
            val previous = Sales.earning.groupBy { quarterStart(it.order.placed.plusMonths(3)) }.mapValues { it.value.revenue() }
            rowsOf(current.toSortedMap().map { (quarter, revenue) -> listOf(quarter, revenue, previous[quarter]) })
        },
    )

    val all = listOf(monthlyRevenue, quarterlyRevenue, yearOverYear, quarterOverQuarter, runningTotals)
}
