package dev.quarry.kotlin

import dev.quarry.jdbc.Database
import java.util.WeakHashMap
import kotlin.coroutines.ContinuationInterceptor
import kotlin.coroutines.CoroutineContext
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

    /**
     * Whether a transaction meant for a database's dispatcher may run where [caller] runs instead:
     * on [Dispatchers.IO] itself, whose threads may block, so staying saves the hand-off to another
     * thread and back; the connection permits still bound how many transactions run at once, and
     * timeouts and cancellation come from other threads. Any other dispatcher hands off, the event
     * loop of `runBlocking` too: blocked in JDBC, it could not run the timeout or sibling coroutine
     * that cancels the statement.
     */
    fun mayStayOn(caller: CoroutineContext): Boolean = caller[ContinuationInterceptor] === Dispatchers.IO

    /** The dispatcher of [db], the same object on every call. */
    fun of(db: Database): CoroutineDispatcher = synchronized(byDatabase) {
        byDatabase.getOrPut(db) { Dispatchers.IO.limitedParallelism(db.config().poolSize()) }
    }
}
