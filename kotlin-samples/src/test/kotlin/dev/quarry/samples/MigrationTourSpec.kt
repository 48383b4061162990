package dev.quarry.samples

import dev.quarry.jdbc.Database
import dev.quarry.kotlin.count
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.transaction
import dev.quarry.migrate.MigrationState
import dev.quarry.samples.tour.Shelves
import dev.quarry.samples.tour.migrateShop
import dev.quarry.samples.tour.pendingChanges
import dev.quarry.samples.tour.shopMigrator
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.nio.file.Files

/** Runs the Kotlin migration tour on SQLite: generate, apply, diff empty, revert. */
class MigrationTourSpec : FunSpec({
    val file = Files.createTempFile("migration-tour", ".db").toFile()
    val directory = Files.createTempDirectory("migration-tour")
    val db = Database.connect("jdbc:sqlite:${file.path}")
    afterSpec {
        db.close()
        file.delete()
    }

    test("the generated migration and the Kotlin one are applied, and reverted") {
        val migrator = shopMigrator(db, directory)
        pendingChanges(migrator).describe() shouldBe "SAFE        create table shelves\n"
        migrateShop(db, directory).map { it.fileName.toString() } shouldBe
            listOf("0001_shelves.up.sql", "0001_shelves.down.sql")
        pendingChanges(migrator).isEmpty shouldBe true
        migrator.status().map { it.state() } shouldBe listOf(MigrationState.APPLIED, MigrationState.APPLIED)
        transaction(db) { Shelves.selectAll().count() } shouldBe 1L
        migrator.down(0).size shouldBe 2
        pendingChanges(migrator).describe() shouldBe "SAFE        create table shelves\n"
    }
})
