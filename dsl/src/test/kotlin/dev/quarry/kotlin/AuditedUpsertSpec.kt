package dev.quarry.kotlin

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.JsonPrimitive

/** An audited table with a unique key besides its primary key. */
object Memberships : Table("audited_memberships") {
    val id = long("id").autoIncrement()
    val email = varchar("email", 64).nullable().unique()
    val level = integer("level")

    init {
        audited()
    }
}

/** Upserts into audited tables from Kotlin on every database: each row audited as what it became. */
class AuditedUpsertSpec : FunSpec({
    onEveryDialect { shared ->
        val db = TestDatabases.openLike(shared, "audited-upsert-${shared.name()}", poolSize = 2)

        suspend fun recreate() = transaction(db) {
            dropTables(Memberships, dev.quarry.jdbc.audit.AuditLog.TABLE)
            createMissingTables(Memberships)
        }

        test("an upsert audits an inserted row as INSERT and a changed one as UPDATE with both images") {
            recreate()
            transaction(db) {
                Memberships.upsert(Memberships.email) { it[email] = "ada@example.com"; it[level] = 1 }
                Memberships.upsert(Memberships.email) { it[email] = "ada@example.com"; it[level] = 2 }
                Memberships.upsert(Memberships.email) { it[email] = "ada@example.com"; it[level] = 2 }
                Memberships.insertOrIgnore(Memberships.email) { it[email] = "ada@example.com"; it[level] = 9 }
            }
            val records = transaction(db) { auditRecords(Memberships) }
            records.map { it.action } shouldBe listOf("INSERT", "UPDATE")
            records[0].after!!["level"] shouldBe JsonPrimitive(1)
            records[1].before!!["level"] shouldBe JsonPrimitive(1)
            records[1].after!!["level"] shouldBe JsonPrimitive(2)
            records[1].key shouldBe records[0].key
        }

        test("an upsert whose row gives no unique key is refused before anything is sent") {
            recreate()
            val refused = shouldThrow<dev.quarry.UnsupportedFeatureException> {
                transaction(db) { Memberships.upsert(Memberships.id) { it[level] = 3 } }
            }
            refused.message shouldContain "gives no unique key in full"
            transaction(db) { Memberships.selectAll().count() } shouldBe 0L
        }
    }
})
