package dev.quarry.kotlin

import dev.quarry.dialect.TextSemantics
import dev.quarry.jdbc.Database
import dev.quarry.sql.Column
import dev.quarry.sql.Condition
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

/** Words in a column created by hand with a case-insensitive or linguistic collation on each database. */
private object HandMadeWords : Table("ktext_words") {
    val id = long("id")
    val word = varchar("word", 40)
}

/** Ids 1 to 6: case, an accent and a trailing space tell them apart. */
private val spellings = listOf("apple", "Banana", "APPLE", "apple ", "äpple", "cherry")

private suspend fun handMadeWords(db: Database) = transaction(db) {
    val column = when (db.dialect().name()) {
        "sqlite" -> "TEXT COLLATE NOCASE"
        "postgresql" -> "VARCHAR(40) COLLATE \"en-x-icu\""
        else -> "VARCHAR(40) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci"
    }
    exec("DROP TABLE IF EXISTS ktext_words")
    exec("CREATE TABLE ktext_words (id BIGINT PRIMARY KEY, word $column NOT NULL)")
    HandMadeWords.insertAll(spellings.withIndex()) { row, (index, spelling) ->
        row[id] = index + 1L
        row[word] = spelling
    }
}

private suspend fun ids(condition: Column<String>.() -> Condition): List<Long> =
    HandMadeWords.select { HandMadeWords.word.condition() }.orderBy(HandMadeWords.id).toList().map { it[HandMadeWords.id] }

private suspend fun sortedWords(): List<String> =
    HandMadeWords.selectAll().orderBy(HandMadeWords.word, HandMadeWords.id).toList().map { it[HandMadeWords.word] }

/** The default code-point text semantics and the database's own, from Kotlin on every dialect. */
class TextSemanticsSpec : FunSpec({
    onEveryDialect { db ->
        test("by default text compares, sorts and groups by code point whatever the column's collation") {
            handMadeWords(db)
            transaction(db) {
                ids { this eq "apple" } shouldBe listOf(1L)
                ids { this inList listOf("APPLE", "cherry") } shouldBe listOf(3L, 6L)
                ids { this between "A".."Z" } shouldBe listOf(2L, 3L)
                ids { this lt "b" } shouldBe listOf(1L, 2L, 3L, 4L)
                sortedWords() shouldBe spellings.sorted()
                select(HandMadeWords.word).from(HandMadeWords).distinct().toList().size shouldBe 6
                select(HandMadeWords.word, count()).from(HandMadeWords).groupBy(HandMadeWords.word).toList().size shouldBe 6
                val extremes = select(min(HandMadeWords.word), max(HandMadeWords.word)).from(HandMadeWords).single()
                listOf(extremes.get(0), extremes.get(1)) shouldBe listOf("APPLE", "äpple")
            }
        }

        test("under the database's own text semantics its collation shows") {
            handMadeWords(db)
            TestDatabases.openLike(db, "ktext-${db.dialect().name()}", 2) { textSemantics(TextSemantics.DATABASE) }.use { own ->
                transaction(own) {
                    val equalToApple = ids { this eq "apple" }
                    val groups = select(HandMadeWords.word, count()).from(HandMadeWords).groupBy(HandMadeWords.word).toList().size
                    when (own.dialect().name()) {
                        "sqlite" -> {
                            equalToApple shouldBe listOf(1L, 3L)
                            sortedWords() shouldBe listOf("apple", "APPLE", "apple ", "Banana", "cherry", "äpple")
                            groups shouldBe 5
                        }
                        "postgresql" -> {
                            equalToApple shouldBe listOf(1L)
                            sortedWords() shouldBe listOf("apple", "APPLE", "äpple", "apple ", "Banana", "cherry")
                            groups shouldBe 6
                        }
                        else -> {
                            equalToApple shouldBe listOf(1L, 3L, 4L, 5L)
                            sortedWords() shouldBe listOf("apple", "APPLE", "apple ", "äpple", "Banana", "cherry")
                            groups shouldBe 3
                        }
                    }
                }
            }
        }
    }
})
