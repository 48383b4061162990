package dev.quarry.kotlin

import dev.quarry.jdbc.CheckViolationException
import dev.quarry.jdbc.DataAccessException
import dev.quarry.jdbc.ForeignKeyViolationException
import dev.quarry.jdbc.UniqueViolationException
import dev.quarry.jdbc.Database
import dev.quarry.sql.ReferenceAction
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import io.kotest.matchers.string.shouldContain
import java.util.UUID

/** A publisher's name is unique. */
object Publishers : Table("kc_publishers") {
    val id = long("id").autoIncrement()
    val name = varchar("name", 64).unique()
}

/** Titles with a foreign key, a composite unique constraint, a check, indexes and both kinds of default. */
object Titles : Table("kc_titles") {
    val id = long("id").autoIncrement()
    val publisherId = long("publisher_id").references(Publishers.id, ReferenceAction.CASCADE)
    val isbn = varchar("isbn", 36).clientDefault { UUID.randomUUID().toString() }
    val title = varchar("title", 64)
    val pages = integer("pages").defaultValue(1)
    val addedAt = timestamp("added_at").defaultExpression(currentTimestamp())
    val oneTitlePerPublisher = unique(publisherId, title)
    val pagesArePositive = check("ck_kc_titles_pages", pages gt 0)
    val byTitle = index(title)
    val byIsbn = uniqueIndex("ux_kc_titles_isbn", isbn)
}

/** Constraints, indexes and defaults declared in Kotlin, created by the DSL and enforced by every database. */
class ConstraintSpec : FunSpec({

    suspend fun freshTables(db: Database) {
        transaction(db) {
            dropTables(Titles, Publishers)
            createMissingTables(Publishers, Titles)
        }
    }

    suspend fun publisher(db: Database, publisherName: String): Long =
        transaction(db) { Publishers.insertAndGetId { it[name] = publisherName } }

    onEveryDialect { db ->
        test("createMissingTables twice changes nothing, and the constraints hold afterwards") {
            freshTables(db)
            transaction(db) { createMissingTables(Publishers, Titles) }
            val publisher = publisher(db, "Ada Press")
            transaction(db) { Titles.insert { it[publisherId] = publisher; it[title] = "Notes"; it[isbn] = "same" } }
            val duplicate = shouldThrow<UniqueViolationException> {
                transaction(db) { Titles.insert { it[publisherId] = publisher; it[title] = "Engines"; it[isbn] = "same" } }
            }
            duplicate.message shouldContain if (db.dialect().name() == "sqlite") "UNIQUE" else "ux_kc_titles_isbn"
        }

        test("a unique column rejects a duplicate, and a composite unique constraint only a full match") {
            freshTables(db)
            val publisher = publisher(db, "Ada Press")
            shouldThrow<DataAccessException> { publisher(db, "Ada Press") }
            val other = publisher(db, "Grace Books")
            transaction(db) {
                Titles.insert { it[publisherId] = publisher; it[title] = "Notes" }
                Titles.insert { it[publisherId] = other; it[title] = "Notes" }
            }
            shouldThrow<DataAccessException> {
                transaction(db) { Titles.insert { it[publisherId] = publisher; it[title] = "Notes" } }
            }
            transaction(db) { Titles.selectAll().count() } shouldBe 2L
        }

        test("a foreign key rejects an unknown publisher and deleting a publisher deletes its titles") {
            freshTables(db)
            val publisher = publisher(db, "Ada Press")
            val other = publisher(db, "Grace Books")
            shouldThrow<ForeignKeyViolationException> {
                transaction(db) { Titles.insert { it[publisherId] = other + 10; it[title] = "Lost" } }
            }
            transaction(db) {
                Titles.insert { it[publisherId] = publisher; it[title] = "Notes" }
                Titles.insert { it[publisherId] = other; it[title] = "Compilers" }
                Publishers.deleteWhere { id eq publisher }
            }
            transaction(db) { Titles.selectAll().toList().map { it[Titles.title] } } shouldBe listOf("Compilers")
        }

        test("a check rejects a row that fails it") {
            freshTables(db)
            val publisher = publisher(db, "Ada Press")
            val failure = shouldThrow<CheckViolationException> {
                transaction(db) { Titles.insert { it[publisherId] = publisher; it[title] = "Empty"; it[pages] = 0 } }
            }
            failure.constraint() shouldBe "ck_kc_titles_pages"
            failure.message shouldContain "ck_kc_titles_pages"
        }

        test("insertAll fills database defaults and supplies a client default for every row") {
            freshTables(db)
            val publisher = publisher(db, "Ada Press")
            val names = (1..25).map { "Volume $it" }
            transaction(db) { Titles.insertAll(names) { row, name -> row[publisherId] = publisher; row[title] = name } }
            val rows = transaction(db) { Titles.selectAll().orderBy(Titles.id).toList() }
            rows shouldHaveSize 25
            rows.map { it[Titles.isbn] }.toSet() shouldHaveSize 25
            rows.forEach { row ->
                UUID.fromString(row[Titles.isbn]).toString() shouldBe row[Titles.isbn]
                row[Titles.pages] shouldBe 1
                row[Titles.addedAt] shouldNotBe null
            }
        }
    }
})
