package dev.quarry.kotlin

import dev.quarry.jdbc.Database
import java.util.WeakHashMap
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.Dispatchers

/**
 * The dispatcher each database's transactions run on by default: a view of [Dispatchers.IO]
 * limited to as many threads as the database pools connections. Sharing the threads of
 * [Dispatchers.Default] and [Dispatchers.IO], a transaction started from a coroutine on either
 * usually goes on on the same thread instead of handing its work to another one. One dispatcher
 * per database, kept while the database object lives. Thread-safe.
 */
internal object DatabaseDispatchers {
    private val byDatabase = WeakHashMap<Database, CoroutineDispatcher>()

    /** The dispatcher of [db], the same object on every call. */
    fun of(db: Database): CoroutineDispatcher = synchronized(byDatabase) {
        byDatabase.getOrPut(db) { Dispatchers.IO.limitedParallelism(db.config().poolSize()) }
    }
}
