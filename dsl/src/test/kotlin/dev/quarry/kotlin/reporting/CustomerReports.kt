package dev.quarry.kotlin.reporting

import dev.quarry.kotlin.alias
import dev.quarry.kotlin.and
import dev.quarry.kotlin.count
import dev.quarry.kotlin.countDistinct
import dev.quarry.kotlin.dateTrunc
import dev.quarry.kotlin.days
import dev.quarry.kotlin.daysBetween
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.gte
import dev.quarry.kotlin.lead
import dev.quarry.kotlin.lte
import dev.quarry.kotlin.max
import dev.quarry.kotlin.min
import dev.quarry.kotlin.notExists
import dev.quarry.kotlin.over
import dev.quarry.kotlin.select
import dev.quarry.kotlin.sqlQuery
import dev.quarry.kotlin.value
import dev.quarry.sql.DateUnit
import dev.quarry.sql.SqlType
import java.time.LocalDateTime
import java.time.temporal.ChronoUnit
import java.time.temporal.IsoFields

/** Customers over their lifetime: inactive ones, the wait for a first order, signup cohorts. */
object CustomerReports {
    /** The fixed "today" of the reports, never the clock. */
    private val reference: LocalDateTime = LocalDateTime.of(2026, 1, 1, 0, 0)
    private const val QUIET_DAYS = 120

    val inactiveCustomers = Report(
        "customers without an order in the $QUIET_DAYS days before the reference date, by last order, never first, with the whole days back to it (negative)",
        {
            val recent = RepOrders.select(RepOrders.id)
                .where { (customerId eq RepCustomers.id) and (placed + days(QUIET_DAYS) gte reference) }
            val lastOrder = RepOrders.select(max(RepOrders.placed)).where { customerId eq RepCustomers.id }.asValue<LocalDateTime?>()
            val last = lastOrder alias "last_order"
            val sinceReference = daysBetween(value(reference, SqlType.DATETIME), lastOrder) alias "days_back"
            RepCustomers.select(RepCustomers.id, RepCustomers.name, last, sinceReference)
                .where { notExists(recent) }.orderBy(last.asc(), RepCustomers.id.asc()).toList()
        },
        sqlQuery("SELECT c.id, c.name, last_order, EXTRACT(DAY FROM last_order - ?)::int FROM rep_customers c " +
            "LEFT JOIN LATERAL (SELECT MAX(o.placed) AS last_order FROM rep_orders o WHERE o.customer_id = c.id) lo ON true " +
            "WHERE NOT EXISTS (SELECT 1 FROM rep_orders o WHERE o.customer_id = c.id AND o.placed + make_interval(days => ?) >= ?) " +
            "ORDER BY 3 NULLS FIRST, c.id", reference, QUIET_DAYS, reference),
        {
            val lastOrders = Sales.data.orders.groupBy { it.customerId }.mapValues { (_, orders) -> orders.maxOf { it.placed } }
            rowsOf(Sales.data.customers.filter { customer -> lastOrders[customer.id]?.let { it.plusDays(QUIET_DAYS.toLong()) >= reference } != true }
                .sortedWith(compareBy(nullsFirst()) { customer: Customer -> lastOrders[customer.id] }.thenBy { it.id })
                .map { customer ->
                    val last = lastOrders[customer.id]
                    listOf(customer.id, customer.name, last, last?.let { ChronoUnit.DAYS.between(reference, it) })
                })
        },
    )

    val daysToFirstOrder = Report(
        "whole days from signup to the first order, longest wait first",
        {
            val wait = daysBetween(RepCustomers.signedUp, min(RepOrders.placed)) alias "wait"
            select(RepCustomers.id, RepCustomers.name, wait).from(RepCustomers).join(RepOrders) { customerId eq RepCustomers.id }
                .groupBy(RepCustomers.id, RepCustomers.name, RepCustomers.signedUp).orderBy(wait.desc(), RepCustomers.id.asc()).toList()
        },
        sqlQuery("SELECT c.id, c.name, EXTRACT(DAY FROM MIN(o.placed) - c.signed_up)::int AS wait FROM rep_customers c " +
            "JOIN rep_orders o ON o.customer_id = c.id GROUP BY c.id, c.name, c.signed_up ORDER BY wait DESC, c.id"),
        {
            rowsOf(Sales.data.orders.groupBy { it.customerId }.map { (id, orders) ->
                val customer = Sales.customers.getValue(id)
                Triple(customer.id, customer.name, ChronoUnit.DAYS.between(customer.signedUp, orders.minOf { it.placed }))
            }.sortedWith(compareByDescending<Triple<Long, String, Long>> { it.third }.thenBy { it.first }).map { it.toList() })
        },
    )

    val signupCohorts = Report(
        "customers, buyers and orders per signup quarter",
        {
            val cohort = dateTrunc(DateUnit.QUARTER, RepCustomers.signedUp) alias "cohort"
            select(cohort, countDistinct(RepCustomers.id) alias "customers", countDistinct(RepOrders.customerId) alias "buyers",
                count(RepOrders.id) alias "orders").from(RepCustomers).leftJoin(RepOrders) { customerId eq RepCustomers.id }
                .groupBy(cohort).orderBy(cohort.asc()).toList()
        },
        sqlQuery("SELECT date_trunc('quarter', c.signed_up), COUNT(DISTINCT c.id), COUNT(DISTINCT o.customer_id), COUNT(o.id) " +
            "FROM rep_customers c LEFT JOIN rep_orders o ON o.customer_id = c.id GROUP BY 1 ORDER BY 1"),
        {
            rowsOf(Sales.data.customers.groupBy { it.signedUp.toLocalDate().with(IsoFields.DAY_OF_QUARTER, 1).atStartOfDay() }
                .toSortedMap().map { (cohort, customers) ->
                    val orders = customers.map { customer -> Sales.data.orders.count { it.customerId == customer.id } }
                    listOf(cohort, customers.size, orders.count { it > 0 }, orders.sum())
                })
        },
    )

    val orderGaps = Report(
        "days from each order of the first customers to their next, the reference date after the last",
        {
            val next = lead(RepOrders.placed, 1, value(reference, SqlType.DATETIME)) over {
                partitionBy(RepOrders.customerId); orderBy(RepOrders.placed, RepOrders.id)
            }
            RepOrders.select(RepOrders.customerId, RepOrders.id, next alias "next", daysBetween(RepOrders.placed, next) alias "gap")
                .where { customerId lte 3L }.orderBy(RepOrders.customerId.asc(), RepOrders.placed.asc(), RepOrders.id.asc()).toList()
        },
        sqlQuery("SELECT customer_id, id, LEAD(placed, 1, ?) OVER w, " +
            "EXTRACT(DAY FROM LEAD(placed, 1, ?) OVER w - placed)::int FROM rep_orders WHERE customer_id <= 3 " +
            "WINDOW w AS (PARTITION BY customer_id ORDER BY placed, id) ORDER BY customer_id, placed, id", reference, reference),
        {
            rowsOf(Sales.data.orders.filter { it.customerId <= 3 }.groupBy { it.customerId }.toSortedMap().flatMap { (_, orders) ->
                val sorted = orders.sortedWith(compareBy({ it.placed }, { it.id }))
                sorted.mapIndexed { index, order ->
                    val next = sorted.getOrNull(index + 1)?.placed ?: reference
                    listOf(order.customerId, order.id, next, ChronoUnit.DAYS.between(order.placed, next))
                }
            })
        },
    )

    val all = listOf(inactiveCustomers, daysToFirstOrder, signupCohorts, orderGaps)
}
