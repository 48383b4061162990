package dev.quarry.samples

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.Row
import dev.quarry.kotlin.and
import dev.quarry.kotlin.between
import dev.quarry.kotlin.createTables
import dev.quarry.kotlin.deleteWhere
import dev.quarry.kotlin.dropTables
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.gte
import dev.quarry.kotlin.insertAndGetId
import dev.quarry.kotlin.like
import dev.quarry.kotlin.lt
import dev.quarry.kotlin.neq
import dev.quarry.kotlin.or
import dev.quarry.kotlin.select
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.transaction
import dev.quarry.kotlin.update
import java.io.File
import java.math.BigDecimal
import java.time.Instant
import kotlinx.coroutines.runBlocking

/** A book of the catalogue. */
internal data class Stock(val title: String, val author: String, val published: Int, val price: String, val note: String?)

/** The bookshop's catalogue, also read by the tour's tests. */
internal val catalogue = listOf(
    Stock("Frankenstein", "Mary Shelley", 1818, "9.99", "The first science-fiction novel"),
    Stock("The Time Machine", "H. G. Wells", 1895, "7.50", null),
    Stock("Brave New World", "Aldous Huxley", 1932, "12.00", null),
    Stock("Nineteen Eighty-Four", "George Orwell", 1949, "11.25", "Big Brother is watching"),
    Stock("Foundation", "Isaac Asimov", 1951, "10.00", null),
    Stock("Dune", "Frank Herbert", 1965, "15.90", "Spice must flow"),
    Stock("The Left Hand of Darkness", "Ursula K. Le Guin", 1969, "13.40", null),
    Stock("Neuromancer", "William Gibson", 1984, "14.00", null),
)

/**
 * Creates a bookshop catalogue in an embedded SQLite file, then queries and changes it in
 * transactions. The file is `args[0]`, or `quarry-bookshop.db` in the temporary directory.
 */
fun main(args: Array<String>) = runBlocking {
    val file = File(args.firstOrNull() ?: File(System.getProperty("java.io.tmpdir"), "quarry-bookshop.db").path)
    file.delete()
    println("Bookshop catalogue in ${file.path}")
    Database.connect("jdbc:sqlite:${file.path}").use { db ->
        transaction(db) {
            dropTables(Books)
            createTables(Books)
            for (book in catalogue) {
                Books.insertAndGetId {
                    it[title] = book.title
                    it[author] = book.author
                    it[published] = book.published
                    it[price] = BigDecimal(book.price)
                    it[inStock] = book.published < 1960
                    it[addedAt] = Instant.parse("2024-03-01T09:00:00Z")
                    it[note] = book.note
                }
            }
        }

        transaction(db) {
            section("Published before 1950, oldest first")
            Books.select { published lt 1950 }.orderBy(Books.published).toList().forEach(::printBook)

            section("In stock and under 12.00, or written in the sixties")
            Books.select { ((inStock eq true) and (price lt BigDecimal("12.00"))) or (published between 1960..1969) }
                .orderBy(Books.title)
                .toList()
                .forEach(::printBook)

            section("Titles starting with \"The\"")
            Books.select { title like "The %" }.orderBy(Books.title).toList().forEach(::printBook)

            section("Books with a note")
            Books.select { note neq null }.orderBy(Books.published).toList()
                .forEach { println("  ${it[Books.title]}: ${it[Books.note]}") }
        }

        transaction(db) {
            val repriced = Books.update({ published gte 1980 }) { it[price] = BigDecimal("9.00") }
            val removed = Books.deleteWhere { (inStock eq false) and (published lt 1970) }
            section("Repriced $repriced, removed $removed")
            println("  ${Books.selectAll().count()} books left, cheapest first:")
            Books.selectAll().orderBy(Books.price.asc(), Books.title.asc()).toList().forEach(::printBook)
        }
    }
}

private fun section(title: String) {
    println()
    println(title)
}

private fun printBook(row: Row) {
    println("  %-26s %-18s %4d %6s".format(row[Books.title], row[Books.author], row[Books.published], row[Books.price]))
}
