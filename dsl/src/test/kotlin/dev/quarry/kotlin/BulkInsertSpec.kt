package dev.quarry.kotlin

import dev.quarry.dialect.Dialects
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.math.BigDecimal

/** `insertAll` of many rows: one COPY on PostgreSQL above the threshold, one statement elsewhere, the same rows everywhere. */
class BulkInsertSpec : FunSpec({
    onEveryDialect { db ->
        test("a large insertAll is one COPY on PostgreSQL and one statement elsewhere, writing the same rows") {
            freshLibrary(db)
            val titles = (1..1_500).map { "Bulk\t$it" }
            TestDatabases.drainExecuted()
            transaction(db) {
                Books.insertAll(titles) { row, title ->
                    row[authorId] = 4L
                    row[this.title] = title
                    row[price] = BigDecimal("1.25")
                    row[pages] = title.length
                } shouldBe 1_500
            }
            val writes = TestDatabases.drainExecuted().map { it.sql().substringBefore(' ') }.filter { it == "COPY" || it == "INSERT" }
            writes shouldBe listOf(if (db.dialect().name() == Dialects.POSTGRESQL.name()) "COPY" else "INSERT")
            transaction(db) {
                Books.select { authorId eq 4L }.count() shouldBe 1_500L
                val row = Books.select { title eq "Bulk\t1234" }.single()
                row[Books.price] shouldBe BigDecimal("1.25")
                row[Books.pages] shouldBe 9
                row[Books.rating] shouldBe null
            }
        }
    }
})
