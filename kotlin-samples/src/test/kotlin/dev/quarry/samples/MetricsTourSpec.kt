package dev.quarry.samples

import dev.quarry.kotlin.insert
import dev.quarry.kotlin.transaction
import dev.quarry.micrometer.QuarryMetrics
import dev.quarry.samples.tour.Events
import dev.quarry.samples.tour.meteredDatabase
import dev.quarry.samples.tour.statementSummary
import dev.quarry.samples.tour.titleOf
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldMatch
import io.micrometer.core.instrument.simple.SimpleMeterRegistry
import java.io.File
import java.nio.file.Files

/** Runs the Kotlin metrics tour on SQLite: `transaction {}` from coroutines, counted exactly. */
class MetricsTourSpec : FunSpec({
    val file = Files.createTempFile("metrics-tour", ".db").toFile()
    val registry = SimpleMeterRegistry()
    val db = meteredDatabase("jdbc:sqlite:${file.path}", registry)
    beforeSpec { stockTourShop(db) }
    afterSpec {
        db.close()
        file.delete()
    }

    test("statements and transactions of the Kotlin DSL are timed by fingerprint and outcome") {
        titleOf(db, 1L) shouldBe "Frankenstein"
        titleOf(db, 4L) shouldBe "Nineteen Eighty-Four"
        shouldThrow<IllegalStateException> {
            transaction(db) {
                Events.insert { it[message] = "rolled back" }
                error("the work fails after its insert")
            }
        }

        statementSummary(registry, "select books") shouldMatch Regex("""select books: 2 × \d+\.\d ms""")
        val transactions = registry.find(QuarryMetrics.TRANSACTION).tag("db", "shop").timers()
            .associate { it.id.getTag("outcome") to it.count() }
        // The shop's stocking is the first committed transaction.
        transactions shouldBe mapOf("committed" to 3L, "rolled_back" to 1L, "retried" to 0L, "timed_out" to 0L, "cancelled" to 0L)
        registry.get(QuarryMetrics.STATEMENT).tags("db", "shop", "statement", "insert events").timer().count() shouldBe 1L
        registry.get("hikaricp.connections.max").tag("pool", "shop").gauge().value() shouldBe 10.0
    }

    test("docs/observability.md shows every snippet of the Kotlin tour") {
        val docs = File("../docs/observability.md").readText()
        val regions = ReadmeSnippets.docRegions("src/main/kotlin/dev/quarry/samples/tour/MetricsTour.kt")
        regions.keys shouldBe setOf("metrics-attach", "metrics-read")
        val blocks = ReadmeSnippets.blocks(docs, "kotlin")
        regions.values.forEach { blocks shouldContain it }
    }
})
