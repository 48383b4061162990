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
            val byMonth = ShiftedBuckets(DateUnit.MONTH, years(1), "months")
            byMonth.query(byMonth.revenueColumn - byMonth.beforeColumn).where { byMonth.bucketColumn gte from2024 }
                .orderBy(byMonth.bucketColumn.asc()).toList()
        },
        sqlQuery(ShiftedBuckets.postgresWith("month", "1 year") + "SELECT cur.bucket, cur.revenue, prev.revenue, " +
            "cur.revenue - prev.revenue FROM cur LEFT JOIN prev ON prev.bucket = cur.bucket WHERE cur.bucket >= ? ORDER BY cur.bucket",
            CANCELLED, CANCELLED, from2024),
        {
            val (current, previous) = ShiftedBuckets.reference({ it.monthStart() }, { it.plusYears(1) })
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
            val byQuarter = ShiftedBuckets(DateUnit.QUARTER, quarters(1), "quarters")
            byQuarter.query().orderBy(byQuarter.bucketColumn.asc()).toList()
        },
        sqlQuery(ShiftedBuckets.postgresWith("quarter", "3 months") + "SELECT cur.bucket, cur.revenue, prev.revenue " +
            "FROM cur LEFT JOIN prev ON prev.bucket = cur.bucket ORDER BY cur.bucket", CANCELLED, CANCELLED),
        {
            val (current, previous) = ShiftedBuckets.reference({ it.toLocalDate().with(IsoFields.DAY_OF_QUARTER, 1).atStartOfDay() },
                { it.plusMonths(3) })
            rowsOf(current.toSortedMap().map { (quarter, revenue) -> listOf(quarter, revenue, previous[quarter]) })
        },
    )

    val all = listOf(monthlyRevenue, quarterlyRevenue, yearOverYear, quarterOverQuarter, runningTotals)
}
