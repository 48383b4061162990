package dev.quarry.kotlin

import dev.quarry.InvalidQueryException
import dev.quarry.InvalidValueException
import dev.quarry.UnsupportedFeatureException
import dev.quarry.sql.SqlType
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldStartWith
import java.time.Duration
import java.time.LocalTime
import java.time.OffsetDateTime
import java.time.ZoneOffset
import java.util.UUID

enum class Plan { FREE, PRO, ENTERPRISE }

@JvmInline
value class Cents(val amount: Long)

object Accounts : Table("type_accounts") {
    val id = integer("id")
    val code = char("code", 4)
    val level = short("level")
    val ratio = float("ratio").nullable()
    val avatar = binary("avatar").nullable()
    val token = uuid("token")
    val opensAt = time("opens_at").nullable()
    val lastSeen = offsetDateTime("last_seen").nullable()
    val timeout = duration("timeout").nullable()
    val plan = enumByName<Plan>("plan")
    val formerPlan = enumByOrdinal<Plan>("former_plan").nullable()
    val balance = custom("balance", SqlType.BIGINT, ::Cents, Cents::amount)
    val profile = json("profile").nullable()
    override val primaryKey = primaryKey(id)
}

object Tagged : Table("type_tagged") {
    val id = integer("id")
    val tags = array("tags", SqlType.TEXT)
    override val primaryKey = primaryKey(id)
}

/** The Kotlin column factories of every type, with Kotlin nullability, on every dialect. */
class ColumnTypesSpec : FunSpec({
    val token = UUID.fromString("123e4567-e89b-12d3-a456-426614174000")

    onEveryDialect { db ->
        test("every type round-trips with its Kotlin type") {
            transaction(db) {
                dropTables(Accounts)
                createTables(Accounts)
                Accounts.insert {
                    it[id] = 1; it[code] = "ab"; it[level] = Short.MAX_VALUE; it[ratio] = 0.25f
                    it[avatar] = byteArrayOf(0, -1, 127); it[Accounts.token] = token; it[opensAt] = LocalTime.of(9, 30)
                    it[lastSeen] = OffsetDateTime.of(2024, 3, 31, 3, 0, 0, 0, ZoneOffset.ofHours(2))
                    it[timeout] = Duration.ofSeconds(90); it[plan] = Plan.PRO; it[formerPlan] = Plan.FREE
                    it[balance] = Cents(12_345); it[profile] = """{"theme": "dark", "beta": true}"""
                }
                Accounts.insert { it[id] = 2; it[code] = "cd"; it[level] = -1; it[Accounts.token] = UUID(0, 1); it[plan] = Plan.ENTERPRISE; it[balance] = Cents(-5) }
            }
            val rows = transaction(db) { Accounts.selectAll().orderBy(Accounts.id).toList() }
            val first = rows[0]
            val code: String = first[Accounts.code]
            code shouldBe "ab"
            val level: Short = first[Accounts.level]
            level shouldBe Short.MAX_VALUE
            first[Accounts.ratio] shouldBe 0.25f
            first[Accounts.avatar]!!.toList() shouldBe listOf<Byte>(0, -1, 127)
            first[Accounts.token] shouldBe token
            first[Accounts.opensAt] shouldBe LocalTime.of(9, 30)
            first[Accounts.lastSeen] shouldBe OffsetDateTime.parse("2024-03-31T01:00:00Z")
            first[Accounts.timeout] shouldBe Duration.ofSeconds(90)
            val plan: Plan = first[Accounts.plan]
            plan shouldBe Plan.PRO
            first[Accounts.formerPlan] shouldBe Plan.FREE
            val balance: Cents = first[Accounts.balance]
            balance shouldBe Cents(12_345)
            val missing: Duration? = rows[1][Accounts.timeout]
            missing shouldBe null
            rows[1][Accounts.balance] shouldBe Cents(-5)
        }

        test("filters on the new types and JSON paths") {
            val theme = Accounts.profile.jsonText("theme")
            val found = transaction(db) {
                Accounts.select(Accounts.id, theme).where { (plan eq Plan.PRO) and (balance gt Cents(0)) and (Accounts.token eq token) }.toList()
            }
            found.map { it[Accounts.id] to it[theme] } shouldBe listOf(1 to "dark")
            transaction(db) { Accounts.select { (timeout lt Duration.ofMinutes(2)) and (formerPlan eq Plan.FREE) }.count() } shouldBe 1L
            transaction(db) { Accounts.select { Accounts.profile.jsonText("beta") eq "true" }.count() } shouldBe 1L
        }

        test("a null or a value that does not fit is refused before SQL runs") {
            shouldThrow<InvalidValueException> {
                transaction(db) { Accounts.insert { it[id] = 3; it[code] = "toolong"; it[level] = 1; it[Accounts.token] = token; it[plan] = Plan.FREE; it[balance] = Cents(0) } }
            }.message shouldBe "invalid value for type_accounts.code: a string of 7 characters does not fit char(4)"
            shouldThrow<InvalidQueryException> {
                transaction(db) { Accounts.insert { it[id] = 3; it[code] = "ok"; it[level] = 1; it[Accounts.token] = token; it[balance] = Cents(0) } }
            }.message shouldStartWith "INSERT INTO type_accounts has no value for non-null column type_accounts.plan"
            transaction(db) { Accounts.selectAll().count() } shouldBe 2L
        }

        test("arrays on PostgreSQL, a clear error elsewhere") {
            if (db.dialect().name() == "postgresql") {
                transaction(db) {
                    dropTables(Tagged)
                    createTables(Tagged)
                    Tagged.insert { it[id] = 1; it[tags] = listOf("kotlin", null, "sql") }
                    Tagged.insert { it[id] = 2; it[tags] = listOf("java") }
                }
                transaction(db) { Tagged.select { tags contains "sql" }.toList().map { it[Tagged.tags] } } shouldBe
                    listOf(listOf("kotlin", null, "sql"))
                transaction(db) { Tagged.select { tags containsAll listOf("java") }.count() } shouldBe 1L
            } else {
                shouldThrow<UnsupportedFeatureException> { transaction(db) { createTables(Tagged) } }.message shouldBe
                    "array column type is not supported on ${db.dialect().name()}: arrays are available on PostgreSQL only"
            }
        }
    }
})
