package dev.quarry.samples.tour

import dev.quarry.kotlin.Table


/** Reviews of the bookshop's [Books], for the query-language tour. */
object Reviews : Table("reviews") {
    val id = long("id").autoIncrement()
    val bookId = long("book_id")
    val reviewer = varchar("reviewer", 40)
    val stars = integer("stars")
    val repliesTo = long("replies_to").nullable()
    override val primaryKey = primaryKey(id)
}

