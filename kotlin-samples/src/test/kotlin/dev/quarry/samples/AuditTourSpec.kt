package dev.quarry.samples

import dev.quarry.jdbc.Database
import dev.quarry.kotlin.createMissingTables
import dev.quarry.kotlin.transaction
import dev.quarry.samples.tour.Deposits
import dev.quarry.samples.tour.closeDeposit
import dev.quarry.samples.tour.depositHistory
import dev.quarry.samples.tour.openDeposit
import dev.quarry.samples.tour.payOut
import dev.quarry.samples.tour.restoreDeposit
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.shouldBe
import java.io.File
import java.nio.file.Files

/** Runs the Kotlin audit tour on SQLite, and checks the docs show it. */
class AuditTourSpec : FunSpec({
    val file = Files.createTempFile("audit-tour", ".db").toFile()
    val db = Database.connect("jdbc:sqlite:${file.path}")
    beforeSpec {
        Database.setDefault(db)
        transaction(db) { createMissingTables(Deposits) }
    }
    afterSpec {
        db.close()
        file.delete()
    }

    test("the audit log shows every change with its actor, the IBAN masked") {
        val id = openDeposit("ada", "DE89370400440532013000", 500)
        payOut(id, 120)
        closeDeposit(id)
        depositHistory() shouldBe listOf(
            """INSERT {"id":$id} by ada: null -> {"id":$id,"owner":"ada","balance":500,"iban":"***"}""",
            """UPDATE {"id":$id} by payroll: {"id":$id,"owner":"ada","balance":500,"iban":"***"} -> """ +
                """{"id":$id,"owner":"ada","balance":380,"iban":"***"}""",
            """DELETE {"id":$id} by nobody: {"id":$id,"owner":"ada","balance":380,"iban":"***"} -> null""",
        )
    }

    test("a restored deposit is audited as what the upsert did") {
        restoreDeposit(900, "grace", "GB33BUKB20201555555555", 70)
        restoreDeposit(900, "grace", "GB33BUKB20201555555555", 75)
        restoreDeposit(900, "grace", "GB33BUKB20201555555555", 75)
        depositHistory().filter { """{"id":900}""" in it } shouldBe listOf(
            """INSERT {"id":900} by nobody: null -> {"id":900,"owner":"grace","balance":70,"iban":"***"}""",
            """UPDATE {"id":900} by nobody: {"id":900,"owner":"grace","balance":70,"iban":"***"} -> """ +
                """{"id":900,"owner":"grace","balance":75,"iban":"***"}""",
        )
    }

    test("docs/governance.md shows every snippet of the Kotlin tour") {
        val blocks = ReadmeSnippets.blocks(File("../docs/governance.md").readText(), "kotlin")
        val regions = ReadmeSnippets.docRegions("src/main/kotlin/dev/quarry/samples/tour/AuditTour.kt")
        regions.keys.toList() shouldBe listOf("audit-table", "audit-use", "audited-upsert")
        regions.values.forEach { blocks shouldContain it }
    }
})
