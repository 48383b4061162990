package dev.quarry.kotlin.reporting

import dev.quarry.jdbc.Database
import dev.quarry.kotlin.createTables
import dev.quarry.kotlin.dropTables
import dev.quarry.kotlin.insertAll
import dev.quarry.kotlin.transaction

/** Writes the generated shop into a database with the DSL's batch inserts, creating its tables afresh. */
object SalesLoader {
    private val tables = arrayOf(RepCustomers, RepProducts, RepOrders, RepOrderLines)

    suspend fun load(db: Database, data: SalesData) {
        transaction(db) {
            dropTables(*tables.reversedArray())
            createTables(*tables)
            RepCustomers.insertAll(data.customers) { row, customer ->
                row[id] = customer.id
                row[name] = customer.name
                row[country] = customer.country
                row[signedUp] = customer.signedUp
            }
            RepProducts.insertAll(data.products) { row, product ->
                row[id] = product.id
                row[name] = product.name
                row[category] = product.category
                row[price] = product.price
            }
            RepOrders.insertAll(data.orders) { row, order ->
                row[id] = order.id
                row[customerId] = order.customerId
                row[placed] = order.placed
                row[status] = order.status
            }
            RepOrderLines.insertAll(data.lines) { row, line ->
                row[id] = line.id
                row[orderId] = line.orderId
                row[productId] = line.productId
                row[quantity] = line.quantity
                row[unitPrice] = line.unitPrice
            }
        }
    }

    suspend fun drop(db: Database) {
        transaction(db) { dropTables(*tables.reversedArray()) }
    }
}
