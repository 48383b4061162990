package dev.quarry.faults

import dev.quarry.InvalidQueryException
import dev.quarry.InvalidValueException
import dev.quarry.UnsupportedFeatureException
import dev.quarry.jdbc.DataAccessException
import dev.quarry.kotlin.Table
import dev.quarry.kotlin.createTables
import dev.quarry.kotlin.dropTables
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.insert
import dev.quarry.kotlin.json
import dev.quarry.kotlin.like
import dev.quarry.kotlin.literal
import dev.quarry.kotlin.select
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.transaction
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.Serializable

/**
 * Strings an attacker or a careless user sends: quotes, backslashes, comment and statement
 * separators, LIKE wildcards, placeholders and driver escapes, control characters, NUL, unpaired
 * surrogates and a megabyte of text, as bound values, LIKE patterns, literals, DDL defaults, JSON
 * and identifiers. Each comes back exactly as written, or fails with a clear error before anything
 * is sent; no connection is lost either way.
 */
class HostileValuesSpec : FunSpec({

    onEveryDialect { family ->
        val dialect = if (family == "mysql") "mariadb" else family
        val storesNul = family != "postgresql"

        test("hostile strings round-trip as bound values, or are refused before anything is sent") {
            FaultDatabases.open(family, "faults-hostile-binds-$family", poolSize = 1).use { db ->
                transaction(db) { dropTables(Notes); createTables(Notes) }
                val stored = storable(storesNul)
                transaction(db) { stored.forEachIndexed { id, text -> Notes.insert { it[Notes.id] = id; it[body] = text } } }
                val read = transaction(db) { Notes.selectAll().orderBy(Notes.id).toList().map { it[Notes.body] } }
                mismatches(stored, read).shouldBeEmpty()

                for (text in UNPAIRED) {
                    val refused = shouldThrow<InvalidValueException> {
                        transaction(db) { Notes.insert { it[Notes.id] = 1_000; it[body] = text } }
                    }
                    refused.message shouldContain "unpaired surrogate"
                }
                if (!storesNul) {
                    val refused = shouldThrow<InvalidValueException> {
                        transaction(db) { Notes.insert { it[Notes.id] = 1_000; it[body] = NUL } }
                    }
                    refused.message shouldContain "NUL"
                }
                transaction(db) { Notes.select { id eq 1_000 }.count() } shouldBe 0L
            }
        }

        test("hostile strings as LIKE patterns match what SQL's LIKE says, and escaped they match only themselves") {
            FaultDatabases.open(family, "faults-hostile-like-$family", poolSize = 1).use { db ->
                transaction(db) { dropTables(Notes); createTables(Notes) }
                // SQLite refuses LIKE patterns over 50,000 bytes, so the megabyte stays out of the patterns.
                val stored = storable(storesNul).filter { it.length < 1_000 }
                transaction(db) { stored.forEachIndexed { id, text -> Notes.insert { it[Notes.id] = id; it[body] = text } } }
                val wrong = mutableListOf<String>()
                for (pattern in stored) {
                    if (SqlLike.endsWithLoneEscape(pattern)) {
                        // The databases read a trailing escape three ways; Quarry refuses it before any SQL.
                        shouldThrow<InvalidQueryException> { Notes.select { body like pattern } }
                    } else {
                        val raw = transaction(db) { Notes.select { body like pattern }.toList().map { it[Notes.body] } }.toSet()
                        val expected = stored.filter { SqlLike.matches(it, pattern) }.toSet()
                        if (raw != expected) wrong += "pattern ${printable(pattern)} matched ${raw.map(::printable)}, not ${expected.map(::printable)}"
                    }
                    val exact = transaction(db) { Notes.select { body like SqlLike.escape(pattern) }.toList().map { it[Notes.body] } }
                    if (exact != listOf(pattern)) wrong += "escaped ${printable(pattern)} matched ${exact.map(::printable)}"
                }
                wrong.shouldBeEmpty()
            }
        }

        test("hostile strings as literals come back as written; what SQL text cannot carry is bound instead") {
            FaultDatabases.open(family, "faults-hostile-literals-$family", poolSize = 1).use { db ->
                val stored = storable(storesNul)
                val read = transaction(db) { stored.map { text -> literal(text).let { select(it).single()[it] } } }
                mismatches(stored, read).shouldBeEmpty()
                for (text in UNPAIRED) {
                    shouldThrow<InvalidValueException> { transaction(db) { literal(text).let { select(it).single() } } }
                        .message shouldContain "unpaired surrogate"
                }
            }
        }

        test("hostile strings as DDL defaults are written into the table, or refused before anything is sent") {
            FaultDatabases.open(family, "faults-hostile-defaults-$family", poolSize = 1).use { db ->
                val defaults = storable(storesNul = false).filter { it.length <= 200 }
                val read = transaction(db) {
                    defaults.map { text ->
                        val table = Defaulted(text)
                        dropTables(table)
                        createTables(table)
                        table.insert { it[table.id] = 1 }
                        table.selectAll().single()[table.note].also { dropTables(table) }
                    }
                }
                mismatches(defaults, read).shouldBeEmpty()
                for (text in UNPAIRED + NUL) {
                    shouldThrow<UnsupportedFeatureException> { transaction(db) { createTables(Defaulted(text)) } }
                        .message shouldContain dialect
                }
            }
        }

        test("hostile strings in JSON documents round-trip, or fail clearly") {
            FaultDatabases.open(family, "faults-hostile-json-$family", poolSize = 1).use { db ->
                transaction(db) { dropTables(Documents); createTables(Documents) }
                val stored = storable(storesNul = true)
                val outcomes = stored.mapIndexed { id, text ->
                    runCatching { transaction(db) { Documents.insert { it[Documents.id] = id; it[doc] = Note(text) } } }
                }
                val read = transaction(db) { Documents.selectAll().toList().associate { it[Documents.id] to it[Documents.doc].text } }
                val wrong = stored.indices.mapNotNull { id ->
                    val failure = outcomes[id].exceptionOrNull()
                    when {
                        failure == null -> if (read[id] == stored[id]) null else "document $id came back different"
                        // PostgreSQL's JSONB has no room for \u0000, and says so.
                        family == "postgresql" && NUL in stored[id] && failure is DataAccessException &&
                            failure.message!!.contains("\\u0000") -> null
                        else -> "document ${printable(stored[id])} failed: $failure"
                    }
                }
                wrong.shouldBeEmpty()
                for (text in UNPAIRED) {
                    shouldThrow<InvalidValueException> {
                        transaction(db) { Documents.insert { it[Documents.id] = 1_000; it[doc] = Note(text) } }
                    }.message shouldContain "unpaired surrogate"
                }
            }
        }

        test("hostile identifiers are quoted and work; names SQL cannot carry are refused when declared") {
            FaultDatabases.open(family, "faults-hostile-names-$family", poolSize = 1).use { db ->
                val read = transaction(db) {
                    NAMES.map { name ->
                        val table = Named("fault $name", name)
                        dropTables(table)
                        createTables(table)
                        table.insert { it[table.value] = name }
                        table.selectAll().single()[table.value].also { dropTables(table) }
                    }
                }
                read shouldBe NAMES
                for (name in listOf("nul\u0000name", "line\nbreak", "lone \uD800")) {
                    withClue(printable(name)) { shouldThrow<IllegalArgumentException> { Named("fault_refused", name) } }
                }
            }
        }
    }
})

