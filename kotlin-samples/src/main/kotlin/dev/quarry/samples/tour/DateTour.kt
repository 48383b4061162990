package dev.quarry.samples.tour

import dev.quarry.jdbc.Row
import dev.quarry.kotlin.alias
import dev.quarry.kotlin.and
import dev.quarry.kotlin.count
import dev.quarry.kotlin.dateTrunc
import dev.quarry.kotlin.dayOfWeek
import dev.quarry.kotlin.days
import dev.quarry.kotlin.daysBetween
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.gt
import dev.quarry.kotlin.hour
import dev.quarry.kotlin.lt
import dev.quarry.kotlin.month
import dev.quarry.kotlin.months
import dev.quarry.kotlin.select
import dev.quarry.kotlin.year
import dev.quarry.sql.DateUnit
import java.time.LocalDate

// Dates and times in Kotlin. docs/query-language.md shows each region between "docs:" markers; the
// samples' tests run them all on SQLite.

// docs:date-parts
suspend fun weekendOrdersOf(calendarYear: Int): List<Row> =
    Orders.select(Orders.id, month(Orders.placed) alias "month", hour(Orders.paid) alias "hour")
        .where { (year(placed) eq calendarYear) and (dayOfWeek(placed) gt 5) }
        .orderBy(Orders.id).toList()
// docs:end

// docs:date-trunc
suspend fun ordersPerMonth(): List<Row> {
    val month = dateTrunc(DateUnit.MONTH, Orders.placed)
    return Orders.select(month alias "month", count() alias "orders")
        .groupBy(month).orderBy(month).toList()
}
// docs:end

// docs:date-arithmetic
suspend fun overdue(today: LocalDate): List<Row> =
    Orders.select(Orders.id, Orders.placed + months(1) alias "renewal", daysBetween(Orders.placed, Orders.delivered))
        .where { placed + days(graceDays) lt today }
        .orderBy(Orders.id).toList()
// docs:end
