package dev.quarry.kotlin.reporting

import java.math.BigDecimal

/** One order line with its order, product and customer, as the reference answers read them. */
data class Sale(val line: OrderLine, val order: Order, val product: Product, val customer: Customer) {
    val amount: BigDecimal get() = line.unitPrice * BigDecimal(line.quantity)
    val cancelled: Boolean get() = order.status == CANCELLED
}

const val CANCELLED = "cancelled"

/** The generated shop, and its order lines joined to everything they refer to. */
object Sales {
    val data: SalesData = SalesGenerator.generate()
    val customers: Map<Long, Customer> = data.customers.associateBy { it.id }
    val orders: Map<Long, Order> = data.orders.associateBy { it.id }
    val products: Map<Long, Product> = data.products.associateBy { it.id }

    /** Every line with its order, product and customer. */
    val all: List<Sale> = data.lines.map { line ->
        val order = orders.getValue(line.orderId)
        Sale(line, order, products.getValue(line.productId), customers.getValue(order.customerId))
    }

    /** The lines of orders that were not cancelled: the ones that earn revenue. */
    val earning: List<Sale> = all.filterNot { it.cancelled }
}

/** The sum of the amounts, exactly. */
fun Iterable<Sale>.revenue(): BigDecimal = fold(BigDecimal.ZERO) { total, sale -> total + sale.amount }
