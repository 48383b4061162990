package dev.quarry.samples

import dev.quarry.jdbc.Database
import dev.quarry.kotlin.transaction
import dev.quarry.samples.tour.Critique
import dev.quarry.samples.tour.Novel
import dev.quarry.samples.tour.WriterWithNovels
import dev.quarry.samples.tour.britishWriters
import dev.quarry.samples.tour.stockWriters
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
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
})
