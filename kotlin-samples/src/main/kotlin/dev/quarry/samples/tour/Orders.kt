package dev.quarry.samples.tour

import dev.quarry.kotlin.Table

/** Orders of the bookshop, for the dates tour: when each was placed, shipped and paid. */
object Orders : Table("tour_orders") {
    val id = long("id").autoIncrement()
    val placed = date("placed")
    val shipped = datetime("shipped")
    val paid = timestamp("paid")
    val delivered = date("delivered").nullable()
    val graceDays = integer("grace_days")
    override val primaryKey = primaryKey(id)
}
