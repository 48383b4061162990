package dev.quarry.kotlin.reporting

import dev.quarry.dialect.postgres.PostgresDialect
import dev.quarry.kotlin.TestDatabases
import dev.quarry.kotlin.onEveryDialect
import dev.quarry.kotlin.transaction
import dev.quarry.testkit.TestTargets
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainAll
import io.kotest.matchers.collections.shouldNotBeEmpty
import io.kotest.matchers.ints.shouldBeGreaterThanOrEqual
import io.kotest.matchers.shouldBe
import java.time.LocalDateTime
import java.util.concurrent.ConcurrentHashMap

/**
 * A reporting suite over a generated shop (customers, products, orders and their lines from 2023 to
 * 2025, leap day and year ends included), written with the DSL: month and quarter buckets, year over
 * year by date arithmetic, top-N per group with window functions, case-insensitive search, names
 * aggregated per group, percentage shares with CASE inside SUM, running totals, weekdays and day
 * counts.
 *
 * What it proves: every report returns, on every database, exactly the rows a reference
 * implementation computes in Kotlin from the same generated lists (values normalised: integers as
 * `Long`, decimals without trailing zeros, doubles to 6 places), so all databases agree with each
 * other; and on PostgreSQL the same question written by hand in SQL returns those rows too.
 */
class ReportingSuiteSpec : FunSpec({

    val reports = TimeReports.all + CalendarReports.all + RankingReports.all + TextReports.all + ShareReports.all + CustomerReports.all
    val loaded = ConcurrentHashMap.newKeySet<String>()

    afterSpec {
        for (family in TestTargets.enabledFamilies()) {
            if (loaded.remove(TestDatabases.of(family).name())) SalesLoader.drop(TestDatabases.of(family))
        }
    }

    test("the suite has at least 15 reports over data with leap day, month ends and the turn of the year") {
        reports.size shouldBeGreaterThanOrEqual 15
        Sales.data.orders.map { it.placed } shouldContainAll listOf(
            LocalDateTime.of(2024, 2, 29, 10, 15), LocalDateTime.of(2023, 12, 31, 23, 59, 59), LocalDateTime.of(2024, 1, 1, 0, 0),
        )
        Sales.data.orders.map { it.status }.toSet() shouldBe setOf("paid", "shipped", CANCELLED)
    }

    onEveryDialect { db ->
        val onPostgres = db.dialect() is PostgresDialect

        for (report in reports) {
            test("${report.name}: the reference rows${if (onPostgres) ", and those of hand-written SQL" else ""}") {
                if (loaded.add(db.name())) SalesLoader.load(db, Sales.data)
                val expected = report.expected()
                expected.shouldNotBeEmpty()
                val rows = transaction(db) { report.query().map { it.normalised() } }
                rows shouldBe expected
                if (onPostgres) {
                    transaction(db) { report.postgresSql.toList().map { it.normalised() } } shouldBe rows
                }
            }
        }
    }
})
