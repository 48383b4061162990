package dev.quarry.samples

import dev.quarry.samples.tour.archive
import dev.quarry.samples.tour.budgetCodes
import dev.quarry.samples.tour.countWithArchived
import dev.quarry.samples.tour.createProjects
import dev.quarry.samples.tour.openPoliced
import dev.quarry.samples.tour.projectNames
import dev.quarry.samples.tour.purgeArchived
import dev.quarry.samples.tour.startProject
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.shouldBe
import java.io.File
import java.nio.file.Files

/** Runs the Kotlin policy tour on SQLite, and checks docs/governance.md shows it. */
class PolicyTourSpec : FunSpec({
    test("tenants see their own projects, archived projects hide, budget codes are masked") {
        val file = Files.createTempFile("policy-tour", ".db")
        val db = openPoliced("jdbc:sqlite:$file")
        try {
            createProjects(db)
            val apollo = startProject(db, 1, "apollo")
            startProject(db, 1, "gemini")
            startProject(db, 2, "vostok")
            projectNames(db, 1) shouldBe listOf("apollo", "gemini")
            projectNames(db, 2) shouldBe listOf("vostok")
            archive(db, 2, apollo) shouldBe 0
            archive(db, 1, apollo) shouldBe 1
            projectNames(db, 1) shouldBe listOf("gemini")
            countWithArchived(db, 1) shouldBe 2L
            budgetCodes(db, 1, finance = false) shouldBe listOf("****ni")
            budgetCodes(db, 1, finance = true) shouldBe listOf("BC-gemini")
            purgeArchived(db) shouldBe 1
            countWithArchived(db, 1) shouldBe 1L
        } finally {
            db.close()
            Files.deleteIfExists(file)
        }
    }

    test("docs/governance.md shows every snippet of the Kotlin policy tour") {
        val docs = File("../docs/governance.md").readText()
        val regions = ReadmeSnippets.docRegions("src/main/kotlin/dev/quarry/samples/tour/PolicyTour.kt")
        regions.keys shouldBe setOf("policy-setup", "policy-tenant", "policy-soft-delete", "policy-mask")
        val blocks = ReadmeSnippets.blocks(docs, "kotlin")
        regions.values.forEach { blocks shouldContain it }
    }
})
