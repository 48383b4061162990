package dev.quarry.kotlin.reporting

import dev.quarry.kotlin.alias
import dev.quarry.kotlin.avg
import dev.quarry.kotlin.count
import dev.quarry.kotlin.countDistinct
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.gt
import dev.quarry.kotlin.lte
import dev.quarry.kotlin.max
import dev.quarry.kotlin.over
import dev.quarry.kotlin.rowNumber
import dev.quarry.kotlin.select
import dev.quarry.kotlin.sqlQuery
import dev.quarry.kotlin.sum
import dev.quarry.kotlin.year
import java.math.BigDecimal
import java.math.MathContext

/** Who and what sells best: top products per category, top customers, order values per year. */
object RankingReports {
    val topProductsPerCategory = Report(
        "the three best-selling products of each category",
        {
            val revenue = sum(lineAmount) alias "revenue"
            val perProduct = earningLines(RepProducts.category, RepProducts.id, RepProducts.name, revenue)
                .join(RepProducts) { id eq RepOrderLines.productId }
                .groupBy(RepProducts.category, RepProducts.id, RepProducts.name).asCte("product_sales")
            val category = perProduct[RepProducts.category]
            val place = (rowNumber() over {
                partitionBy(category); orderBy(perProduct[revenue].desc(), perProduct[RepProducts.id].asc())
            }) alias "place"
            val ranked = select(category, place, perProduct[RepProducts.name], perProduct[revenue]).from(perProduct)
                .asCte("ranked_products")
            select(ranked[category], ranked[place], ranked[perProduct[RepProducts.name]], ranked[perProduct[revenue]])
                .from(ranked).where { ranked[place] lte 3L }.orderBy(ranked[category].asc(), ranked[place].asc()).toList()
        },
        sqlQuery("SELECT category, place, name, revenue FROM (SELECT p.category, p.name, SUM(l.quantity * l.unit_price) AS revenue, " +
            "ROW_NUMBER() OVER (PARTITION BY p.category ORDER BY SUM(l.quantity * l.unit_price) DESC, p.id) AS place " +
            "FROM rep_order_lines l JOIN rep_orders o ON o.id = l.order_id JOIN rep_products p ON p.id = l.product_id " +
            "WHERE o.status <> ? GROUP BY p.category, p.id, p.name) ranked WHERE place <= 3 ORDER BY category, place", CANCELLED),
        {
            rowsOf(Sales.earning.groupBy { it.product }.map { (product, sales) -> product to sales.revenue() }
                .groupBy { it.first.category }.toSortedMap().flatMap { (category, products) ->
                    products.sortedWith(compareByDescending<Pair<Product, BigDecimal>> { it.second }.thenBy { it.first.id })
                        .take(3).mapIndexed { index, (product, revenue) -> listOf(category, index + 1, product.name, revenue) }
                })
        },
    )

    val topCustomers = Report(
        "the five customers who spent most",
        {
            val revenue = sum(lineAmount) alias "revenue"
            earningLines(RepCustomers.name, RepCustomers.country, countDistinct(RepOrders.id) alias "orders", revenue)
                .join(RepCustomers) { id eq RepOrders.customerId }
                .groupBy(RepCustomers.id, RepCustomers.name, RepCustomers.country)
                .orderBy(revenue.desc(), RepCustomers.id.asc()).limit(5).toList()
        },
        sqlQuery("SELECT c.name, c.country, COUNT(DISTINCT o.id), SUM(l.quantity * l.unit_price) AS revenue " +
            "FROM rep_order_lines l JOIN rep_orders o ON o.id = l.order_id JOIN rep_customers c ON c.id = o.customer_id " +
            "WHERE o.status <> ? GROUP BY c.id, c.name, c.country ORDER BY revenue DESC, c.id LIMIT 5", CANCELLED),
        {
            rowsOf(Sales.earning.groupBy { it.customer }.toList()
                .sortedWith(compareByDescending<Pair<Customer, List<Sale>>> { it.second.revenue() }.thenBy { it.first.id })
                .take(5).map { (customer, sales) ->
                    listOf(customer.name, customer.country, sales.map { it.order.id }.distinct().size, sales.revenue())
                })
        },
    )

    val averageOrderValue = Report(
        "orders, average and largest order value per year",
        {
            val year = year(RepOrders.placed) alias "year"
            val total = sum(lineAmount) alias "total"
            val orderTotals = earningLines(RepOrders.id, year, total).groupBy(RepOrders.id, year).asCte("order_totals")
            select(orderTotals[year], count() alias "orders", avg(orderTotals[total]) alias "average", max(orderTotals[total]))
                .from(orderTotals).groupBy(orderTotals[year]).orderBy(orderTotals[year].asc()).toList()
        },
        sqlQuery("SELECT year, COUNT(*), AVG(total)::float8, MAX(total) FROM (SELECT o.id, EXTRACT(YEAR FROM o.placed)::int AS year, " +
            "SUM(l.quantity * l.unit_price) AS total $EARNING_LINES_SQL GROUP BY o.id, 2) t GROUP BY year ORDER BY year", CANCELLED),
        {
            rowsOf(Sales.earning.groupBy { it.order }.map { (order, sales) -> order.placed.year to sales.revenue() }
                .groupBy({ it.first }, { it.second }).toSortedMap().map { (year, totals) ->
                    val sum = totals.fold(BigDecimal.ZERO, BigDecimal::add)
                    listOf(year, totals.size, sum.divide(BigDecimal(totals.size), MathContext.DECIMAL64).toDouble(), totals.max())
                })
        },
    )

    private val bigSpend = BigDecimal("10000.00")

    val bigSpendersOf2025 = Report(
        "customers who spent over 10,000 in 2025, by a HAVING on a decimal sum",
        {
            val revenue = sum(lineAmount) alias "revenue"
            earningLines(RepOrders.customerId, revenue).where { year(RepOrders.placed) eq 2025 }.groupBy(RepOrders.customerId)
                .having { sum(lineAmount) gt bigSpend }.orderBy(RepOrders.customerId).toList()
        },
        sqlQuery("SELECT o.customer_id, SUM(l.quantity * l.unit_price) $EARNING_LINES_SQL AND EXTRACT(YEAR FROM o.placed) = 2025 " +
            "GROUP BY o.customer_id HAVING SUM(l.quantity * l.unit_price) > ? ORDER BY o.customer_id", CANCELLED, bigSpend),
        {
            rowsOf(Sales.earning.filter { it.order.placed.year == 2025 }.groupBy { it.order.customerId }.mapValues { it.value.revenue() }
                .filterValues { it > bigSpend }.toSortedMap().map { (customer, revenue) -> listOf(customer, revenue) })
        },
    )

    val all = listOf(topProductsPerCategory, topCustomers, averageOrderValue, bigSpendersOf2025)
}
