package dev.quarry.samples

import dev.quarry.jdbc.Database
import dev.quarry.kotlin.createTables
import dev.quarry.kotlin.insertAll
import dev.quarry.kotlin.transaction
import dev.quarry.samples.tour.Orders
import dev.quarry.samples.tour.ordersPerMonth
import dev.quarry.samples.tour.overdue
import dev.quarry.samples.tour.weekendOrdersOf
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.nio.file.Files
import java.time.Instant
import java.time.LocalDate
import java.time.LocalDateTime

/** Runs the dates tour on SQLite: a month end, a leap year, weekends and the turn of the year. */
class DateTourSpec : FunSpec({
    val file = Files.createTempFile("dates", ".db").toFile()
    val db = Database.connect("jdbc:sqlite:${file.path}")
    beforeSpec {
        transaction(db) {
            createTables(Orders)
            data class Order(val placed: String, val shipped: String, val paid: String, val grace: Int, val delivered: String?)
            Orders.insertAll(
                listOf(
                    Order("2024-01-31", "2024-02-01T10:00", "2024-01-31T23:30:00Z", 3, "2024-02-03"),
                    Order("2024-03-02", "2024-03-04T09:00", "2024-03-02T08:15:00Z", 10, null),
                    Order("2024-03-31", "2024-04-01T11:00", "2024-03-31T18:45:00Z", 1, "2024-04-02"),
                    Order("2023-12-30", "2024-01-01T12:00", "2023-12-30T07:00:00Z", 5, "2024-01-02"),
                ),
            ) { row, order ->
                row[placed] = LocalDate.parse(order.placed)
                row[shipped] = LocalDateTime.parse(order.shipped)
                row[paid] = Instant.parse(order.paid)
                row[graceDays] = order.grace
                row[delivered] = order.delivered?.let(LocalDate::parse)
            }
        }
    }
    afterSpec {
        db.close()
        file.delete()
    }

    test("date parts pick the weekend orders of a year") {
        transaction(db) {
            weekendOrdersOf(2024).map { listOf(it.get(0), it.get(1), it.get(2)) } shouldBe
                listOf(listOf(2L, 3, 8), listOf(3L, 3, 18))
        }
    }

    test("truncation groups orders by month") {
        transaction(db) {
            ordersPerMonth().map { it.get(0) to it.get(1) } shouldBe listOf(
                LocalDate.of(2023, 12, 1) to 1L, LocalDate.of(2024, 1, 1) to 1L, LocalDate.of(2024, 3, 1) to 2L,
            )
        }
    }

    test("shifts clamp to the end of the month, and differences count days") {
        transaction(db) {
            overdue(LocalDate.of(2024, 3, 10)).map { listOf(it.get(0), it.get(1), it.get(2)) } shouldBe listOf(
                listOf(1L, LocalDate.of(2024, 2, 29), 3),
                listOf(4L, LocalDate.of(2024, 1, 30), 3),
            )
        }
    }
})
