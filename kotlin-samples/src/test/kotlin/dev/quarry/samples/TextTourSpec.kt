package dev.quarry.samples

import dev.quarry.kotlin.transaction
import dev.quarry.samples.tour.classicsByPrefix
import dev.quarry.samples.tour.numberedTitles
import dev.quarry.samples.tour.search
import dev.quarry.samples.tour.shelfLabels
import dev.quarry.samples.tour.titlesByAuthorInitial
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.shouldBe
import java.io.File

/** Runs the text tour on SQLite. */
class TextTourSpec : FunSpec({
    val db = tourShop("text-tour")

    test("text matching: case-insensitive search, prefixes and suffixes taken literally, regular expressions") {
        transaction(db) {
            search("the").map { it[Books.title] } shouldBe listOf("The Left Hand of Darkness", "The Time Machine")
            search("GIBSON").map { it[Books.title] } shouldBe listOf("Neuromancer")
            search("100%").map { it[Books.title] } shouldBe emptyList()
            classicsByPrefix("The ").map { it[Books.title] } shouldBe
                listOf("Dune", "The Left Hand of Darkness", "The Time Machine")
            classicsByPrefix("_%").map { it[Books.title] } shouldBe listOf("Dune")
            numberedTitles().map { it[Books.title] } shouldBe listOf("Nineteen Eighty-Four")
        }
    }

    test("text functions and string aggregation") {
        transaction(db) {
            shelfLabels().first().let { listOf(it.get(0), it.get(1), it.get(2)) } shouldBe listOf("0001", "Frankenstein", 5)
            shelfLabels()[1].let { listOf(it.get(0), it.get(1), it.get(2)) } shouldBe listOf("0002", "Time Machine", 3)
            titlesByAuthorInitial().map { it.get(0) to it.get(1) } shouldBe listOf(
                "A" to "Brave New World", "F" to "Dune", "G" to "Nineteen Eighty-Four", "H" to "The Time Machine",
                "I" to "Foundation", "M" to "Frankenstein", "U" to "The Left Hand of Darkness", "W" to "Neuromancer",
            )
        }
    }

    test("docs/query-language.md shows every snippet of the Kotlin text tour") {
        val regions = ReadmeSnippets.docRegions("src/main/kotlin/dev/quarry/samples/tour/TextTour.kt")
        regions.keys shouldBe setOf("text-matching", "text-functions")
        val blocks = ReadmeSnippets.blocks(File("../docs/query-language.md").readText(), "kotlin")
        regions.values.forEach { blocks shouldContain it }
    }
})
