package dev.quarry.kotlin.reporting

import dev.quarry.kotlin.alias
import dev.quarry.kotlin.caseWhen
import dev.quarry.kotlin.count
import dev.quarry.kotlin.div
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.literal
import dev.quarry.kotlin.quarter
import dev.quarry.kotlin.round
import dev.quarry.kotlin.select
import dev.quarry.kotlin.sqlQuery
import dev.quarry.kotlin.sum
import dev.quarry.kotlin.times
import dev.quarry.kotlin.year
import dev.quarry.sql.Condition
import dev.quarry.sql.Expression
import java.math.BigDecimal
import java.math.RoundingMode

/** Percentage shares and pivots: a conditional sum over a total, per group. */
object ShareReports {
    private val hundred = BigDecimal("100")

    /** The percentage of the lines' amount where [condition] holds, rounded to 2 places. */
    private fun shareWhere(condition: Condition): Expression<BigDecimal> =
        round(sum(caseWhen(condition, lineAmount).otherwise(literal(BigDecimal.ZERO))) * hundred / sum(lineAmount), 2)

    /** [part] of [total] in percent, rounded half up to 2 places. */
    private fun percent(part: BigDecimal, total: BigDecimal): BigDecimal = (part * hundred).divide(total, 2, RoundingMode.HALF_UP)

    val electronicsShareByCountry = Report(
        "the share of electronics in each country's revenue, in percent",
        {
            earningLines(RepCustomers.country, sum(lineAmount) alias "revenue",
                shareWhere(RepProducts.category eq "Electronics") alias "electronics")
                .join(RepCustomers) { id eq RepOrders.customerId }.join(RepProducts) { id eq RepOrderLines.productId }
                .groupBy(RepCustomers.country).orderBy(RepCustomers.country).toList()
        },
        sqlQuery("SELECT c.country, SUM(l.quantity * l.unit_price), " +
            "ROUND(SUM(CASE WHEN p.category = ? THEN l.quantity * l.unit_price ELSE 0 END) * 100 / SUM(l.quantity * l.unit_price), 2) " +
            "FROM rep_order_lines l JOIN rep_orders o ON o.id = l.order_id JOIN rep_customers c ON c.id = o.customer_id " +
            "JOIN rep_products p ON p.id = l.product_id WHERE o.status <> ? GROUP BY c.country ORDER BY c.country",
            "Electronics", CANCELLED),
        {
            rowsOf(Sales.earning.groupBy { it.customer.country }.toSortedMap().map { (country, sales) ->
                listOf(country, sales.revenue(), percent(sales.filter { it.product.category == "Electronics" }.revenue(), sales.revenue()))
            })
        },
    )

    val cancelledShareByYear = Report(
        "orders, cancelled orders and the cancelled share of the amount ordered, per year",
        {
            val year = year(RepOrders.placed) alias "year"
            val cancelledLines = sum(caseWhen(RepOrders.status eq CANCELLED, literal(1)).otherwise(literal(0))) alias "cancelled_lines"
            orderLines(year, count() alias "lines", cancelledLines, shareWhere(RepOrders.status eq CANCELLED) alias "cancelled_share")
                .groupBy(year).orderBy(year.asc()).toList()
        },
        sqlQuery("SELECT EXTRACT(YEAR FROM o.placed)::int, COUNT(*), SUM(CASE WHEN o.status = ? THEN 1 ELSE 0 END), " +
            "ROUND(SUM(CASE WHEN o.status = ? THEN l.quantity * l.unit_price ELSE 0 END) * 100 / SUM(l.quantity * l.unit_price), 2) " +
            "FROM rep_order_lines l JOIN rep_orders o ON o.id = l.order_id GROUP BY 1 ORDER BY 1", CANCELLED, CANCELLED),
        {
            rowsOf(Sales.all.groupBy { it.order.placed.year }.toSortedMap().map { (year, sales) ->
                val cancelled = sales.filter { it.cancelled }
                listOf(year, sales.size, cancelled.size, percent(cancelled.revenue(), sales.revenue()))
            })
        },
    )

    val statusesPerQuarter = Report(
        "orders per status in each quarter, as a pivot",
        {
            val year = year(RepOrders.placed) alias "year"
            val quarter = quarter(RepOrders.placed) alias "quarter"
            fun counted(status: String) = sum(caseWhen(RepOrders.status eq status, literal(1)).otherwise(literal(0))) alias status
            select(year, quarter, counted("paid"), counted("shipped"), counted(CANCELLED)).from(RepOrders)
                .groupBy(year, quarter).orderBy(year.asc(), quarter.asc()).toList()
        },
        sqlQuery("SELECT EXTRACT(YEAR FROM placed)::int, EXTRACT(QUARTER FROM placed)::int, " +
            "COUNT(*) FILTER (WHERE status = 'paid'), COUNT(*) FILTER (WHERE status = 'shipped'), " +
            "COUNT(*) FILTER (WHERE status = 'cancelled') FROM rep_orders GROUP BY 1, 2 ORDER BY 1, 2"),
        {
            rowsOf(Sales.data.orders.groupBy { it.placed.year to it.placed.quarter() }.toList()
                .sortedWith(compareBy({ it.first.first }, { it.first.second })).map { (key, orders) ->
                    listOf(key.first, key.second) + listOf("paid", "shipped", CANCELLED).map { status -> orders.count { it.status == status } }
                })
        },
    )

    val cancelledPercentByCountry = Report(
        "orders and the cancelled ones per country, in whole percent by integer division",
        {
            val cancelled = count(caseWhen(RepOrders.status eq CANCELLED, literal(1))) alias "cancelled"
            select(RepCustomers.country, count() alias "orders", cancelled,
                count(caseWhen(RepOrders.status eq CANCELLED, literal(1))) * 100L / count() alias "percent")
                .from(RepOrders).join(RepCustomers) { id eq RepOrders.customerId }
                .groupBy(RepCustomers.country).orderBy(RepCustomers.country).toList()
        },
        sqlQuery("SELECT c.country, COUNT(*), COUNT(*) FILTER (WHERE o.status = ?), COUNT(*) FILTER (WHERE o.status = ?) * 100 / COUNT(*) " +
            "FROM rep_orders o JOIN rep_customers c ON c.id = o.customer_id GROUP BY c.country ORDER BY c.country", CANCELLED, CANCELLED),
        {
            rowsOf(Sales.data.orders.groupBy { Sales.customers.getValue(it.customerId).country }.toSortedMap().map { (country, orders) ->
                val cancelled = orders.count { it.status == CANCELLED }
                listOf(country, orders.size, cancelled, cancelled * 100 / orders.size)
            })
        },
    )

    val all = listOf(electronicsShareByCountry, cancelledShareByYear, statusesPerQuarter, cancelledPercentByCountry)
}
