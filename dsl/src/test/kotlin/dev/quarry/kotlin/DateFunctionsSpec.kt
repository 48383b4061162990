package dev.quarry.kotlin

import dev.quarry.jdbc.Database
import dev.quarry.sql.DatePart
import dev.quarry.sql.DateUnit
import dev.quarry.sql.Expression
import dev.quarry.sql.Functions
import dev.quarry.sql.SqlType
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.math.BigDecimal
import java.time.DayOfWeek
import java.time.Instant
import java.time.LocalDate
import java.time.LocalDateTime
import java.time.ZoneOffset
import java.time.temporal.ChronoUnit
import java.time.temporal.IsoFields
import java.time.temporal.TemporalAdjusters

/** Events at awkward moments: month ends, a leap day, the turn of the year, Sundays, fractions near a whole second. */
object Moments : Table("dt_moments") {
    val id = long("id")
    val day = date("day")
    val at = datetime("at")
    val instant = timestamp("instant")
    val price = decimal("price", 8, 2)
    val step = integer("step")
    override val primaryKey = primaryKey(id)
}

private data class Moment(val id: Long, val at: LocalDateTime, val price: String, val step: Int) {
    val day: LocalDate get() = at.toLocalDate()
    val instant: Instant get() = at.toInstant(ZoneOffset.UTC)
}

private val moments = listOf(
    Moment(1, LocalDateTime.of(2024, 1, 31, 23, 59, 59, 999_999_000), "0.05", 1),
    Moment(2, LocalDateTime.of(2024, 2, 29, 12, 30, 45, 500_000_000), "0.06", 12),
    Moment(3, LocalDateTime.of(2023, 12, 31, 0, 0, 0), "0.07", -1),
    Moment(4, LocalDateTime.of(2025, 1, 1, 8, 15, 0, 1_000), "0.08", -2),
    Moment(5, LocalDateTime.of(2024, 6, 9, 17, 5, 9, 250_000_000), "0.04", 3),
    Moment(6, LocalDateTime.of(2024, 8, 31, 6, 0, 1), "0.10", 6),
)

private suspend fun freshMoments(db: Database) {
    transaction(db) {
        dropTables(Moments)
        createTables(Moments)
        Moments.insertAll(moments) { row, moment ->
            row[id] = moment.id
            row[day] = moment.day
            row[at] = moment.at
            row[instant] = moment.instant
            row[price] = BigDecimal(moment.price)
            row[step] = moment.step
        }
    }
}

private fun LocalDate.truncated(unit: DateUnit): LocalDate = when (unit) {
    DateUnit.YEAR -> withDayOfYear(1)
    DateUnit.QUARTER -> with(IsoFields.DAY_OF_QUARTER, 1)
    DateUnit.MONTH -> withDayOfMonth(1)
    DateUnit.WEEK -> with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
    else -> this
}

private fun LocalDateTime.truncated(unit: DateUnit): LocalDateTime = when (unit) {
    DateUnit.HOUR -> truncatedTo(ChronoUnit.HOURS)
    DateUnit.MINUTE -> truncatedTo(ChronoUnit.MINUTES)
    DateUnit.SECOND -> truncatedTo(ChronoUnit.SECONDS)
    else -> toLocalDate().truncated(unit).atStartOfDay()
}

private fun LocalDateTime.plus(amount: Int, unit: DateUnit): LocalDateTime = when (unit) {
    DateUnit.YEAR -> plusYears(amount.toLong())
    DateUnit.QUARTER -> plusMonths(3L * amount)
    DateUnit.MONTH -> plusMonths(amount.toLong())
    DateUnit.WEEK -> plusWeeks(amount.toLong())
    DateUnit.DAY -> plusDays(amount.toLong())
    DateUnit.HOUR -> plusHours(amount.toLong())
    DateUnit.MINUTE -> plusMinutes(amount.toLong())
    DateUnit.SECOND -> plusSeconds(amount.toLong())
}

private fun interval(amount: Int, unit: DateUnit) = when (unit) {
    DateUnit.YEAR -> years(amount)
    DateUnit.QUARTER -> quarters(amount)
    DateUnit.MONTH -> months(amount)
    DateUnit.WEEK -> weeks(amount)
    DateUnit.DAY -> days(amount)
    DateUnit.HOUR -> hours(amount)
    DateUnit.MINUTE -> minutes(amount)
    DateUnit.SECOND -> seconds(amount)
}

