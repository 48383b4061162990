package dev.quarry.kotlin

import dev.quarry.sql.Condition
import dev.quarry.sql.Expression
import dev.quarry.sql.Include
import dev.quarry.sql.Order
import dev.quarry.sql.Relation

/**
 * Narrows one include inside `include(relation) { … }`: a filter and sort keys on the related
 * table [table], a per-parent limit, and nested includes of the related rows:
 *
 * ```
 * Authors.selectAll().include(Authors.books) {
 *     where { year gte 2000 }
 *     orderBy(Books.title)
 *     limitPerParent(3)
 *     include(Books.reviews)
 * }
 * ```
 *
 * Used while the lambda runs; not thread-safe.
 */
public class IncludeScope<C : dev.quarry.sql.Table> internal constructor(
    /** The related table, the receiver of [where]. */
    public val table: C,
    internal var include: Include,
) {
    /** Adds a filter on the related rows; several calls combine with AND. */
    public fun where(condition: C.() -> Condition) {
        include = include.where(table.condition())
    }

    /** Appends sort keys for each parent's related rows. */
    public fun orderBy(vararg keys: Order) {
        include = include.orderBy(*keys)
    }

    /** Appends ascending sort keys for each parent's related rows. */
    public fun orderBy(vararg expressions: Expression<*>) {
        include = include.orderBy(*expressions.map { it.asc() }.toTypedArray())
    }

    /** At most [count] related rows per parent row, the first in [orderBy] order (a window function). */
    public fun limitPerParent(count: Long) {
        include = include.limitPerParent(count)
    }

    /** Loads a relation of the related rows too, narrowed by [configure]. */
    public fun <N : dev.quarry.sql.Table> include(relation: Relation<in C, N>, configure: IncludeScope<N>.() -> Unit = {}) {
        include = include.include(includeOf(relation, configure))
    }
}

/** The include of [relation] narrowed by [configure]. */
internal fun <N : dev.quarry.sql.Table> includeOf(relation: Relation<*, N>, configure: IncludeScope<N>.() -> Unit): Include {
    @Suppress("UNCHECKED_CAST")
    val scope = IncludeScope(relation.child() as N, Include.of(relation))
    scope.configure()
    return scope.include
}

/**
 * This query with [relation]'s rows loaded together with its rows, narrowed by [configure]:
 * `Authors.select { country eq "UK" }.include(Authors.books) { include(Books.reviews) }`. See
 * [IncludingQuery] for the statements it runs.
 *
 * @throws dev.quarry.InvalidQueryException if the key columns the relation needs are not selected
 */
public fun <T : Table, C : dev.quarry.sql.Table> Query<T>.include(
    relation: Relation<in T, C>,
    configure: IncludeScope<C>.() -> Unit = {},
): IncludingQuery<T> = IncludingQuery(this, listOf(includeOf(relation, configure)))
