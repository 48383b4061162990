package dev.quarry.samples.tour

import dev.quarry.kotlin.Table

/** What happened in the bookshop, for the transactions tour. */
object Events : Table("events") {
    val id = long("id").autoIncrement()
    val message = varchar("message", 200)
    override val primaryKey = primaryKey(id)
}