/** Date parts, truncation, shifts and differences, run on every dialect; the answers must be java.time's. */
class DateFunctionsSpec : FunSpec({

    suspend fun <T> column(expression: Expression<T>): List<T> =
        Moments.select(expression).orderBy(Moments.id).toList().map { it[expression] }

    suspend fun ids(condition: dev.quarry.sql.Condition): List<Long> =
        Moments.select(Moments.id).where { condition }.orderBy(Moments.id).toList().map { it[Moments.id] }

    onEveryDialect { db ->

        test("date parts of dates, date-times and instants are java.time's, days of the week ISO") {
            freshMoments(db)
            transaction(db) {
                for (value in listOf<Expression<out java.time.temporal.Temporal>>(Moments.day, Moments.at, Moments.instant)) {
                    column(year(value)) shouldBe moments.map { it.day.year }
                    column(quarter(value)) shouldBe moments.map { it.day.get(IsoFields.QUARTER_OF_YEAR) }
                    column(month(value)) shouldBe moments.map { it.day.monthValue }
                    column(day(value)) shouldBe moments.map { it.day.dayOfMonth }
                    column(dayOfWeek(value)) shouldBe moments.map { it.day.dayOfWeek.value }
                    column(extract(DatePart.DAY_OF_WEEK, value)) shouldBe moments.map { it.day.dayOfWeek.value }
                }
                for (value in listOf<Expression<out java.time.temporal.Temporal>>(Moments.at, Moments.instant)) {
                    column(hour(value)) shouldBe moments.map { it.at.hour }
                    column(minute(value)) shouldBe moments.map { it.at.minute }
                    column(second(value)) shouldBe moments.map { it.at.second }
                }
                ids(dayOfWeek(Moments.day) eq 7) shouldBe listOf(3L, 5L)
                ids(year(Moments.instant) eq 2024 and (quarter(Moments.at) eq 1)) shouldBe listOf(1L, 2L)
            }
        }

        test("a date part of something that is not a date, or a time of day of a date, fails before any SQL") {
            // Kotlin refuses a decimal at compile time; Java code or an unchecked cast reaches the check.
            @Suppress("UNCHECKED_CAST")
            val notADate = Moments.price as Expression<LocalDate>
            shouldThrow<IllegalArgumentException> { year(notADate) }.message shouldBe
                "the year needs a DATE, DATETIME or TIMESTAMP expression, but dt_moments.price is DecimalType[precision=8, scale=2]"
            shouldThrow<IllegalArgumentException> { hour(Moments.day) }.message shouldBe
                "a date has no hour: dt_moments.day is a DATE; use a DATETIME or TIMESTAMP expression"
            shouldThrow<IllegalArgumentException> { dateTrunc(DateUnit.HOUR, Moments.day) }.message shouldBe
                "a date cannot be truncated to the hour: dt_moments.day is a DATE, which has no time of day"
            shouldThrow<IllegalArgumentException> { Moments.day + hours(1) }.message shouldBe
                "cannot add hours to a date: dt_moments.day is a DATE, which has no time of day; use days or a DATETIME"
        }

        test("truncation keeps the type and its stored form; weeks start on Monday") {
            freshMoments(db)
            transaction(db) {
                for (unit in DateUnit.entries) {
                    if (!unit.isTimeOfDay) {
                        column(dateTrunc(unit, Moments.day)) shouldBe moments.map { it.day.truncated(unit) }
                    }
                    column(dateTrunc(unit, Moments.at)) shouldBe moments.map { it.at.truncated(unit) }
                    column(dateTrunc(unit, Moments.instant)) shouldBe moments.map { it.at.truncated(unit).toInstant(ZoneOffset.UTC) }
                }
                ids(dateTrunc(DateUnit.MONTH, Moments.day) eq LocalDate.of(2024, 1, 1)) shouldBe listOf(1L)
                ids(dateTrunc(DateUnit.WEEK, Moments.at) eq LocalDateTime.of(2024, 6, 3, 0, 0)) shouldBe listOf(5L)
                ids(dateTrunc(DateUnit.DAY, Moments.instant) eq Instant.parse("2023-12-31T00:00:00Z")) shouldBe listOf(3L)
                ids(dateTrunc(DateUnit.SECOND, Moments.at) eq Moments.at) shouldBe listOf(3L, 6L)
            }
        }

        test("shifts by bound amounts are java.time's; months and years clamp to the end of the month") {
            freshMoments(db)
            transaction(db) {
                for (unit in DateUnit.entries) {
                    for (amount in listOf(1, -1, 13)) {
                        if (!unit.isTimeOfDay) {
                            column(Moments.day + interval(amount, unit)) shouldBe
                                moments.map { it.at.plus(amount, unit).toLocalDate() }
                        }
                        column(Moments.at + interval(amount, unit)) shouldBe moments.map { it.at.plus(amount, unit) }
                        column(Moments.instant - interval(amount, unit)) shouldBe
                            moments.map { it.at.plus(-amount, unit).toInstant(ZoneOffset.UTC) }
                    }
                }
                column(Moments.day + months(1)).first() shouldBe LocalDate.of(2024, 2, 29)
                column(Moments.day + years(1))[1] shouldBe LocalDate.of(2025, 2, 28)
            }
        }

        test("shifts by column amounts, and shifted values compare with stored and bound ones exactly") {
            freshMoments(db)
            transaction(db) {
                column(Moments.day + months(Moments.step)) shouldBe moments.map { it.day.plusMonths(it.step.toLong()) }
                column(Moments.at - days(Moments.step)) shouldBe moments.map { it.at.minusDays(it.step.toLong()) }
                column(Moments.instant + hours(Moments.step)) shouldBe moments.map { it.instant.plus(it.step.toLong(), ChronoUnit.HOURS) }
                ids(Moments.day + months(1) eq LocalDate.of(2024, 2, 29)) shouldBe listOf(1L)
                ids(Moments.at + days(1) eq LocalDateTime.of(2024, 2, 1, 23, 59, 59, 999_999_000)) shouldBe listOf(1L)
                ids(Moments.instant + months(6) eq Instant.parse("2024-08-29T12:30:45.5Z")) shouldBe listOf(2L)
                ids(Moments.at + months(0) eq Moments.at) shouldBe moments.map { it.id }
                ids(Moments.instant + seconds(0) eq Moments.instant) shouldBe moments.map { it.id }
                ids(Moments.instant - minutes(1) lt Moments.instant) shouldBe moments.map { it.id }
                ids(Moments.day + days(1) gt LocalDate.of(2024, 6, 9)) shouldBe listOf(4L, 5L, 6L)
                ids((Moments.at + hours(1)) between LocalDateTime.of(2024, 2, 1, 0, 0)..LocalDateTime.of(2024, 2, 1, 1, 0)) shouldBe
                    listOf(1L)
            }
        }

        test("instants are read in UTC whatever the session's time zone") {
            freshMoments(db)
            transaction(db) {
                when (db.dialect().name()) {
                    "postgresql" -> exec("SET LOCAL TIME ZONE 'America/St_Johns'")
                    "mysql", "mariadb" -> {
                        exec("SET @quarry_saved_zone = @@session.time_zone")
                        exec("SET time_zone = '+05:45'")
                    }
                    else -> Unit // SQLite has no session time zone; its instants are UTC text.
                }
                try {
                    column(hour(Moments.instant)) shouldBe moments.map { it.at.hour }
                    column(day(Moments.instant)) shouldBe moments.map { it.at.dayOfMonth }
                    column(dateTrunc(DateUnit.DAY, Moments.instant)) shouldBe
                        moments.map { it.at.truncatedTo(ChronoUnit.DAYS).toInstant(ZoneOffset.UTC) }
                    column(Moments.instant + months(1)) shouldBe moments.map { it.at.plusMonths(1).toInstant(ZoneOffset.UTC) }
                    column(daysBetween(Moments.instant, Moments.instant + days(1))) shouldBe moments.map { 1 }
                } finally {
                    if (db.dialect().name() in setOf("mysql", "mariadb")) exec("SET time_zone = @quarry_saved_zone")
                }
            }
        }

        test("differences count whole days and seconds, truncated toward zero") {
            freshMoments(db)
            transaction(db) {
                val date = LocalDate.of(2024, 3, 1)
                val dateTime = LocalDateTime.of(2024, 3, 1, 12, 30, 45, 750_000_000)
                val instant = dateTime.toInstant(ZoneOffset.UTC)
                column(daysBetween(Moments.day, Functions.value(date, SqlType.DATE))) shouldBe
                    moments.map { ChronoUnit.DAYS.between(it.day, date).toInt() }
                column(secondsBetween(Moments.day, Functions.value(date, SqlType.DATE))) shouldBe
                    moments.map { ChronoUnit.SECONDS.between(it.day.atStartOfDay(), date.atStartOfDay()) }
                column(daysBetween(Moments.at, Functions.value(dateTime, SqlType.DATETIME))) shouldBe
                    moments.map { ChronoUnit.DAYS.between(it.at, dateTime).toInt() }
                column(secondsBetween(Functions.value(dateTime, SqlType.DATETIME), Moments.at)) shouldBe
                    moments.map { ChronoUnit.SECONDS.between(dateTime, it.at) }
                column(secondsBetween(Moments.instant, Functions.value(instant, SqlType.TIMESTAMP))) shouldBe
                    moments.map { ChronoUnit.SECONDS.between(it.instant, instant) }
                column(daysBetween(Moments.instant, Functions.value(instant, SqlType.TIMESTAMP))) shouldBe
                    moments.map { ChronoUnit.DAYS.between(it.instant, instant).toInt() }
            }
        }

        test("arithmetic on decimal literals is exact, also where decimals are stored as doubles") {
            freshMoments(db)
            transaction(db) {
                val six = literal(BigDecimal("0.06"))
                val expected = ids(Moments.price.between(BigDecimal("0.05"), BigDecimal("0.07")))
                expected shouldBe listOf(1L, 2L, 3L)
                ids(Moments.price.between(six - BigDecimal("0.01"), six + BigDecimal("0.01"))) shouldBe expected
                ids(Moments.price eq (literal(BigDecimal("0.10")) - BigDecimal("0.03") - BigDecimal("0.02"))) shouldBe listOf(1L)
                ids(Moments.price eq literal(BigDecimal("0.02")) * BigDecimal("3.5")) shouldBe listOf(3L)
            }
        }
    }
})
