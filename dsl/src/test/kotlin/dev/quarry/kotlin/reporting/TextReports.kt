package dev.quarry.kotlin.reporting

import dev.quarry.kotlin.alias
import dev.quarry.kotlin.containsIgnoreCase
import dev.quarry.kotlin.count
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.ilike
import dev.quarry.kotlin.length
import dev.quarry.kotlin.plus
import dev.quarry.kotlin.position
import dev.quarry.kotlin.select
import dev.quarry.kotlin.sqlQuery
import dev.quarry.kotlin.stringAgg
import dev.quarry.kotlin.sum
import dev.quarry.kotlin.upper

/** Searching names whatever their case, and customers' names gathered per country. */
object TextReports {
    val customersNamedWithE = Report(
        "customers whose name holds an é in either case",
        { RepCustomers.select(RepCustomers.id, RepCustomers.name).where { name containsIgnoreCase "é" }.orderBy(RepCustomers.id).toList() },
        sqlQuery("SELECT id, name FROM rep_customers WHERE lower(name COLLATE \"default\") LIKE ? ORDER BY id", "%é%"),
        { rowsOf(Sales.data.customers.filter { "é" in it.name.lowercase() }.map { listOf(it.id, it.name) }) },
    )

    val lampSales = Report(
        "units sold of every product called a lamp, in any case",
        {
            earningLines(RepProducts.id, RepProducts.name, sum(RepOrderLines.quantity) alias "units")
                .join(RepProducts) { id eq RepOrderLines.productId }.where { RepProducts.name ilike "%LAMP%" }
                .groupBy(RepProducts.id, RepProducts.name).orderBy(RepProducts.id).toList()
        },
        sqlQuery("SELECT p.id, p.name, SUM(l.quantity) FROM rep_order_lines l JOIN rep_orders o ON o.id = l.order_id " +
            "JOIN rep_products p ON p.id = l.product_id WHERE o.status <> ? AND p.name ILIKE ? GROUP BY p.id, p.name ORDER BY p.id",
            CANCELLED, "%lamp%"),
        {
            rowsOf(Sales.earning.filter { "lamp" in it.product.name.lowercase() }.groupBy { it.product }.toList()
                .sortedBy { it.first.id }.map { (product, sales) -> listOf(product.id, product.name, sales.sumOf { it.line.quantity }) })
        },
    )

    val namesPerCountry = Report(
        "the customers of each country, their names joined in code-point order",
        {
            val names = stringAgg(RepCustomers.name, ", ", RepCustomers.name.asc(), RepCustomers.id.asc()) alias "names"
            RepCustomers.select(RepCustomers.country, count() alias "customers", names).groupBy(RepCustomers.country)
                .orderBy(RepCustomers.country).toList()
        },
        sqlQuery("SELECT country, COUNT(*), string_agg(name, ', ' ORDER BY name COLLATE \"C\", id) FROM rep_customers " +
            "GROUP BY country ORDER BY country"),
        {
            rowsOf(Sales.data.customers.groupBy { it.country }.toSortedMap().map { (country, customers) ->
                listOf(country, customers.size, customers.sortedWith(compareBy({ it.name }, { it.id })).joinToString(", ") { it.name })
            })
        },
    )

    val directory = Report(
        "a customer directory in upper case, sorted by it, with name lengths and where the surname starts",
        {
            val display = upper(RepCustomers.name) alias "display"
            RepCustomers.select(RepCustomers.id, display, length(RepCustomers.name), position(RepCustomers.name, " ") + 1)
                .orderBy(display.asc(), RepCustomers.id.asc()).toList()
        },
        sqlQuery("SELECT id, upper(name COLLATE \"default\") AS display, char_length(name), strpos(name, ' ') + 1 FROM rep_customers " +
            "ORDER BY upper(name COLLATE \"default\") COLLATE \"C\", id"),
        {
            rowsOf(Sales.data.customers.map { customer -> customer to customer.name.simpleUpperCase() }
                .sortedWith(compareBy({ it.second }, { it.first.id }))
                .map { (customer, display) ->
                    listOf(customer.id, display, customer.name.codePointCount(0, customer.name.length), customer.name.indexOf(' ') + 2)
                })
        },
    )

    val all = listOf(customersNamedWithE, lampSales, namesPerCountry, directory)

    /** Upper case by the Unicode simple case mapping, code point by code point, as every dialect computes it. */
    private fun String.simpleUpperCase(): String =
        codePoints().map(Character::toUpperCase).collect(::StringBuilder, StringBuilder::appendCodePoint, StringBuilder::append).toString()
}
