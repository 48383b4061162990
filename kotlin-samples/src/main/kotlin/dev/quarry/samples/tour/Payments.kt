package dev.quarry.samples.tour

import dev.quarry.kotlin.Table

/** Payments taken in the bookshop, each under the id of the request that made it, for the transactions tour. */
object Payments : Table("payments") {
    val id = long("id").autoIncrement()
    val requestId = varchar("request_id", 36).unique()
    val amountCents = long("amount_cents")
    override val primaryKey = primaryKey(id)
}
