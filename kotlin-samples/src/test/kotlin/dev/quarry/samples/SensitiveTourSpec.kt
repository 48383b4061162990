package dev.quarry.samples

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.DatabaseConfig
import dev.quarry.kotlin.createMissingTables
import dev.quarry.kotlin.transaction
import dev.quarry.samples.tour.StatementPrinter
import dev.quarry.samples.tour.Subscribers
import dev.quarry.samples.tour.cardTokenOf
import dev.quarry.samples.tour.subscribe
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import java.io.File
import java.nio.file.Files
import java.util.concurrent.CopyOnWriteArrayList

/** Runs the Kotlin sensitive-values tour on SQLite, and checks the docs show it. */
class SensitiveTourSpec : FunSpec({
    val printed = CopyOnWriteArrayList<String>()
    val file = Files.createTempFile("sensitive-tour", ".db").toFile()
    val db = Database.connect(DatabaseConfig.builder("jdbc:sqlite:${file.path}").observer(StatementPrinter { printed += it }).build())
    beforeSpec {
        Database.setDefault(db)
        transaction(db) { createMissingTables(Subscribers) }
    }
    afterSpec {
        db.close()
        file.delete()
    }

    test("the secrets are stored and read back but never printed") {
        subscribe("grace@example.org", "tok-77aa") shouldBe true
        subscribe("grace@example.org", "tok-88bb") shouldBe false
        cardTokenOf("grace@example.org") shouldBe "tok-77aa"
        val text = printed.joinToString("\n")
        text shouldContain "[***, ***, 'basic']"
        for (secret in listOf("grace@example.org", "tok-77aa", "tok-88bb")) {
            withClue(text) { text shouldNotContain secret }
        }
    }

    test("docs/observability.md shows every snippet of the Kotlin tour") {
        val blocks = ReadmeSnippets.blocks(File("../docs/observability.md").readText(), "kotlin")
        val regions = ReadmeSnippets.docRegions("src/main/kotlin/dev/quarry/samples/tour/SensitiveTour.kt")
        regions.keys.toList() shouldBe listOf("sensitive-table", "sensitive-use", "sensitive-observer")
        regions.values.forEach { blocks shouldContain it }
    }
})