private const val NUL = "nul \u0000 inside"

private val UNPAIRED = listOf("lone high \uD800", "lone low \uDC00 x", "reversed \uDE00\uD83D")

private val HOSTILE = listOf(
    "it's", "\"quoted\"", "back\\slash", "\\'", "\\", "'; DROP TABLE fault_notes; --", "/* not a comment */",
    "-- not a comment", "100% _true_", "tab\tnew\nline\rreturn", "\u001a ctrl-z \u0008", "$$ dollar $$ \$tag\$",
    "? : :name {fn now()} {d '2020-01-01'}", "emoji \uD83D\uDE00 ok", "accents é ñ ß Ω 中文", "ends with space ", "",
    "x".repeat(1_000_000),
)

private val NAMES = listOf("it's", "say \"hi\"", "back`tick", "semi;colon -- x", "per%cent_under", "ünï cödé", "back\\slash", "select")

/** The hostile strings a text column stores as written on a dialect. */
private fun storable(storesNul: Boolean): List<String> = if (storesNul) HOSTILE + NUL else HOSTILE

private fun mismatches(expected: List<String>, actual: List<String>): List<String> =
    if (expected.size != actual.size) listOf("${actual.size} values came back, not ${expected.size}")
    else expected.indices.filter { expected[it] != actual[it] }.map { "${printable(expected[it])} came back as ${printable(actual[it])}" }

/** A string shown with its control characters escaped and long ones cut, for messages. */
private fun printable(text: String): String =
    text.take(60).map { if (it < ' ' || it in '\uD800'..'\uDFFF') "\\u%04x".format(it.code) else "$it" }.joinToString("") +
        if (text.length > 60) "…(${text.length} chars)" else ""

object Notes : Table("fault_notes") {
    val id = integer("id")
    val body = text("body")
    override val primaryKey = primaryKey(id)
}

@Serializable
data class Note(val text: String)

object Documents : Table("fault_documents") {
    val id = integer("id")
    val doc = json<Note>("doc")
    override val primaryKey = primaryKey(id)
}

/** A table whose note column defaults to a given string. */
class Defaulted(default: String) : Table("fault_defaulted") {
    val id = integer("id")
    val note = varchar("note", 300).defaultValue(default)
}

/** A table and a column with hostile names. */
class Named(tableName: String, columnName: String) : Table(tableName) {
    val value = varchar(columnName, 100)
}
