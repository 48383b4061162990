package dev.quarry.kotlin

import dev.quarry.UnsupportedFeatureException
import dev.quarry.jdbc.Database
import dev.quarry.jdbc.Row
import dev.quarry.sql.Cte
import dev.quarry.sql.SqlType
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.longs.shouldBeLessThan
import io.kotest.matchers.shouldBe
import java.math.BigDecimal
import java.time.Duration
import java.time.Instant
import java.time.LocalDate
import java.time.ZoneOffset
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.launch

/** Every construct of the query language, run on every dialect against the same library; the answers must agree. */
class QueryLanguageSpec : FunSpec({

    fun List<Row>.column(expression: dev.quarry.sql.Expression<*>): List<Any?> = map { it[expression] }

    suspend fun <R> on(db: Database, block: suspend () -> R): R = transaction(db) { block() }

    onEveryDialect { db ->
        val dialect = db.dialect()

        test("arithmetic means the same on every dialect, integer division included") {
            freshLibrary(db)
            on(db) {
                val row = select(Books.pages / 7, Books.pages % 7, -Books.pages, Books.pages * 2 + 1,
                    Books.price * Books.price, Books.price + BigDecimal("0.10")).from(Books).where { id eq 2L }.single()
                row.get(0) shouldBe 35
                row.get(1) shouldBe 5
                row.get(2) shouldBe -250
                row.get(3) shouldBe 501
                row.get(4) shouldBe BigDecimal("400.0000")
                row.get(5) shouldBe BigDecimal("20.10")
                val signs = select(literal(-7) / 2, literal(-7) % 2, literal(7) % -2).single()
                listOf(signs.get(0), signs.get(1), signs.get(2)) shouldBe listOf(-3, -1, 1)
            }
        }

        test("string functions count characters, not bytes") {
            freshLibrary(db)
            on(db) {
                val grace = select(length(Authors.name), upper(Authors.name), lower(Authors.name),
                    substring(Authors.name, 2, 3), substring(Authors.name, 3), trim(literal("  padded  ")))
                    .from(Authors).where { id eq 2L }.single()
                (0..5).map { grace.get(it) } shouldBe listOf(5, "GRACE", "grace", "rac", "ace", "padded")
                select(length(Authors.name)).from(Authors).where { id eq 4L }.single().get(0) shouldBe 5
                val labels = select(concat(Authors.name, literal(" of "), Authors.country), coalesce(Authors.country, "??"))
                    .from(Authors).orderBy(Authors.id).toList()
                labels.map { it.get(0) } shouldBe listOf("Ada of UK", "Grace of US", "Émile of FR", null)
                labels.map { it.get(1) } shouldBe listOf("UK", "US", "FR", "??")
            }
        }

        test("case conversion changes every letter, one for one, on every dialect") {
            freshLibrary(db)
            on(db) {
                val row = select(upper(literal("émile ǆ straße")), lower(literal("ÉMILE Ǆ STRASSE")), upper(Authors.name))
                    .from(Authors).where { id eq 3L }.single()
                listOf(row.get(0), row.get(1), row.get(2)) shouldBe listOf("ÉMILE Ǆ STRAßE", "émile ǆ strasse", "ÉMILE")
                Authors.select { lower(name) eq "émile" }.count() shouldBe 1L
            }
        }

        test("CASE, CAST, NULLIF, ROUND and literals") {
            freshLibrary(db)
            on(db) {
                val size = caseWhen(Books.pages gt 300, literal("long")).orWhen(Books.pages gt 99, literal("medium"))
                    .otherwise(literal("short"))
                Books.select(size).orderBy(Books.id).toList().column(size) shouldBe
                    listOf("medium", "medium", "long", "medium", "short")
                val row = select(Books.pages.castTo(SqlType.TEXT), Books.price.castTo(SqlType.INTEGER),
                    Books.title.castTo(SqlType.varchar(3)), nullif(Books.pages, 100), round(Books.price, 0),
                    round(Books.rating, 0), abs(-Books.pages), literal("it's"), literal(true))
                    .from(Books).where { id eq 1L }.single()
                (0..8).map { row.get(it) } shouldBe
                    listOf("100", 11, "Not", null, BigDecimal("11"), BigDecimal("5"), 100, "it's", true)
            }
        }

        test("aggregates over the table and per group") {
            freshLibrary(db)
            on(db) {
                val totals = select(count(), count(Books.rating), countDistinct(Books.authorId), sum(Books.pages),
                    sum(Books.price), avg(Books.pages), min(Books.price), max(Books.title)).from(Books).single()
                (0..7).map { totals.get(it) } shouldBe
                    listOf(5L, 4L, 3L, 1100L, BigDecimal("89.50"), 220.0, BigDecimal("8.00"), "Poèmes")
                val groups = select(Books.authorId, count(), sum(Books.price)).from(Books).groupBy(Books.authorId)
                    .having { count() gt 1L }.orderBy(Books.authorId).toList()
                groups.map { listOf(it.get(0), it.get(1), it.get(2)) } shouldBe
                    listOf(listOf(1L, 2L, BigDecimal("30.50")), listOf(2L, 2L, BigDecimal("51.00")))
                select(sum(Books.pages), max(Books.rating)).from(Books).where { id gt 100L }.single()
                    .let { listOf(it.get(0), it.get(1)) } shouldBe listOf(null, null)
            }
        }

        test("window functions: ranking, offsets and running frames") {
            freshLibrary(db)
            on(db) {
                val rows = select(
                    Books.id,
                    rowNumber() over { partitionBy(Books.authorId); orderBy(Books.price.desc()) },
                    rank() over { orderBy(Books.authorId) },
                    denseRank() over { orderBy(Books.authorId) },
                    lag(Books.pages) over { orderBy(Books.id) },
                    lead(Books.pages, 1, literal(0)) over { orderBy(Books.id) },
                    sum(Books.pages) over { orderBy(Books.id); rows(unboundedPreceding, currentRow) },
                    avg(Books.pages) over { orderBy(Books.id); rows(preceding(1), following(1)) },
                ).from(Books).orderBy(Books.id).toList()
                rows.map { row -> (0..7).map { row.get(it) } } shouldBe listOf(
                    listOf(1L, 2L, 1L, 1L, null, 250, 100L, 175.0),
                    listOf(2L, 1L, 1L, 1L, 100, 400, 350L, 250.0),
                    listOf(3L, 1L, 3L, 2L, 250, 300, 750L, 950.0 / 3),
                    listOf(4L, 2L, 3L, 2L, 400, 50, 1050L, 250.0),
                    listOf(5L, 1L, 5L, 3L, 300, 0, 1100L, 175.0),
                )
                val nextRating = lead(Books.rating, 1, value(0.0, SqlType.DOUBLE)) over { orderBy(Books.id) }
                Books.select(nextRating).orderBy(Books.id).toList().column(nextRating) shouldBe
                    listOf(null, 4.8, 3.9, 4.1, 0.0)
            }
        }

        test("scalar, IN and EXISTS subqueries, correlated ones too") {
            freshLibrary(db)
            on(db) {
                val bookCount = Books.select(count()).where { authorId eq Authors.id }.asValue<Long>() alias "books"
                select(Authors.name, bookCount).from(Authors).orderBy(Authors.id).toList()
                    .map { it[Authors.name] to it[bookCount] } shouldBe
                    listOf("Ada" to 2L, "Grace" to 2L, "Émile" to 1L, "Zoë 🙂" to 0L)
                Authors.select { id inList Books.select(Books.authorId).where { pages gt 200 } }.orderBy(Authors.id)
                    .toList().column(Authors.name) shouldBe listOf("Ada", "Grace")
                Authors.select { notExists(Books.select(Books.id).where { authorId eq Authors.id }) }.toList()
                    .column(Authors.name) shouldBe listOf("Zoë 🙂")
                Authors.select { exists(Books.select(Books.id).where { (authorId eq Authors.id) and (pages lt 60) }) }
                    .toList().column(Authors.name) shouldBe listOf("Émile")
            }
        }

        test("null-safe equality treats NULLs as equal") {
            freshLibrary(db)
            on(db) {
                Authors.select { country isNotDistinctFrom null }.toList().column(Authors.name) shouldBe listOf("Zoë 🙂")
                Authors.select { mentorId isDistinctFrom 1L }.orderBy(Authors.id).toList().column(Authors.name) shouldBe
                    listOf("Ada", "Émile", "Zoë 🙂")
                Authors.select { mentorId isNotDistinctFrom (id - 1L) }.orderBy(Authors.id).toList()
                    .column(Authors.name) shouldBe listOf("Grace", "Émile", "Zoë 🙂")
            }
        }

        test("inner, left, right, cross and self joins") {
            freshLibrary(db)
            on(db) {
                select(Authors.name, Books.title).from(Authors).join(Books) { authorId eq Authors.id }.orderBy(Books.id)
                    .toList().map { it[Authors.name] to it[Books.title] } shouldBe listOf(
                    "Ada" to "Notes", "Ada" to "Engines", "Grace" to "Compilers", "Grace" to "COBOL", "Émile" to "Poèmes",
                )
                select(Authors.name, Books.title).from(Authors).leftJoin(Books) { authorId eq Authors.id }
                    .orderBy(Books.title.asc(), Authors.id.asc()).toList().map { it[Books.title] } shouldBe
                    listOf(null, "COBOL", "Compilers", "Engines", "Notes", "Poèmes")
                select(Books.title, Authors.name).from(Books).rightJoin(Authors) { id eq Books.authorId }.count() shouldBe 6L
                select(Authors.id, Books.id).from(Authors).crossJoin(Books).count() shouldBe 20L
                val mentors = Authors.alias("mentor")
                select(Authors.name, mentors[Authors.name]).from(Authors)
                    .leftJoin(mentors) { Authors.mentorId eq mentors[Authors.id] }.orderBy(Authors.id).toList()
                    .map { it[Authors.name] to it[mentors[Authors.name]] } shouldBe
                    listOf("Ada" to null, "Grace" to "Ada", "Émile" to "Grace", "Zoë 🙂" to "Émile")
            }
        }

        test("FULL JOIN where the dialect has it, a clear error where it does not") {
            freshLibrary(db)
            val full = select(Authors.name, Books.title).from(Authors).fullJoin(Books) { authorId eq Authors.id }
            if (dialect.supportsFullJoin()) {
                on(db) { full.count() } shouldBe 6L
            } else {
                shouldThrow<UnsupportedFeatureException> { on(db) { full.toList() } }.message shouldBe
                    "FULL JOIN is not supported on ${dialect.name()}: combine a LEFT JOIN and a RIGHT JOIN with union()"
            }
        }

        test("DISTINCT, and DISTINCT ON where the dialect has it") {
            freshLibrary(db)
            on(db) {
                select(Books.authorId).from(Books).distinct().orderBy(Books.authorId).toList().column(Books.authorId) shouldBe
                    listOf(1L, 2L, 3L)
            }
            val firstPerAuthor = select(Books.id).from(Books).distinctOn(Books.authorId)
                .orderBy(Books.authorId.asc(), Books.price.desc())
            if (dialect.supportsDistinctOn()) {
                on(db) { firstPerAuthor.toList().column(Books.id) } shouldBe listOf(2L, 3L, 5L)
            } else {
                shouldThrow<UnsupportedFeatureException> { on(db) { firstPerAuthor.toList() } }
            }
        }

        test("NULLs sort the same everywhere, and NULLS FIRST/LAST are honoured") {
            freshLibrary(db)
            on(db) {
                suspend fun ids(vararg keys: dev.quarry.sql.Order) = Books.selectAll().orderBy(*keys).toList().column(Books.id)
                ids(Books.rating.asc(), Books.id.asc()) shouldBe listOf(2L, 4L, 5L, 1L, 3L)
                ids(Books.rating.asc().nullsLast()) shouldBe listOf(4L, 5L, 1L, 3L, 2L)
                ids(Books.rating.desc()) shouldBe listOf(3L, 1L, 5L, 4L, 2L)
                ids(Books.rating.desc().nullsFirst()) shouldBe listOf(2L, 3L, 1L, 5L, 4L)
            }
        }

        test("keyset pagination walks every row once") {
            freshLibrary(db)
            on(db) {
                val byPages = Books.selectAll().orderBy(Books.pages.asc(), Books.id.asc()).limit(2)
                val first = byPages.toList()
                first.column(Books.id) shouldBe listOf(5L, 1L)
                val second = byPages.seekAfter(first.last()).toList()
                second.column(Books.id) shouldBe listOf(2L, 4L)
                val third = byPages.seekAfter(second.last()).toList()
                third.column(Books.id) shouldBe listOf(3L)
                byPages.seekAfter(third.last()).toList().shouldBeEmpty()
                Books.selectAll().orderBy(Books.pages.desc(), Books.id.asc()).seekAfter(250, 2L).toList()
                    .column(Books.id) shouldBe listOf(1L, 5L)
            }
        }

        test("CTEs are defined where they are read, chained and recursive") {
            freshLibrary(db)
            on(db) {
                val n = count() alias "n"
                val prolific = select(Books.authorId, n).from(Books).groupBy(Books.authorId).asCte("prolific")
                prolific.select { prolific[n] gt 1L }.orderBy(prolific[Books.authorId]).toList()
                    .map { it[prolific[Books.authorId]] to it[prolific[n]] } shouldBe listOf(1L to 2L, 2L to 2L)
                val busy = select(prolific[Books.authorId]).from(prolific).where { prolific[n] gt 1L }.asCte("busy")
                Authors.select { id inList busy.selectAll() }.orderBy(Authors.id).toList().column(Authors.name) shouldBe
                    listOf("Ada", "Grace")
                MentorChain.selectAll().orderBy(MentorChain.depth).toList()
                    .map { it[MentorChain.id] to it[MentorChain.depth] } shouldBe
                    listOf(1L to 0, 2L to 1, 3L to 2, 4L to 3)
            }
        }

        test("UNION, UNION ALL, INTERSECT and EXCEPT, left to right on every dialect") {
            freshLibrary(db)
            on(db) {
                val first = Authors.select(Authors.name).where { id lte 2L }
                val last = Authors.select(Authors.name).where { id gte 2L }
                val onlyAda = Authors.select(Authors.name).where { id eq 1L }
                (first union last).count() shouldBe 4L
                (first unionAll last).count() shouldBe 5L
                (first intersect last).toList().column(Authors.name) shouldBe listOf("Grace")
                (first except last).toList().column(Authors.name) shouldBe listOf("Ada")
                ((first union last) intersect onlyAda).toList().column(Authors.name) shouldBe listOf("Ada")
                (first union last).orderBy(Authors.name.desc()).limit(2).toList().map { it.get(0) } shouldBe
                    listOf("Émile", "Zoë 🙂")
            }
        }

        test("row locks where the dialect has them, a clear error on SQLite") {
            freshLibrary(db)
            val locked = Books.select { id eq 1L }.forUpdate()
            if (dialect.name() == "sqlite") {
                shouldThrow<UnsupportedFeatureException> { on(db) { locked.toList() } }.message shouldBe
                    "FOR UPDATE is not supported on sqlite: SQLite has no row locks; it locks the whole database for" +
                    " writing, which a write (or BEGIN IMMEDIATE) takes"
            } else {
                on(db) {
                    locked.single()[Books.title] shouldBe "Notes"
                    Books.select { id eq 2L }.forShare().noWait().single()[Books.title] shouldBe "Engines"
                }
                val holding = CompletableDeferred<Unit>()
                val release = CompletableDeferred<Unit>()
                coroutineScope {
                    val holder = launch {
                        transaction(db) {
                            locked.single()
                            holding.complete(Unit)
                            release.await()
                        }
                    }
                    holding.await()
                    on(db) { Books.selectAll().forUpdate().skipLocked().toList().column(Books.id) } shouldBe
                        listOf(2L, 3L, 4L, 5L)
                    release.complete(Unit)
                    holder.join()
                }
            }
        }

        test("many rows in one insert, and an insert from a query") {
            freshLibrary(db)
            on(db) {
                Books.insertAll(listOf("A", "B", "C")) { row, title ->
                    row[authorId] = 4L
                    row[this.title] = title
                    row[price] = BigDecimal.ONE
                    row[pages] = 1
                } shouldBe 3
                Books.insertFrom(select(literal(4L), Books.title, Books.price, Books.pages).from(Books).where { authorId eq 1L },
                    Books.authorId, Books.title, Books.price, Books.pages) shouldBe 2
                Books.select { authorId eq 4L }.count() shouldBe 5L
                Books.insertAll(emptyList<String>()) { _, _ -> } shouldBe 0
            }
        }

        test("upserts update or keep the existing row on every dialect") {
            freshLibrary(db)
            on(db) {
                Authors.upsert(Authors.id) { it[id] = 1L; it[name] = "Ada L."; it[country] = "UK" }
                Authors.upsert(Authors.id) { it[id] = 9L; it[name] = "Nine" }
                Authors.insertOrIgnore(Authors.id) { it[id] = 2L; it[name] = "Ignored" }
                Books.upsert(Books.id, onConflict = { it[pages] = pages + excluded(pages) }) {
                    it[id] = 1L; it[authorId] = 1L; it[title] = "Notes"; it[price] = BigDecimal("10.50"); it[pages] = 10
                }
                Authors.selectAll().orderBy(Authors.id).toList().map { it[Authors.id] to it[Authors.name] } shouldBe
                    listOf(1L to "Ada L.", 2L to "Grace", 3L to "Émile", 4L to "Zoë 🙂", 9L to "Nine")
                Books.select { id eq 1L }.single()[Books.pages] shouldBe 110
            }
        }

        test("RETURNING where the dialect has it, a clear error where it does not") {
            freshLibrary(db)
            on(db) {
                val inserted = Books.insertReturning(Books.id, Books.title) {
                    it[authorId] = 3L; it[title] = "Lettres"; it[price] = BigDecimal("9.90"); it[pages] = 80
                }
                inserted[Books.id] shouldBe 6L
                inserted[Books.title] shouldBe "Lettres"
                Books.deleteReturning(Books.id) { pages lt 60 }.map { it[Books.id] } shouldBe listOf(5L)
            }
            if (dialect.supportsUpdateReturning()) {
                on(db) { Books.updateReturning(Books.pages, where = { id eq 1L }) { it[pages] = pages + 1 } }
                    .map { it[Books.pages] } shouldBe listOf(101)
            } else {
                shouldThrow<UnsupportedFeatureException> {
                    on(db) { Books.updateReturning(Books.pages, where = { id eq 1L }) { it[pages] = pages + 1 } }
                }.message shouldBe "UPDATE … RETURNING is not supported on ${dialect.name()}: select the rows in the" +
                    " same transaction instead"
            }
        }

        test("updates with expressions and subquery conditions, deletes with NOT EXISTS") {
            freshLibrary(db)
            on(db) {
                Books.updateAll { it[pages] = pages + 1 } shouldBe 5
                select(sum(Books.pages)).from(Books).single().get(0) shouldBe 1105L
                Books.update({ authorId inList Authors.select(Authors.id).where { country eq "US" } }) {
                    it[price] = BigDecimal("1.00")
                } shouldBe 2
                Authors.deleteWhere { notExists(Books.select(Books.id).where { authorId eq Authors.id }) } shouldBe 1
                Authors.selectAll().count() shouldBe 3L
            }
        }

        test("CTEs in writes, where the dialect allows them") {
            freshLibrary(db)
            val us = Authors.select(Authors.id).where { country eq "US" }.asCte("us_authors")
            on(db) {
                Books.insertFrom(select(us[Authors.id], literal("Sequel"), literal(BigDecimal("5.00")), literal(10)).from(us),
                    Books.authorId, Books.title, Books.price, Books.pages) shouldBe 1
                Books.select { authorId eq 2L }.count() shouldBe 3L
            }
            val update: suspend () -> Int = { Books.update({ authorId inList us.selectAll() }) { it[pages] = 1 } }
            if (dialect.supportsWithInUpdateAndDelete()) {
                on(db) { update() } shouldBe 3
            } else {
                shouldThrow<UnsupportedFeatureException> { on(db) { update() } }.message shouldBe
                    "WITH in UPDATE is not supported on ${dialect.name()}: read us_authors through a subquery of its query instead"
            }
        }

        test("the current date and timestamp are UTC everywhere") {
            on(db) {
                val now = select(currentDate(), currentTimestamp()).single()
                val today = LocalDate.now(ZoneOffset.UTC)
                (now.get(0) == today || now.get(0) == today.minusDays(1)) shouldBe true
                Duration.between(now.get(1) as Instant, Instant.now()).abs().toSeconds() shouldBeLessThan 300L
            }
        }
    }
})

/** The chain of mentors from the first author: a recursive CTE. */
object MentorChain : Cte("mentor_chain", true) {
    val id = bigint("id")
    val depth = integer("depth")

    override fun definition(): dev.quarry.sql.Query =
        (
            select(Authors.id, literal(0)).from(Authors).where { mentorId eq null } unionAll
                select(Authors.id, depth + 1).from(Authors).join(MentorChain) { id eq Authors.mentorId }
            ).statement
}
