package dev.quarry.kotlin

import dev.quarry.jdbc.Database
import java.math.BigDecimal

/** Authors, each mentored by the one before. */
object Authors : Table("ql_authors") {
    val id = long("id")
    val name = varchar("name", 40)
    val country = varchar("country", 2).nullable()
    val mentorId = long("mentor_id").nullable()
    override val primaryKey = primaryKey(id)
}

/** Books by [Authors]. */
object Books : Table("ql_books") {
    val id = long("id").autoIncrement()
    val authorId = long("author_id")
    val title = varchar("title", 60)
    val price = decimal("price", 8, 2)
    val pages = integer("pages")
    val rating = doublePrecision("rating").nullable()
    override val primaryKey = primaryKey(id)
}

/**
 * The library every query-language test starts from:
 *
 * | author | name   | country | mentor |   | book | author | title     | price | pages | rating |
 * |--------|--------|---------|--------|---|------|--------|-----------|-------|-------|--------|
 * | 1      | Ada    | UK      |        |   | 1    | 1      | Notes     | 10.50 | 100   | 4.5    |
 * | 2      | Grace  | US      | 1      |   | 2    | 1      | Engines   | 20.00 | 250   |        |
 * | 3      | Émile  | FR      | 2      |   | 3    | 2      | Compilers | 35.25 | 400   | 4.8    |
 * | 4      | Zoë 🙂 |         | 3      |   | 4    | 2      | COBOL     | 15.75 | 300   | 3.9    |
 * |        |        |         |        |   | 5    | 3      | Poèmes    | 8.00  | 50    | 4.1    |
 */
suspend fun freshLibrary(db: Database) {
    transaction(db) {
        dropTables(Books, Authors)
        createTables(Authors, Books)
        Authors.insertAll(
            listOf(
                Triple(1L, "Ada", "UK"), Triple(2L, "Grace", "US"), Triple(3L, "Émile", "FR"), Triple(4L, "Zoë 🙂", null),
            ),
        ) { row, (id, name, country) ->
            row[this.id] = id
            row[this.name] = name
            row[this.country] = country
            row[mentorId] = if (id == 1L) null else id - 1
        }
        data class Book(val author: Long, val title: String, val price: String, val pages: Int, val rating: Double?)
        Books.insertAll(
            listOf(
                Book(1, "Notes", "10.50", 100, 4.5), Book(1, "Engines", "20.00", 250, null),
                Book(2, "Compilers", "35.25", 400, 4.8), Book(2, "COBOL", "15.75", 300, 3.9),
                Book(3, "Poèmes", "8.00", 50, 4.1),
            ),
        ) { row, book ->
            row[authorId] = book.author
            row[title] = book.title
            row[price] = BigDecimal(book.price)
            row[pages] = book.pages
            row[rating] = book.rating
        }
    }
}
