package dev.quarry.samples

import dev.quarry.kotlin.eq
import dev.quarry.kotlin.select
import dev.quarry.kotlin.transaction
import dev.quarry.samples.tour.StatementCounter
import dev.quarry.samples.tour.connectCounted
import dev.quarry.samples.tour.connectWithSlowLog
import dev.quarry.samples.tour.fingerprintName
import dev.quarry.samples.tour.planOfCheapBooks
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.nio.file.Files
import java.time.Duration

/** Runs the Kotlin observability tour on SQLite. */
class ObservabilityTourSpec : FunSpec({
    val file = Files.createTempFile("observability-tour", ".db").toFile()
    val url = "jdbc:sqlite:${file.path}"
    val counter = StatementCounter()
    val db = connectCounted(url, counter)
    beforeSpec { stockTourShop(db) }
    afterSpec {
        db.close()
        file.delete()
    }

    test("the counter counts statements by fingerprint and transactions that did not commit") {
        transaction(db) { Books.select { id eq 1L }.single() }
        counter.statements.getValue("select books").sum() shouldBe 1L
        (counter.statements.getValue("insert books").sum() > 0) shouldBe true
        shouldThrow<IllegalStateException> { transaction(db) { error("the block fails") } }
        counter.notCommitted.get() shouldBe 1L
    }

    test("the plan of a select names its table") {
        planOfCheapBooks(db).any { "books" in it } shouldBe true
    }

    test("the slow threshold is part of the configuration, and fingerprints name statements") {
        connectWithSlowLog(url).use { it.config().slowStatementThreshold() shouldBe Duration.ofMillis(250) }
        fingerprintName("SELECT * FROM books WHERE id = 42") shouldBe "select books"
        fingerprintName("insert into \"reviews\" (book_id, stars) values (?, ?), (?, ?)") shouldBe "insert reviews"
    }
})
