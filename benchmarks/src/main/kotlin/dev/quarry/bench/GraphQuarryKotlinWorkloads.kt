package dev.quarry.bench

import dev.quarry.jdbc.Database
import dev.quarry.kotlin.between
import dev.quarry.kotlin.include
import dev.quarry.kotlin.select
import dev.quarry.kotlin.toList
import dev.quarry.kotlin.transaction
import kotlinx.coroutines.runBlocking

/** W8 through the Kotlin DSL at its default settings: one query with nested includes, decoded into `@Serializable` classes. */
class GraphQuarryKotlinWorkloads(private val db: Database) {

    /** The authors [first] to `first + count - 1` with their books and reviews: 3 statements in one transaction. */
    suspend fun load(first: Long, count: Int): List<KGraphAuthor> = transaction(db) {
        KAuthors.select { id between first..first + count - 1 }
            .orderBy(KAuthors.id)
            .include(KAuthors.books) { include(KBooks.reviews) }
            .toList<KGraphAuthor>()
    }

    /** [load] from a caller coroutine, for JMH's threads. */
    fun loadBlocking(first: Long, count: Int): List<KGraphAuthor> = runBlocking { load(first, count) }
}
