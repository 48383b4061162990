package dev.quarry.samples

import dev.quarry.UnsupportedFeatureException
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.select
import dev.quarry.kotlin.transaction
import dev.quarry.samples.tour.ReplyThread
import dev.quarry.samples.tour.Reviews
import dev.quarry.samples.tour.allTitlesPageByPage
import dev.quarry.samples.tour.booksReviewedBy
import dev.quarry.samples.tour.everyone
import dev.quarry.samples.tour.priceList
import dev.quarry.samples.tour.rankedByAuthor
import dev.quarry.samples.tour.replies
import dev.quarry.samples.tour.reserveCheapest
import dev.quarry.samples.tour.restock
import dev.quarry.samples.tour.reviewedAuthors
import dev.quarry.samples.tour.threads
import dev.quarry.samples.tour.unreviewedBooks
import dev.quarry.samples.tour.wellReviewed
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.shouldBe
import java.io.File
import java.math.BigDecimal

/** Runs every construct of the query-language tour on SQLite, and checks the docs show it. */
class QueryTourSpec : FunSpec({
    val db = tourShop("tour")

    test("expressions, aggregates and joins") {
        transaction(db) {
            val first = priceList().first()
            (0 until first.size()).map { first.get(it) } shouldBe
                listOf("Brave New World", "ALDOUS HUXLEY", BigDecimal("14.4000"), 14, "modern", "-")
            wellReviewed().map { listOf(it.get(0), it.get(1), it.get(2)) } shouldBe
                listOf(listOf("Frankenstein", 3L, 10.0 / 3))
            replies().map { listOf(it.get(0), it.get(1), it.get(2)) } shouldBe
                listOf(listOf("Frankenstein", "Alan", "Ada"), listOf("Frankenstein", "Edsger", "Alan"))
        }
    }

    test("subqueries, windows, CTEs and set operations") {
        transaction(db) {
            unreviewedBooks().size shouldBe 5
            booksReviewedBy("Ada").map { it[Books.title] } shouldBe listOf("Frankenstein", "Dune")
            rankedByAuthor().first().let { listOf(it.get(0), it.get(1), it.get(2), it.get(3), it.get(4)) } shouldBe
                listOf("Mary Shelley", "Frankenstein", 1L, null, BigDecimal("9.99"))
            reviewedAuthors().map { it.get(0) } shouldBe listOf("Aldous Huxley", "Frank Herbert", "Mary Shelley")
            threads().map { it[ReplyThread.id] to it[ReplyThread.depth] } shouldBe
                listOf(1L to 0, 2L to 1, 3L to 0, 4L to 2, 5L to 0)
            everyone().map { it.get(0) }.take(3) shouldBe listOf("Ada", "Alan", "Aldous Huxley")
            everyone().size shouldBe 12
        }
    }

    test("keyset pagination, locking and writes") {
        transaction(db) {
            allTitlesPageByPage(3) shouldBe listOf("The Time Machine", "Frankenstein", "Foundation",
                "Nineteen Eighty-Four", "Brave New World", "The Left Hand of Darkness", "Neuromancer", "Dune")
            shouldThrow<UnsupportedFeatureException> { reserveCheapest() }.dialect() shouldBe "sqlite"
            restock() shouldBe 1
            Books.select { id eq 1L }.single()[Books.price] shouldBe BigDecimal("11.24")
        }
    }

    test("docs/query-language.md shows every snippet of the Kotlin tour") {
        val docs = File("../docs/query-language.md").readText()
        val regions = ReadmeSnippets.docRegions("src/main/kotlin/dev/quarry/samples/tour/QueryTour.kt")
        regions.keys shouldBe setOf("expressions", "aggregates", "joins", "subqueries", "windows", "ctes",
            "set-operations", "seek", "locking", "writes")
        val blocks = ReadmeSnippets.blocks(docs, "kotlin")
        regions.values.forEach { blocks shouldContain it }
    }
})
