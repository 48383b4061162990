package dev.quarry.kotlin.reporting

import dev.quarry.kotlin.Query
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.neq
import dev.quarry.kotlin.select
import dev.quarry.sql.Expression
import java.math.BigDecimal
import java.time.LocalDateTime
import java.time.temporal.IsoFields

/** What a line earns: its quantity times its unit price. */
val lineAmount: Expression<BigDecimal> = RepOrderLines.unitPrice.multiply(RepOrderLines.quantity, BigDecimal::class.java)

/** Order lines joined to their orders, with the expressions given. */
fun orderLines(vararg expressions: Expression<*>): Query<RepOrderLines> =
    select(*expressions).from(RepOrderLines).join(RepOrders) { id eq RepOrderLines.orderId }

/** The lines of orders that were not cancelled, joined to their orders, with the expressions given. */
fun earningLines(vararg expressions: Expression<*>): Query<RepOrderLines> =
    orderLines(*expressions).where { RepOrders.status neq CANCELLED }

/** The hand-written counterpart of [earningLines]' FROM and WHERE, for PostgreSQL; bind [CANCELLED] first. */
const val EARNING_LINES_SQL = "FROM rep_order_lines l JOIN rep_orders o ON o.id = l.order_id WHERE o.status <> ?"

/** The first instant of the moment's month. */
fun LocalDateTime.monthStart(): LocalDateTime = toLocalDate().withDayOfMonth(1).atStartOfDay()

/** The moment's quarter, 1 to 4. */
fun LocalDateTime.quarter(): Int = get(IsoFields.QUARTER_OF_YEAR)
