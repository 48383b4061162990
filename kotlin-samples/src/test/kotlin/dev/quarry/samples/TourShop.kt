package dev.quarry.samples

import dev.quarry.jdbc.Database
import dev.quarry.kotlin.createTables
import dev.quarry.kotlin.insert
import dev.quarry.kotlin.insertAll
import dev.quarry.kotlin.transaction
import dev.quarry.samples.tour.Events
import dev.quarry.samples.tour.Payments
import dev.quarry.samples.tour.Reviews
import io.kotest.core.spec.style.FunSpec
import java.math.BigDecimal
import java.nio.file.Files
import java.time.Instant

/** A SQLite file holding the tours' shop for one spec: stocked before its tests, deleted after them. */
fun FunSpec.tourShop(name: String): Database {
    val file = Files.createTempFile(name, ".db").toFile()
    val db = Database.connect("jdbc:sqlite:${file.path}")
    beforeSpec { stockTourShop(db) }
    afterSpec {
        db.close()
        file.delete()
    }
    return db
}

/** Creates the tours' tables and fills the catalogue and five reviews. */
suspend fun stockTourShop(db: Database) {
    transaction(db) {
        createTables(Books, Reviews, Events, Payments)
        Books.insertAll(catalogue) { row, book ->
            row[title] = book.title
            row[author] = book.author
            row[published] = book.published
            row[price] = BigDecimal(book.price)
            row[inStock] = book.published < 1960
            row[addedAt] = Instant.parse("2024-03-01T09:00:00Z")
            row[note] = book.note
        }
        for ((book, reviewer, stars, repliesTo) in listOf(
            listOf(1L, "Ada", 5, null), listOf(1L, "Alan", 4, 1L), listOf(3L, "Grace", 2, null),
            listOf(1L, "Edsger", 1, 2L), listOf(6L, "Ada", 4, null),
        )) {
            Reviews.insert {
                it[bookId] = book as Long
                it[this.reviewer] = reviewer as String
                it[this.stars] = stars as Int
                it[this.repliesTo] = repliesTo as Long?
            }
        }
    }
}
