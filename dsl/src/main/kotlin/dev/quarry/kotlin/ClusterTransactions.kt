package dev.quarry.kotlin

import dev.quarry.jdbc.Propagation
import dev.quarry.jdbc.TransactionOptions
import dev.quarry.jdbc.cluster.DatabaseCluster
import dev.quarry.jdbc.cluster.ReplicationPosition
import dev.quarry.jdbc.internal.cluster.ClusterMember
import dev.quarry.jdbc.internal.cluster.ReplicaFailures
import kotlin.coroutines.cancellation.CancellationException
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.withContext

/**
 * Runs [block] in a transaction of [cluster]: on a replica its policy picks when [options] are
 * read-only, on the primary otherwise, with everything `transaction(db) { }` does on that database.
 *
 * A replica that cannot give a connection or refuses sessions is left out for the cluster's
 * back-off period, and the transaction goes to another replica or the primary — only before
 * [block] started; a failure after that reaches the caller and [block] never moves to another
 * server halfway. Inside a transaction of one of the cluster's databases, it joins that
 * transaction. With [ReadYourWrites] in the coroutine context, a read-write transaction records the
 * primary's position after its commit, and a read-only one waits for its replica to replay it.
 */
public suspend fun <R> transaction(
    cluster: DatabaseCluster,
    options: TransactionOptions = TransactionOptions.DEFAULT,
    block: suspend CoroutineScope.() -> R,
): R {
    val context = currentCoroutineContext()
    val routing = cluster.routing()
    val open = context[TransactionElement]?.transaction?.takeIf { it.isActive }?.database()
    if (open != null && options.propagation() != Propagation.REQUIRES_NEW && routing.memberOf(open) != null) {
        return transaction(open, options, block = block)
    }
    val readYourWrites = context[ReadYourWrites]
    val after = if (options.isReadOnly) readYourWrites?.position else null
    var member = routing.first(options.isReadOnly)
    while (true) {
        if (after != null && member.isReplica && !caughtUp(cluster, member, after)) {
            member = routing.primary()
        }
        val running = member
        var started = false
        running.enter()
        val result = try {
            transaction(running.database(), options) {
                started = true
                block()
            }
        } catch (failure: Throwable) {
            if (failure is CancellationException || !running.isReplica || !ReplicaFailures.meansUnavailable(failure)) {
                throw failure
            }
            routing.markUnavailable(running)
            member = (if (started) null else routing.after(running)) ?: throw failure
            continue
        } finally {
            running.leave()
        }
        if (readYourWrites != null && !options.isReadOnly) {
            readYourWrites.record(withContext(cluster.primary().dispatcher) { cluster.catchUp().primaryPosition() })
        }
        return result
    }
}

/** Whether the replica replayed the position in time; a replica found unavailable is left out and is not. */
private suspend fun caughtUp(cluster: DatabaseCluster, replica: ClusterMember, after: ReplicationPosition): Boolean =
    withContext(replica.database().dispatcher) {
        try {
            cluster.catchUp().await(replica.database(), after)
        } catch (failure: RuntimeException) {
            if (!ReplicaFailures.meansUnavailable(failure)) {
                throw failure
            }
            cluster.routing().markUnavailable(replica)
            false
        }
    }
