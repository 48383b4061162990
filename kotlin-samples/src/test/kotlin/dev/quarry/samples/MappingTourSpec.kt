package dev.quarry.samples

import dev.quarry.kotlin.eq
import dev.quarry.kotlin.select
import dev.quarry.kotlin.single
import dev.quarry.kotlin.transaction
import dev.quarry.samples.tour.AuthorShelf
import dev.quarry.samples.tour.BookCard
import dev.quarry.samples.tour.BookId
import dev.quarry.samples.tour.NewBook
import dev.quarry.samples.tour.ReviewLine
import dev.quarry.samples.tour.addBook
import dev.quarry.samples.tour.addBooks
import dev.quarry.samples.tour.bargains
import dev.quarry.samples.tour.booksBy
import dev.quarry.samples.tour.replaceBook
import dev.quarry.samples.tour.reviewLines
import dev.quarry.samples.tour.shelves
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.shouldBe
import java.io.File
import java.math.BigDecimal
import java.time.Instant

/** Runs the tour of @Serializable mapping on SQLite, and checks the docs and the README show it. */
class MappingTourSpec : FunSpec({
    val db = tourShop("mapping-tour")

    test("rows read into data classes: plain, joined, value classes") {
        transaction(db) {
            shelves().first() shouldBe AuthorShelf("Aldous Huxley", 1)
            shelves().size shouldBe 8
            bargains() shouldBe listOf(
                BookCard(1, "Frankenstein", BigDecimal("9.99"), true),
                BookCard(2, "The Time Machine", BigDecimal("7.50"), true),
            )
            reviewLines().take(2) shouldBe listOf(
                ReviewLine("Frankenstein", "Ada", 5, null),
                ReviewLine("Frankenstein", "Alan", 4, "Ada"),
            )
            booksBy("Frank Herbert") shouldBe listOf(BookId(6))
        }
    }

    test("data classes write rows, and read back equal") {
        val added = Instant.parse("2025-01-02T03:04:05Z")
        val solaris = NewBook(title = "Solaris", author = "Stanisław Lem", published = 1961, price = BigDecimal("9.50"), addedAt = added)
        transaction(db) {
            addBook(solaris) shouldBe 1
            addBooks(listOf(solaris.copy(title = "The Cyberiad", published = 1965), solaris.copy(title = "Fiasco", published = 1986))) shouldBe 2
            replaceBook(11L, solaris.copy(title = "Fiasco", published = 1986, inStock = false, note = "Lem's last novel")) shouldBe 1
            Books.select { title eq "Fiasco" }.single<NewBook>() shouldBe
                solaris.copy(id = 11, title = "Fiasco", published = 1986, inStock = false, note = "Lem's last novel")
            booksBy("Stanisław Lem") shouldBe listOf(BookId(9), BookId(10), BookId(11))
        }
    }

    test("docs/serialization.md shows every snippet of the tour, and the README its first") {
        val docs = File("../docs/serialization.md").readText()
        val regions = ReadmeSnippets.docRegions("src/main/kotlin/dev/quarry/samples/tour/MappingTour.kt")
        regions.keys shouldBe setOf("readme", "reading", "joins", "value-classes", "writing")
        val blocks = ReadmeSnippets.blocks(docs, "kotlin")
        regions.values.forEach { blocks shouldContain it }
        ReadmeSnippets.blocks("kotlin") shouldContain regions.getValue("readme")
    }
})
