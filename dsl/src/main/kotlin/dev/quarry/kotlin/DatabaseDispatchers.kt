package dev.quarry.kotlin

import dev.quarry.jdbc.Database
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.Dispatchers

/**
 * The dispatcher each database's transactions run on by default: [Dispatchers.IO] itself, whose
 * threads may block. The database's connection permits bound how many of its transactions run at
 * once (a transaction waiting for one suspends and holds no thread), so no narrower view is needed;
 * and since [Dispatchers.IO] shares its threads with [Dispatchers.Default], a transaction started
 * from a coroutine on either usually goes on on the caller's thread, with no hand-off to another
 * one. A caller already on [Dispatchers.IO] is not dispatched at all. Thread-safe.
 */
internal object DatabaseDispatchers {
    /** The dispatcher of [db], the same object on every call. */
    @Suppress("UNUSED_PARAMETER")
    fun of(db: Database): CoroutineDispatcher = Dispatchers.IO
}
