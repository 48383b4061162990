package dev.quarry.samples

import dev.quarry.jdbc.Database
import dev.quarry.kotlin.count
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.select
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.transaction
import dev.quarry.samples.tour.Events
import dev.quarry.samples.tour.Payments
import dev.quarry.samples.tour.Reviews
import dev.quarry.samples.tour.bookTitle
import dev.quarry.samples.tour.booksInStock
import dev.quarry.samples.tour.exportTitles
import dev.quarry.samples.tour.longestTitles
import dev.quarry.samples.tour.raisePrice
import dev.quarry.samples.tour.recordPayment
import dev.quarry.samples.tour.searchWithin
import dev.quarry.samples.tour.sell
import dev.quarry.samples.tour.vacuumEvents
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.shouldBe
import java.io.File
import java.math.BigDecimal
import java.nio.file.Files

/** Runs every function of the Kotlin transactions tour on SQLite, and checks the docs show it. */
class TransactionTourSpec : FunSpec({
    val file = Files.createTempFile("transactions-tour", ".db").toFile()
    val db = Database.connect("jdbc:sqlite:${file.path}")
    beforeSpec {
        Database.setDefault(db)
        stockTourShop(db)
    }
    afterSpec {
        db.close()
        file.delete()
    }

    suspend fun events(): List<String> = transaction(db) { Events.selectAll().orderBy(Events.id).toList().map { it[Events.message] } }

    test("propagation: the event survives a failed sale, a failed nested step leaves the sale") {
        sell(1L, "Ada") shouldBe true
        sell(1L, "Alan") shouldBe false
        sell(2L, " ") shouldBe true
        events() shouldBe listOf("Ada asked for book 1", "Alan asked for book 1", "  asked for book 2")
        transaction(db) {
            Reviews.select { bookId eq 1L }.count() shouldBe 4L
            Reviews.select { bookId eq 2L }.count() shouldBe 0L
        }
    }

    test("options: retry, isolation, timeouts and read-only") {
        raisePrice(5L, 10) shouldBe BigDecimal("11.00")
        booksInStock() shouldBe 3L
    }

    test("coroutines, dispatch, cancellation, streaming and raw SQL") {
        longestTitles() shouldBe listOf("The Left Hand of Darkness", "Nineteen Eighty-Four")
        events().takeLast(2).toSet() shouldBe
            setOf("long title: The Left Hand of Darkness", "long title: Nineteen Eighty-Four")
        bookTitle(4L) shouldBe "Nineteen Eighty-Four"
        searchWithin(5_000, "Time")?.map { it[dev.quarry.samples.Books.title] } shouldBe listOf("The Time Machine")
        val titles = StringBuilder()
        exportTitles(titles)
        titles.lines().first() shouldBe "Frankenstein"
        titles.lines().size shouldBe 9
        vacuumEvents(3L) shouldBe 2
        events().size shouldBe 3
    }

    test("an idempotent write runs twice and records once") {
        recordPayment("3f1c9a2e-request", 1_250)
        recordPayment("3f1c9a2e-request", 1_250)
        transaction(db) { Payments.select { requestId eq "3f1c9a2e-request" }.toList().map { it[Payments.amountCents] } } shouldBe
            listOf(1_250L)
    }

    test("docs/transactions.md shows every snippet of the Kotlin tour") {
        val docs = File("../docs/transactions.md").readText()
        val regions = ReadmeSnippets.docRegions("src/main/kotlin/dev/quarry/samples/tour/TransactionTour.kt")
        regions.keys shouldBe setOf("propagation", "options", "coroutines", "dispatch", "cancellation", "streaming", "raw-sql", "idempotent")
        val blocks = ReadmeSnippets.blocks(docs, "kotlin")
        regions.values.forEach { blocks shouldContain it }
    }
})
