package dev.quarry.kotlin

import dev.quarry.sql.Analytic
import dev.quarry.sql.Expression
import dev.quarry.sql.Order
import dev.quarry.sql.Window

/**
 * Builds a window: `rank() over { partitionBy(Posts.userId); orderBy(Posts.score.desc()) }`.
 * Frames: `rows(unboundedPreceding, currentRow)`, `range(preceding(2), following(2))`.
 */
public class WindowBuilder internal constructor() {
    private var window: Window = Window.ALL

    /** The start of the partition. */
    public val unboundedPreceding: Window.Frame.Bound get() = Window.Frame.Bound.UNBOUNDED_PRECEDING

    /** The current row. */
    public val currentRow: Window.Frame.Bound get() = Window.Frame.Bound.CURRENT_ROW

    /** The end of the partition. */
    public val unboundedFollowing: Window.Frame.Bound get() = Window.Frame.Bound.UNBOUNDED_FOLLOWING

    /** [rows] before the current row. */
    public fun preceding(rows: Long): Window.Frame.Bound = Window.Frame.Bound.preceding(rows)

    /** [rows] after the current row. */
    public fun following(rows: Long): Window.Frame.Bound = Window.Frame.Bound.following(rows)

    public fun partitionBy(vararg expressions: Expression<*>) {
        window = window.andPartitionBy(*expressions)
    }

    public fun orderBy(vararg keys: Order) {
        window = window.andOrderBy(*keys)
    }

    /** Ascending sort keys. */
    public fun orderBy(vararg expressions: Expression<*>) {
        window = window.andOrderBy(*expressions.map { it.asc() }.toTypedArray())
    }

    /** `ROWS BETWEEN start AND end`. */
    public fun rows(start: Window.Frame.Bound, end: Window.Frame.Bound) {
        window = window.rows(start, end)
    }

    /** `RANGE BETWEEN start AND end`. */
    public fun range(start: Window.Frame.Bound, end: Window.Frame.Bound) {
        window = window.range(start, end)
    }

    internal fun build(): Window = window
}

/** This aggregate or window function over a window. */
public infix fun <T> Analytic<T>.over(window: WindowBuilder.() -> Unit): Analytic.Over<T> =
    Analytic.Over(this, WindowBuilder().apply(window).build())
