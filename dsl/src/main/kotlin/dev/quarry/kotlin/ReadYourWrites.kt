package dev.quarry.kotlin

import dev.quarry.jdbc.cluster.ReplicationPosition
import java.util.concurrent.atomic.AtomicReference
import kotlin.coroutines.AbstractCoroutineContextElement
import kotlin.coroutines.CoroutineContext

/**
 * Read-your-writes for [DatabaseCluster][dev.quarry.jdbc.cluster.DatabaseCluster] transactions of
 * the coroutines that carry this element: after a read-write `transaction(cluster) { }` commits,
 * it holds the primary's replication position, and a later read-only `transaction(cluster)` waits
 * for its replica to replay that position (at most the cluster's read-your-writes timeout, then it
 * reads on the primary).
 *
 * ```
 * withContext(ReadYourWrites()) {
 *     transaction(cluster) { Users.insert { it[name] = "Ada" } }
 *     transaction(cluster, READ_ONLY) { Users.select { name eq "Ada" }.single() } // sees Ada
 * }
 * ```
 *
 * Start it with a position to continue from a Java caller's [ReplicationPosition]. The element
 * is shared by the coroutines of its scope and keeps the latest position one of them recorded;
 * thread-safe.
 */
public class ReadYourWrites(initial: ReplicationPosition? = null) : AbstractCoroutineContextElement(Key) {
    private val latest = AtomicReference(initial)

    /** The position later reads must see, or null before any commit was recorded. */
    public val position: ReplicationPosition?
        get() = latest.get()

    internal fun record(position: ReplicationPosition) {
        latest.set(position)
    }

    /** The context key. */
    public companion object Key : CoroutineContext.Key<ReadYourWrites>

    override fun toString(): String = "ReadYourWrites(${position?.value()})"
}
