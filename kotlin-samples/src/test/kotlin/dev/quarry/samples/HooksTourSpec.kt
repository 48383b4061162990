package dev.quarry.samples

import dev.quarry.ValidationException
import dev.quarry.jdbc.Database
import dev.quarry.jdbc.DatabaseConfig
import dev.quarry.kotlin.createMissingTables
import dev.quarry.kotlin.deleteAll
import dev.quarry.kotlin.deleteWhere
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.insertAndGetId
import dev.quarry.kotlin.select
import dev.quarry.kotlin.transaction
import dev.quarry.kotlin.update
import dev.quarry.samples.tour.BandRegistry
import dev.quarry.samples.tour.Gigs
import dev.quarry.samples.tour.addGig
import dev.quarry.samples.tour.book
import dev.quarry.samples.tour.bookingHooks
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
import kotlinx.coroutines.delay

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

    test("suspending hooks veto a banned band and refuse overselling in the transaction of the update") {
        val other = Files.createTempFile("hooks-tour-suspending", ".db").toFile()
        val registry = BandRegistry { band -> delay(1); band == "The Banned" }
        val hooked = Database.connect(
            DatabaseConfig.builder("jdbc:sqlite:${other.path}").hooks(bookingHooks(Clock.fixed(now, ZoneOffset.UTC), registry)).build(),
        )
        try {
            transaction(hooked) { createMissingTables(Gigs) }
            shouldThrow<IllegalStateException> {
                transaction(hooked) { Gigs.insertAndGetId { it[band] = "The Banned"; it[capacity] = 10; it[sold] = 0 } }
            }.message shouldBe "The Banned may not be booked"
            val gig = transaction(hooked) { Gigs.insertAndGetId { it[band] = "The Fine"; it[capacity] = 10; it[sold] = 0 } }
            shouldThrow<IllegalStateException> {
                transaction(hooked) { Gigs.update({ id eq gig }) { it[sold] = 11 } }
            }.message shouldBe "1 gigs are oversold"
            transaction(hooked) { Gigs.update({ id eq gig }) { it[sold] = 10 } } shouldBe 1
            val row = transaction(hooked) { Gigs.select { id eq gig }.single() }
            row[Gigs.sold] shouldBe 10
            row[Gigs.updatedAt] shouldBe now
        } finally {
            hooked.close()
            other.delete()
        }
    }

    test("docs/governance.md shows every snippet of the Kotlin tour") {
        val blocks = ReadmeSnippets.blocks(File("../docs/governance.md").readText(), "kotlin")
        val regions = ReadmeSnippets.docRegions("src/main/kotlin/dev/quarry/samples/tour/HooksTour.kt")
        regions.keys.toList() shouldBe listOf("validators", "hooks", "suspending-hooks", "callbacks")
        regions.values.forEach { blocks shouldContain it }
    }
})
