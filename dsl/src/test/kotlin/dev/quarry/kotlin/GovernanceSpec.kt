package dev.quarry.kotlin

import dev.quarry.ValidationException
import dev.quarry.jdbc.hooks.Hooks
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.time.Instant
import kotlinx.coroutines.withContext
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put

/** An audited table of the Kotlin suite, with client-side checks. */
object Tickets : Table("gov_tickets") {
    val id = long("id").autoIncrement()
    val title = varchar("title", 60).check("must not be blank") { it.isNotBlank() }
    val seats = integer("seats").check { it > 0 }
    val secret = varchar("secret", 20).sensitive()
    val touchedAt = timestamp("touched_at").nullable()

    init {
        audited()
        validator("a title of a group ticket says 'group'", listOf(title, seats)) { row ->
            row[seats] < 10 || "group" in row[title]
        }
    }
}

/** Validators, hooks and the audit log from Kotlin, on every database. */
class GovernanceSpec : FunSpec({
    val touched = Instant.parse("2026-03-04T05:06:07Z")
    onEveryDialect { shared ->
        val db = TestDatabases.openLike(shared, "governance-${shared.name()}", poolSize = 2) {
            hooks(Hooks.builder().beforeUpdate(Tickets) { it.set(Tickets.touchedAt, touched) }.build())
            auditActor { "system" }
        }

        suspend fun recreate() = transaction(db) {
            dropTables(Tickets, dev.quarry.jdbc.audit.AuditLog.TABLE)
            createMissingTables(Tickets)
        }

        test("checks declared in Kotlin report every violation of the row") {
            recreate()
            val failure = shouldThrow<ValidationException> {
                transaction(db) {
                    Tickets.insert { it[title] = " "; it[seats] = 12; it[secret] = "s" }
                }
            }
            failure.violations().map { it.column()?.name() to it.message() } shouldBe listOf(
                "title" to "must not be blank",
                null to "a title of a group ticket says 'group'",
            )
        }

        test("the audit log names the actor of the coroutine context and its images decode with kotlinx.serialization") {
            recreate()
            val id = withContext(AuditActor("carol")) {
                transaction(db) {
                    val created = Tickets.insertAndGetId { it[title] = "concert"; it[seats] = 2; it[secret] = "row 7" }
                    Tickets.update({ Tickets.id eq created }) { it[seats] = 3 }
                    created
                }
            }
            transaction(db) { Tickets.deleteWhere { Tickets.id eq id } }
            val records = transaction(db) { auditRecords(Tickets) }
            records.map { it.action } shouldBe listOf("INSERT", "UPDATE", "DELETE")
            records.map { it.actor } shouldBe listOf("carol", "carol", "system")
            records.forEach { it.key shouldBe buildJsonObject { put("id", id) } }
            records[0].after shouldBe buildJsonObject {
                put("id", id); put("title", "concert"); put("seats", 2); put("secret", "***"); put("touched_at", null as String?)
            }
            records[1].before!!["seats"] shouldBe JsonPrimitive(2)
            records[1].after!!["seats"] shouldBe JsonPrimitive(3)
            records[1].after!!["touched_at"] shouldBe JsonPrimitive(touched.toString())
            records[2].after shouldBe null
        }

        test("a rollback leaves no audit records") {
            recreate()
            shouldThrow<IllegalStateException> {
                transaction(db) {
                    Tickets.insert { it[title] = "play"; it[seats] = 1; it[secret] = "x" }
                    error("roll back")
                }
            }
            transaction(db) { auditRecords(Tickets) } shouldBe emptyList()
        }
    }
})
