package dev.quarry.samples

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.QueryBudget
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.transaction
import dev.quarry.samples.tour.openGuarded
import dev.quarry.samples.tour.reviewsPerBook
import dev.quarry.samples.tour.titlesWithin
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.maps.shouldContain
import io.kotest.matchers.shouldBe
import java.io.File

/** Runs the Kotlin budget tour on SQLite, and checks docs/observability.md shows it. */
class BudgetTourSpec : FunSpec({
    val db = tourShop("budget-tour")
    beforeSpec { Database.setDefault(db) }

    test("a database default budget, a warning report and a failing budget") {
        val guarded = openGuarded(requireNotNull(db.config().url()))
        try {
            guarded.config().budget() shouldBe QueryBudget.NONE.maxStatements(200).maxRowsRead(50_000).maxSameStatement(25)
            transaction(guarded) { Books.selectAll().toList().size } shouldBe 8
        } finally {
            guarded.close()
        }
        reviewsPerBook() shouldContain ("Frankenstein" to 3L)
        titlesWithin(3) shouldBe null
        titlesWithin(100)?.first() shouldBe "Brave New World"
    }

    test("docs/observability.md shows every snippet of the Kotlin budget tour") {
        val docs = File("../docs/observability.md").readText()
        val regions = ReadmeSnippets.docRegions("src/main/kotlin/dev/quarry/samples/tour/BudgetTour.kt")
        regions.keys shouldBe setOf("budget-database", "budget-warn", "budget-fail")
        val blocks = ReadmeSnippets.blocks(docs, "kotlin")
        regions.values.forEach { blocks shouldContain it }
    }
})
