package dev.quarry.samples

import dev.quarry.jdbc.CheckViolationException
import dev.quarry.jdbc.Database
import dev.quarry.kotlin.createTables
import dev.quarry.kotlin.insert
import dev.quarry.kotlin.insertAndGetId
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.transaction
import dev.quarry.samples.tour.Cents
import dev.quarry.samples.tour.Members
import dev.quarry.samples.tour.Publishers
import dev.quarry.samples.tour.shopSettings
import dev.quarry.samples.tour.Titles
import dev.quarry.samples.tour.Wallets
import dev.quarry.samples.tour.createCatalogue
import dev.quarry.samples.tour.register
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.nio.file.Files

/** Runs the schema, types and errors snippets of docs/ on SQLite. */
class SchemaAndErrorsTourSpec : FunSpec({
    val file = Files.createTempFile("schema-tour", ".db").toFile()
    val db = Database.connect("jdbc:sqlite:${file.path}")
    afterSpec {
        db.close()
        file.delete()
    }

    test("the catalogue's constraints, defaults and indexes hold") {
        createCatalogue(db)
        createCatalogue(db)
        transaction(db) {
            val publisher = Publishers.insertAndGetId { it[name] = "Quarry Press" }
            Titles.insert { it[publisherId] = publisher; it[title] = "Notes" }
            Titles.selectAll().single()[Titles.pages] shouldBe 1
        }
        shouldThrow<CheckViolationException> {
            transaction(db) { Titles.insert { it[publisherId] = 1L; it[title] = "Empty"; it[pages] = 0 } }
        }.constraint() shouldBe "ck_titles_pages"
    }

    test("a type of your own round-trips; a taken email is told apart from other failures") {
        transaction(db) {
            createTables(Wallets, Members)
            Wallets.insert { it[balance] = Cents(1_250) }
            Wallets.selectAll().single()[Wallets.balance] shouldBe Cents(1_250)
        }
        Database.setDefault(db)
        register("ada@example.org") shouldBe true
        register("ada@example.org") shouldBe false
    }

    test("the naming strategy follows the database") {
        shopSettings("jdbc:mariadb://localhost/shop").naming().databaseName("in_stock") shouldBe "InStock"
        shopSettings("jdbc:sqlite:shop.db").naming().databaseName("in_stock") shouldBe "in_stock"
    }
})
