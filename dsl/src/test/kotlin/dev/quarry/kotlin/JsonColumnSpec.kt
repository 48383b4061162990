package dev.quarry.kotlin

import dev.quarry.InvalidValueException
import dev.quarry.UnsupportedFeatureException
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldStartWith
import kotlinx.serialization.Serializable

@Serializable
data class Preferences(val theme: String, val beta: Boolean = false, val tags: List<String> = emptyList())

object Profiles : Table("json_profiles") {
    val id = integer("id")
    val prefs = json<Preferences>("prefs")
    val extra = json<Preferences>("extra").nullable()
    override val primaryKey = primaryKey(id)
}

/** The same table seen with its documents as text. */
object RawProfiles : Table("json_profiles") {
    val id = integer("id")
    val prefs = json("prefs")
}

/** JSON columns typed by a `@Serializable` class, their paths and containment, on every dialect. */
class JsonColumnSpec : FunSpec({
    onEveryDialect { db ->
        test("a serializable class round-trips through a JSON column and its paths filter") {
            transaction(db) {
                dropTables(Profiles)
                createTables(Profiles)
                Profiles.insert { it[id] = 1; it[prefs] = Preferences("dark", true, listOf("a", "\uD83D\uDE00")) }
                Profiles.insert { it[id] = 2; it[prefs] = Preferences("light"); it[extra] = Preferences("x") }
            }
            val rows = transaction(db) { Profiles.selectAll().orderBy(Profiles.id).toList() }
            val first: Preferences = rows[0][Profiles.prefs]
            first shouldBe Preferences("dark", true, listOf("a", "\uD83D\uDE00"))
            rows[0][Profiles.extra] shouldBe null
            rows[1][Profiles.extra] shouldBe Preferences("x")
            transaction(db) { Profiles.select { prefs.jsonText("theme") eq "light" }.toList().map { it[Profiles.id] } } shouldBe listOf(2)
            transaction(db) { Profiles.select { prefs.jsonText("beta") eq "true" }.count() } shouldBe 1L
            if (db.dialect().name() == "sqlite") {
                shouldThrow<UnsupportedFeatureException> {
                    transaction(db) { Profiles.select { prefs jsonContains """{"beta": true}""" }.count() }
                }
            } else {
                transaction(db) { Profiles.select { prefs jsonContains """{"tags": ["a"]}""" }.count() } shouldBe 1L
                transaction(db) { Profiles.select { prefs jsonContains """{"theme": "light"}""" }.toList().map { it[Profiles.id] } } shouldBe listOf(2)
            }
        }

        test("a stored document that does not decode is reported with the value") {
            transaction(db) {
                dropTables(Profiles)
                createTables(Profiles)
                RawProfiles.insert { it[id] = 3; it[prefs] = """{"colour": "red"}""" }
            }
            shouldThrow<InvalidValueException> { transaction(db) { Profiles.selectAll().toList() } }
                .message shouldStartWith "the stored value {\"colour\""
        }
    }
})
