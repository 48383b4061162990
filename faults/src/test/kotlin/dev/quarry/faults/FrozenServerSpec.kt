package dev.quarry.faults

import dev.quarry.kotlin.exec
import dev.quarry.kotlin.transaction
import dev.quarry.testkit.RestartableServer
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.longs.shouldBeLessThan
import io.kotest.matchers.shouldBe
import java.time.Duration
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import kotlin.time.Duration.Companion.seconds
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeout

/**
 * Cancelling never waits for the server: a cancelled coroutine or future returns at once even when
 * the server is frozen and cannot take the cancel request (a driver sending it would block for
 * seconds). Once the server wakes, the statement stops, the transaction rolls back and the
 * connection serves the next transaction. Runs on a server of its own.
 */
class FrozenServerSpec : FunSpec({

    onEveryServer { family ->
        test("cancelling a coroutine or a future returns at once while the server is frozen, and still rolls back") {
            RestartableServer.start(family).use { server ->
                // One connection: the transaction after the cancelled one runs on the very same connection.
                FaultDatabases.openUrl(server.jdbcUrl(), "faults-frozen-$family", poolSize = 1).use { db ->
                    freshLedger(db)
                    val slow = SlowWrite.of(db)
                    coroutineScope {
                        val started = CompletableDeferred<Unit>()
                        val job = launch(Dispatchers.Default) {
                            transaction(db) {
                                record(1, 1)
                                started.complete(Unit)
                                exec(slow.sql(60_000), 1)
                            }
                        }
                        started.await()
                        delay(300)
                        millisFrozenWhile(server) { job.cancel() } shouldBeLessThan 1_000L
                        withTimeout(30.seconds) { job.join() }
                        job.isCancelled shouldBe true
                    }

                    val started = CountDownLatch(1)
                    val future = db.transactionAsync { tx ->
                        tx.insertInto(Ledger).set(Ledger.txn, 2).set(Ledger.step, 1).execute()
                        started.countDown()
                        tx.execute(slow.sql(60_000), 2)
                    }
                    withContext(Dispatchers.IO) { started.await(30, TimeUnit.SECONDS) } shouldBe true
                    delay(300)
                    millisFrozenWhile(server) { future.cancel(true) } shouldBeLessThan 1_000L
                    db.internals().awaitIdle(Duration.ofSeconds(30)) shouldBe true

                    transaction(db) { record(3, 1) }
                    rowsByTransaction(db) shouldBe mapOf(3 to 1L)
                }
            }
        }
    }
})

/** How long [cancel] took, run while the server is frozen; the server runs again afterwards. */
private fun millisFrozenWhile(server: RestartableServer, cancel: () -> Unit): Long {
    server.pause()
    try {
        val started = System.nanoTime()
        cancel()
        return (System.nanoTime() - started) / 1_000_000
    } finally {
        server.resume()
    }
}
