package dev.quarry.kotlin.reporting

import dev.quarry.kotlin.Table

/** Customers of the shop; names mix cases and non-ASCII letters, signed up at a date and time. */
object RepCustomers : Table("rep_customers") {
    val id = long("id")
    val name = varchar("name", 60)
    val country = varchar("country", 2)
    val signedUp = datetime("signed_up")
    override val primaryKey = primaryKey(id)
}

/** Products in a few categories, priced in decimals. */
object RepProducts : Table("rep_products") {
    val id = long("id")
    val name = varchar("name", 60)
    val category = varchar("category", 30)
    val price = decimal("price", 10, 2)
    override val primaryKey = primaryKey(id)
}

/** Orders a customer placed; a cancelled order earns nothing. */
object RepOrders : Table("rep_orders") {
    val id = long("id")
    val customerId = long("customer_id")
    val placed = datetime("placed")
    val status = varchar("status", 12)
    override val primaryKey = primaryKey(id)
}

/** The lines of an order: a product, a quantity and the unit price paid. */
object RepOrderLines : Table("rep_order_lines") {
    val id = long("id")
    val orderId = long("order_id")
    val productId = long("product_id")
    val quantity = integer("quantity")
    val unitPrice = decimal("unit_price", 10, 2)
    override val primaryKey = primaryKey(id)
}
