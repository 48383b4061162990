package dev.quarry.samples

import dev.quarry.kotlin.Table

/** A bookshop's catalogue. */
object Books : Table("books") {
    val id = long("id").autoIncrement()
    val title = varchar("title", 200)
    val author = varchar("author", 100)
    val published = integer("published")
    val price = decimal("price", 8, 2)
    val inStock = bool("in_stock")
    val addedAt = timestamp("added_at")
    val note = text("note").nullable()
    override val primaryKey = primaryKey(id)
}
