package dev.quarry.samples

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.StaleRowException
import dev.quarry.kotlin.findById
import dev.quarry.kotlin.transaction
import dev.quarry.samples.tour.Critique
import dev.quarry.samples.tour.Novel
import dev.quarry.samples.tour.Reader
import dev.quarry.samples.tour.Readers
import dev.quarry.samples.tour.WriterWithNovels
import dev.quarry.samples.tour.britishWriters
import dev.quarry.samples.tour.rename
import dev.quarry.samples.tour.signUp
import dev.quarry.samples.tour.stockWriters
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import java.nio.file.Files

/** Runs the Kotlin relations tour on SQLite. */
class RelationTourSpec : FunSpec({
    val file = Files.createTempFile("relation-tour", ".db").toFile()
    val db = Database.connect("jdbc:sqlite:${file.path}")
    beforeSpec { stockWriters(db) }
    afterSpec {
        db.close()
        file.delete()
    }

    test("british writers come with their novels, newest first, and each novel's two best critiques") {
        transaction(db) { britishWriters() } shouldBe listOf(
            WriterWithNovels("Jane Austen", listOf(Novel("Persuasion", 1817, emptyList()),
                Novel("Emma", 1815, listOf(Critique(5), Critique(4))))),
        )
    }

    test("a signed-up reader gets a generated id, and a rename of a stale reader fails") {
        val ada = transaction(db) { signUp("Ada") }
        val grace = transaction(db) { signUp("Grace") }
        ada.id shouldNotBe null
        grace.id shouldNotBe ada.id
        transaction(db) { rename(ada, "Ada L.") } shouldBe Reader(ada.id, "Ada L.", 1)
        shouldThrow<StaleRowException> { transaction(db) { rename(ada, "Ada B.") } }
        transaction(db) { Readers.findById<Reader>(ada.id!!) } shouldBe Reader(ada.id, "Ada L.", 1)
    }
})
