package dev.quarry.kotlin

import dev.quarry.jdbc.TooManyRowsException
import dev.quarry.sql.SqlType
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.math.BigDecimal
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList
import kotlinx.serialization.Contextual
import kotlinx.serialization.Serializable

@Serializable
private data class ShelfEntry(val title: String, @Contextual val price: BigDecimal, val pages: Long, val rating: Double? = null)

/**
 * SQL the query language has no node for, from Kotlin on every dialect: functions by name, templates
 * and operators in built queries, queries written by hand read by label, as `@Serializable`
 * classes and as a flow, and a transaction rolled back without an exception.
 */
class HandWrittenSqlSpec : FunSpec({

    onEveryDialect { db ->
        test("functions by name, templates and operators work in select lists, conditions, GROUP BY and ORDER BY") {
            freshLibrary(db)
            transaction(db) {
                val doubled = sql("{0} * 2", SqlType.INTEGER, Books.pages) alias "doubled"
                val lowered = function("lower", SqlType.TEXT, Books.title) alias "lowered"
                val rows = Books.select(lowered, doubled)
                    .where { operator(pages, ">=", value(250, SqlType.INTEGER)) and sqlCondition("{0} <> {1}", title, value("COBOL", SqlType.TEXT)) }
                    .orderBy(doubled.desc())
                    .toList()
                rows.map { it["lowered"] } shouldBe listOf("compilers", "engines")
                rows.map { it["doubled", Int::class.javaObjectType] } shouldBe listOf(800, 500)

                val longest = function("max", SqlType.INTEGER, Books.pages)
                val author = sql("{0} + 0", SqlType.BIGINT, Books.authorId)
                Books.select(author, longest).groupBy(author).orderBy(author).toList().map { it[longest] } shouldBe listOf(250, 400, 50)
            }
        }

        test("a query written by hand is read by label, decoded by name and streamed") {
            freshLibrary(db)
            transaction(db) {
                val rows = sqlQuery("SELECT title, price, pages FROM ql_books WHERE pages > ? ORDER BY pages", 200).toList()
                rows.map { it["title"] } shouldBe listOf("Engines", "COBOL", "Compilers")
                rows.first().get("price", BigDecimal::class.java)!!.compareTo(BigDecimal("20.00")) shouldBe 0
                rows.first()["PAGES", Long::class.javaObjectType] shouldBe 250L

                val total = sqlQuery("SELECT COUNT(*) AS Total FROM ql_books WHERE author_id = ?", 2L).single()
                total["total", Long::class.javaObjectType] shouldBe 2L
                shouldThrow<TooManyRowsException> { sqlQuery("SELECT id FROM ql_books").single() }
                sqlQuery("SELECT id FROM ql_books WHERE id < ?", 0).singleOrNull() shouldBe null

                val entries = sqlQuery("SELECT title, price, pages, rating FROM ql_books WHERE author_id = ? ORDER BY pages", 1L)
                    .toList<ShelfEntry>()
                entries.map { it.title } shouldBe listOf("Notes", "Engines")
                entries.first().price.compareTo(BigDecimal("10.50")) shouldBe 0
                entries.first().rating shouldBe 4.5
                entries.last().rating shouldBe null

                sqlQuery("SELECT title FROM ql_books WHERE pages < ? ORDER BY title", 300).asFlow(fetchSize = 2)
                    .map { it["title"] }.toList() shouldBe listOf("Engines", "Notes", "Poèmes")
            }
        }

        test("a transaction marked rollback-only returns its result and keeps nothing") {
            freshLibrary(db)
            val result = transaction(db) {
                exec("UPDATE ql_books SET pages = ? WHERE id = ?", 999, 1L)
                transaction(db) { setRollbackOnly() }
                currentTransaction().isRollbackOnly shouldBe true
                "kept nothing"
            }
            result shouldBe "kept nothing"
            transaction(db) { sqlQuery("SELECT pages FROM ql_books WHERE id = ?", 1L).single()["pages", Int::class.javaObjectType] } shouldBe 100
            shouldThrow<NoTransactionException> { setRollbackOnly() }.message shouldContain "currentTransaction()"
        }
    }
})
