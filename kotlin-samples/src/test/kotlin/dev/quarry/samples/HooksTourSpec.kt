package dev.quarry.samples

import dev.quarry.ValidationException
import dev.quarry.jdbc.Database
import dev.quarry.kotlin.createMissingTables
import dev.quarry.kotlin.deleteAll
import dev.quarry.kotlin.deleteWhere
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.select
import dev.quarry.kotlin.transaction
import dev.quarry.samples.tour.Gigs
import dev.quarry.samples.tour.addGig
import dev.quarry.samples.tour.book
import dev.quarry.samples.tour.openBoxOffice
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.io.File
import java.nio.file.Files
import java.time.Clock
import java.time.Instant
import java.time.ZoneOffset
import java.util.concurrent.CopyOnWriteArrayList

/** Runs the Kotlin hooks tour on SQLite, and checks the docs show it. */
class HooksTourSpec : FunSpec({
    val file = Files.createTempFile("hooks-tour", ".db").toFile()
    val now = Instant.parse("2026-05-01T20:00:00Z")
    val db: Database = openBoxOffice("jdbc:sqlite:${file.path}", Clock.fixed(now, ZoneOffset.UTC))
    beforeSpec {
        Database.setDefault(db)
        transaction(db) { createMissingTables(Gigs) }
    }
    afterSpec {
        db.close()
        file.delete()
    }

    test("validators report every problem of the row at once") {
        val failure = shouldThrow<ValidationException> { addGig(" ", 0, 5) }
        failure.violations().map { it.message() } shouldBe listOf("must not be blank", "must be positive",
            "cannot sell more seats than there are")
    }

    test("bookings are stamped by the hook and told after the commit") {
        val gig = addGig("The Quarrymen", 100)
        val told = CopyOnWriteArrayList<String>()
        book(gig, 4) { told += it } shouldBe true
        told shouldBe listOf("booked 4 seats for gig $gig")
        val row = transaction(db) { Gigs.select { id eq gig }.single() }
        row[Gigs.sold] shouldBe 4
        row[Gigs.updatedAt] shouldBe now
    }

    test("deletes are vetoed and unfiltered writes refused") {
        val gig = addGig("Cavern Club", 50)
        shouldThrow<IllegalStateException> { transaction(db) { Gigs.deleteWhere { id eq gig } } }
            .message shouldBe "gigs are cancelled, never deleted"
        shouldThrow<IllegalStateException> { transaction(db) { Gigs.deleteAll() } }
            .message shouldContain "needs a filter"
    }

    test("docs/governance.md shows every snippet of the Kotlin tour") {
        val blocks = ReadmeSnippets.blocks(File("../docs/governance.md").readText(), "kotlin")
        val regions = ReadmeSnippets.docRegions("src/main/kotlin/dev/quarry/samples/tour/HooksTour.kt")
        regions.keys.toList() shouldBe listOf("validators", "hooks", "callbacks")
        regions.values.forEach { blocks shouldContain it }
    }
})
