package dev.quarry.kotlin

import dev.quarry.InvalidQueryException
import dev.quarry.jdbc.Database
import dev.quarry.sql.Condition
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain

/** Texts that are hard to match: wildcards, the escape character, non-ASCII letters, a NULL. */
object Snippets : Table("tf_snippets") {
    val id = long("id")
    val body = varchar("body", 80).nullable()
    override val primaryKey = primaryKey(id)
}

private val SNIPPETS = mapOf(
    1L to "100% sure", 2L to "100 percent", 3L to "snake_case", 4L to "snakeXcase", 5L to "C:\\dir\\file",
    6L to "ÉCOLE straße", 7L to "école STRASSE", 8L to null, 9L to "Line 42", 10L to "abc.def", 11L to "Zoë 🙂",
)

private suspend fun freshSnippets(db: Database) {
    transaction(db) {
        dropTables(Snippets)
        createTables(Snippets)
        Snippets.insertAll(SNIPPETS.entries.toList()) { row, entry ->
            row[id] = entry.key
            row[body] = entry.value
        }
    }
}

/** Text matching and text functions, run on every dialect; the answers must agree. */
class TextFunctionsSpec : FunSpec({

    onEveryDialect { db ->

        suspend fun ids(condition: Condition): List<Long> = transaction(db) {
            Snippets.select { condition }.orderBy(Snippets.id).toList().map { it[Snippets.id] }
        }

        suspend fun value(expression: dev.quarry.sql.Expression<*>, id: Long): Any? = transaction(db) {
            select(expression).from(Snippets).where { Snippets.id eq id }.single().get(0)
        }

        test("startsWith, endsWith and contains take the argument as plain text, wildcards and backslashes included") {
            freshSnippets(db)
            ids(Snippets.body startsWith "100%") shouldBe listOf(1L)
            ids(Snippets.body startsWith "snake_") shouldBe listOf(3L)
            ids(Snippets.body contains "%") shouldBe listOf(1L)
            ids(Snippets.body contains "_") shouldBe listOf(3L)
            ids(Snippets.body contains "\\") shouldBe listOf(5L)
            ids(Snippets.body contains "\\dir\\") shouldBe listOf(5L)
            ids(Snippets.body endsWith "\\file") shouldBe listOf(5L)
            ids(Snippets.body endsWith "case") shouldBe listOf(3L, 4L)
            ids(Snippets.body contains "") shouldBe SNIPPETS.filterValues { it != null }.keys.toList()
            ids(Snippets.body contains "sure") shouldBe listOf(1L)
            ids(Snippets.body contains "SURE") shouldBe emptyList()
            ids(not(Snippets.body contains "e")) shouldBe listOf(11L)
        }

        test("ilike, containsIgnoreCase and equalsIgnoreCase lower-case every letter the same way, beyond ASCII") {
            freshSnippets(db)
            ids(Snippets.body ilike "école%") shouldBe listOf(6L, 7L)
            ids(Snippets.body ilike "%_CASE") shouldBe listOf(3L, 4L)
            ids(Snippets.body containsIgnoreCase "SNAKE_") shouldBe listOf(3L)
            ids(Snippets.body containsIgnoreCase "STRASSE") shouldBe listOf(7L)
            ids(Snippets.body containsIgnoreCase "STRAßE") shouldBe listOf(6L)
            ids(Snippets.body containsIgnoreCase "zoË 🙂") shouldBe listOf(11L)
            ids(Snippets.body equalsIgnoreCase "École Strasse") shouldBe listOf(7L)
            ids(Snippets.body equalsIgnoreCase "école") shouldBe emptyList()
            ids(Snippets.body ilike "c:\\\\dir%") shouldBe listOf(5L)
        }

        test("regular expressions of the portable subset match the same rows everywhere, case-sensitively") {
            freshSnippets(db)
            ids(Snippets.body matches "^[0-9]+%") shouldBe listOf(1L)
            ids(Snippets.body matches "[0-9]{2}") shouldBe listOf(1L, 2L, 9L)
            ids(Snippets.body matches "snake.case") shouldBe listOf(3L, 4L)
            ids(Snippets.body matches "^(snake|Line) ?[^X]") shouldBe listOf(3L, 9L)
            ids(Snippets.body matches "\\.") shouldBe listOf(10L)
            ids(Snippets.body matches "\\\\file$") shouldBe listOf(5L)
            ids(Snippets.body matches "école") shouldBe listOf(7L)
            ids(Snippets.body matches "^.COLE s") shouldBe listOf(6L)
            ids(Snippets.body matches "ë .$") shouldBe listOf(11L)
            ids(Snippets.body matches "a{2,}") shouldBe emptyList()
            ids(Snippets.body matches "^[a-z]+(_|X)[a-z]*$") shouldBe listOf(3L, 4L)
            ids(not(Snippets.body matches "e")) shouldBe listOf(11L)
        }

        test("regular expressions and text matching stay case-sensitive on text that is not a column") {
            freshSnippets(db)
            ids((literal("ABC") matches "abc") and (Snippets.id eq 1L)) shouldBe emptyList()
            ids((literal("ABC") matches "^AB") and (Snippets.id eq 1L)) shouldBe listOf(1L)
            ids((lower(literal("ÀB")) matches "^àb$") and (Snippets.id eq 1L)) shouldBe listOf(1L)
            ids((literal("ABC") contains "b") and (Snippets.id eq 1L)) shouldBe emptyList()
            ids((literal("ABC") containsIgnoreCase "b") and (Snippets.id eq 1L)) shouldBe listOf(1L)
        }

        test("regular expressions outside the subset fail before any SQL, naming the construct") {
            shouldThrow<InvalidQueryException> { Snippets.body matches "\\d+" }.message shouldContain "\\d"
            shouldThrow<InvalidQueryException> { Snippets.body matches "(?:ab)+" }.message shouldContain "(?"
            shouldThrow<InvalidQueryException> { Snippets.body matches "a*?" }.message shouldContain "lazy"
            shouldThrow<InvalidQueryException> { Snippets.body matches "[[:alpha:]]" }.message shouldContain "POSIX"
            shouldThrow<InvalidQueryException> { Snippets.body matches "a{1,300}" }.message shouldContain "255"
            shouldThrow<InvalidQueryException> { Snippets.body matches "(ab" }.message shouldContain "unclosed"
            shouldThrow<InvalidQueryException> { Snippets.body matches "ab\\" }.message shouldContain "backslash"
        }

        test("replace, trims, pads, position, left, right, repeat and reverse count characters") {
            freshSnippets(db)
            value(replace(Snippets.body, "%", " percent"), 1L) shouldBe "100 percent sure"
            value(replace(Snippets.body, "", "x"), 1L) shouldBe "100% sure"
            value(replace(Snippets.body, "s", "S"), 7L) shouldBe "école STRASSE"
            value(ltrim(literal("  a b  ")), 1L) shouldBe "a b  "
            value(rtrim(literal("  a b  ")), 1L) shouldBe "  a b"
            value(lpad(Snippets.body, 12, "·-"), 1L) shouldBe "·-·100% sure"
            value(rpad(Snippets.body, 13, "ß"), 11L) shouldBe "Zoë 🙂ßßßßßßßß"
            value(lpad(Snippets.body, 3, "x"), 11L) shouldBe "Zoë"
            value(rpad(Snippets.body, 0), 11L) shouldBe ""
            value(position(Snippets.body, "case"), 3L) shouldBe 7
            value(position(Snippets.body, "🙂"), 11L) shouldBe 5
            value(position(Snippets.body, "CASE"), 3L) shouldBe 0
            value(position(Snippets.body, ""), 3L) shouldBe 1
            value(left(Snippets.body, 3), 11L) shouldBe "Zoë"
            value(left(Snippets.body, 0), 11L) shouldBe ""
            value(left(Snippets.body, 40), 11L) shouldBe "Zoë 🙂"
            value(right(Snippets.body, 2), 11L) shouldBe " 🙂"
            value(right(Snippets.body, 0), 11L) shouldBe ""
            value(right(Snippets.body, 40), 11L) shouldBe "Zoë 🙂"
            value(repeat(Snippets.body, 3), 11L) shouldBe "Zoë 🙂Zoë 🙂Zoë 🙂"
            value(repeat(Snippets.body, 0), 11L) shouldBe ""
            value(reverse(Snippets.body), 11L) shouldBe "🙂 ëoZ"
            val nulls = listOf(replace(Snippets.body, "a", "b"), ltrim(Snippets.body), lpad(Snippets.body, 4, "x"),
                position(Snippets.body, "a"), left(Snippets.body, 1), right(Snippets.body, 1), repeat(Snippets.body, 2),
                reverse(Snippets.body))
            nulls.map { value(it, 8L) } shouldBe nulls.map { null }
        }

        test("bad arguments of text functions fail before any SQL, naming what is wrong") {
            shouldThrow<IllegalArgumentException> { lpad(Snippets.body, -1, "x") }.message shouldContain "negative"
            shouldThrow<IllegalArgumentException> { rpad(Snippets.body, 3, "") }.message shouldContain "fill"
            shouldThrow<IllegalArgumentException> { repeat(Snippets.body, -2) }.message shouldContain "negative"
            shouldThrow<IllegalArgumentException> { right(Snippets.body, -2) }.message shouldContain "negative"
            shouldThrow<IllegalArgumentException> { Snippets.id.castTo(dev.quarry.sql.SqlType.INTEGER).startsWith("1") }
                .message shouldContain "text"
        }

        test("stringAgg joins a group's texts in a given order, the same everywhere") {
            freshLibrary(db)
            transaction(db) {
                val byTitle = select(Books.authorId, stringAgg(Books.title, ", ")).from(Books).groupBy(Books.authorId)
                    .orderBy(Books.authorId).toList()
                byTitle.map { it.get(1) } shouldBe listOf("Engines, Notes", "COBOL, Compilers", "Poèmes")
                val byPages = select(Books.authorId, stringAgg(Books.title, " | ", Books.pages.desc(), Books.id.asc()))
                    .from(Books).groupBy(Books.authorId).orderBy(Books.authorId).toList()
                byPages.map { it.get(1) } shouldBe listOf("Engines | Notes", "Compilers | COBOL", "Poèmes")
                select(stringAgg(Authors.country, "")).from(Authors).single().get(0) shouldBe "FRUKUS"
                select(stringAgg(Authors.name, ",")).from(Authors).where { Authors.id gt 100L }.single().get(0) shouldBe null
            }
        }

        test("stringAgg is not cut at MySQL's or MariaDB's default group_concat_max_len (1 KB and 1 MB)") {
            freshLibrary(db)
            transaction(db) {
                val joined = select(stringAgg(repeat(Authors.name, 100_000), "--")).from(Authors).single().get(0) as String
                joined.toByteArray().size shouldBeGreaterThan 2_000_000
                joined shouldBe listOf("Ada", "Grace", "Zoë 🙂", "Émile").joinToString("--") { it.repeat(100_000) }
            }
        }
    }
})
