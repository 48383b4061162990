package dev.quarry.kotlin.reporting

import dev.quarry.kotlin.Query
import dev.quarry.kotlin.alias
import dev.quarry.kotlin.dateTrunc
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.select
import dev.quarry.kotlin.sum
import dev.quarry.sql.Cte
import dev.quarry.sql.DateUnit
import dev.quarry.sql.Expression
import dev.quarry.sql.Interval
import java.math.BigDecimal
import java.time.LocalDateTime

/**
 * Revenue per [unit] bucket beside the revenue of an earlier period: the orders shifted later by
 * [shift] (date arithmetic) and bucketed again, joined on the bucket. Its CTEs are named after [name].
 */
class ShiftedBuckets(unit: DateUnit, shift: Interval, name: String) {
    private val bucket = dateTrunc(unit, RepOrders.placed) alias "bucket"
    private val revenue = sum(lineAmount) alias "revenue"
    private val shiftedBucket = dateTrunc(unit, RepOrders.placed + shift) alias "bucket"
    private val before = sum(lineAmount) alias "before"

    /** Revenue per bucket. */
    val current: Cte = earningLines(bucket, revenue).groupBy(bucket).asCte("current_$name")

    /** Revenue of the shifted orders per bucket. */
    val previous: Cte = earningLines(shiftedBucket, before).groupBy(shiftedBucket).asCte("previous_$name")

    val bucketColumn: Expression<LocalDateTime> get() = current[bucket]
    val revenueColumn: Expression<BigDecimal?> get() = current[revenue]
    val beforeColumn: Expression<BigDecimal?> get() = previous[before]

    /** Bucket, revenue and the earlier revenue (NULL when none), then [more], over every bucket with revenue. */
    fun query(vararg more: Expression<*>): Query<Cte> =
        select(bucketColumn, revenueColumn, beforeColumn, *more).from(current).leftJoin(previous) { this[shiftedBucket] eq current[bucket] }

    companion object {
        /**
         * The same in PostgreSQL's SQL: the WITH clause of CTEs `cur` and `prev`, each of `bucket` and
         * `revenue`, for a `date_trunc` field and a shifting interval; bind [CANCELLED] twice.
         */
        fun postgresWith(field: String, interval: String): String =
            "WITH cur AS (SELECT date_trunc('$field', o.placed) AS bucket, SUM(l.quantity * l.unit_price) AS revenue " +
                "$EARNING_LINES_SQL GROUP BY 1), " +
                "prev AS (SELECT date_trunc('$field', o.placed + interval '$interval') AS bucket, " +
                "SUM(l.quantity * l.unit_price) AS revenue $EARNING_LINES_SQL GROUP BY 1) "

        /** The reference: revenue per bucket, and per bucket of the shifted orders. */
        fun reference(
            bucketOf: (LocalDateTime) -> LocalDateTime,
            shift: (LocalDateTime) -> LocalDateTime,
        ): Pair<Map<LocalDateTime, BigDecimal>, Map<LocalDateTime, BigDecimal>> =
            Sales.earning.groupBy { bucketOf(it.order.placed) }.mapValues { it.value.revenue() } to
                Sales.earning.groupBy { bucketOf(shift(it.order.placed)) }.mapValues { it.value.revenue() }
    }
}
