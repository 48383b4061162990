package dev.quarry.samples

import dev.quarry.dialect.TextSemantics
import dev.quarry.jdbc.Database
import dev.quarry.kotlin.transaction
import dev.quarry.samples.tour.PriceBand
import dev.quarry.samples.tour.decadesOfClassics
import dev.quarry.samples.tour.exactly
import dev.quarry.samples.tour.newestTitle
import dev.quarry.samples.tour.ownCollationSettings
import dev.quarry.samples.tour.priceBands
import dev.quarry.samples.tour.repriced
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.math.BigDecimal

/** Runs the tour of functions by name, templates, queries written by hand and rollback-only transactions on SQLite. */
class HandWrittenSqlTourSpec : FunSpec({
    val db = tourShop("hand-written")

    test("functions by name and templates inside a built query") {
        transaction(db) {
            decadesOfClassics().map { it["decade"] to it["cheapest"] } shouldBe
                listOf(1930 to BigDecimal("12.00"), 1940 to BigDecimal("11.25"), 1950 to BigDecimal("10.00"))
        }
    }

    test("queries written by hand, decoded by name") {
        transaction(db) {
            priceBands(BigDecimal("12.00")).map { it.copy(total = it.total.setScale(2)) } shouldBe listOf(
                PriceBand("cheap", 4, BigDecimal("38.74")),
                PriceBand("dear", 4, BigDecimal("55.30")),
            )
            newestTitle() shouldBe "Neuromancer"
            exactly("Dune").map { it[Books.title] } shouldBe listOf("Dune")
            exactly("dune") shouldBe emptyList()
        }
    }

    test("a database whose own collations decide") {
        ownCollationSettings("jdbc:mariadb://localhost/shop").textSemantics() shouldBe TextSemantics.DATABASE
        Database.connect(ownCollationSettings(requireNotNull(db.config().url()))).use { own ->
            own.dialect().textSemantics() shouldBe TextSemantics.DATABASE
            transaction(own) { exactly("Dune").map { it[Books.title] } shouldBe listOf("Dune") }
        }
    }

    test("a dry run shows the change and keeps nothing") {
        val shown = transaction(db) { repriced(10, dryRun = true) }
        shown.first()["price", BigDecimal::class.java]!!.setScale(2) shouldBe BigDecimal("17.49")
        transaction(db) { priceBands(BigDecimal("100")).single().total.setScale(2) } shouldBe BigDecimal("94.04")
    }
})
