package dev.quarry.kotlin

import dev.quarry.jdbc.Row
import dev.quarry.jdbc.RowTree
import dev.quarry.jdbc.internal.relations.IncludeLoader
import dev.quarry.sql.Include
import dev.quarry.sql.Relation
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow

/**
 * A query with relations loaded together with its rows, made by [include]. Its terminal operations
 * return [RowTree]s, or `@Serializable` classes with [into], and run inside `transaction { }`:
 * 1 statement for the rows, then one per include and batch of parent keys (a batch holds as many
 * keys as the dialect's bind limit allows), level by level, never one per parent row; all of them
 * in the caller's transaction. Includes are checked when added. Immutable.
 */
public class IncludingQuery<T : Table> internal constructor(
    /** The query of the parent rows. */
    public val query: Query<T>,
    /** The includes, in the order they load. */
    public val includes: List<Include>,
) {
    init {
        IncludeLoader.check(query.statement, includes)
    }

    /** Loads another relation of the parent rows, narrowed by [configure]. */
    public fun <C : dev.quarry.sql.Table> include(
        relation: Relation<in T, C>,
        configure: IncludeScope<C>.() -> Unit = {},
    ): IncludingQuery<T> = IncludingQuery(query, includes + includeOf(relation, configure))

    /** All rows with their related rows. */
    public suspend fun toList(): List<RowTree> = load(query.toList())

    /**
     * The only row with its related rows.
     *
     * @throws NoSuchElementException if there is none
     * @throws dev.quarry.jdbc.TooManyRowsException if there are more
     */
    public suspend fun single(): RowTree = load(listOf(query.single()))[0]

    /** The first row in the query's order with its related rows, or null. */
    public suspend fun firstOrNull(): RowTree? = query.firstOrNull()?.let { load(listOf(it))[0] }

    /**
     * The rows as a flow of trees: the parent rows are read [fetchSize] at a time and each such chunk's
     * relations are loaded together (one statement per include level and chunk). Collect it inside the
     * `transaction { }` it reads.
     */
    public fun asFlow(fetchSize: Int = 500): Flow<RowTree> = flow {
        val chunk = ArrayList<Row>(fetchSize)
        query.asFlow(fetchSize).collect { row ->
            chunk.add(row)
            if (chunk.size == fetchSize) {
                load(chunk).forEach { emit(it) }
                chunk.clear()
            }
        }
        if (chunk.isNotEmpty()) load(chunk).forEach { emit(it) }
    }

    private suspend fun load(rows: List<Row>): List<RowTree> =
        onTransaction({ "${query.label} query include" }) { IncludeLoader.load(it.view, rows, includes) }

    override fun toString(): String = "IncludingQuery(${query.statement}, $includes)"
}
