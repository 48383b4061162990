package dev.quarry.faults

import dev.quarry.jdbc.CommitOutcomeUnknownException
import dev.quarry.kotlin.transaction
import dev.quarry.testkit.RestartableServer
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.shouldBe
import java.time.Duration
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicBoolean
import java.util.concurrent.atomic.AtomicInteger
import kotlin.time.Duration.Companion.seconds
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.delay
import kotlinx.coroutines.joinAll
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeout

/**
 * A server stopped and started again while eight callers write: transactions fail while it is
 * down, nothing hangs, every commit that was acknowledged is there afterwards, every transaction
 * that failed otherwise saved nothing, and the pool recovers by itself. Runs on a server of its
 * own, never the one the other suites share.
 */
class ServerRestartSpec : FunSpec({

    onEveryServer { family ->
        test("every acknowledged commit survives a restart under load, and nothing hangs") {
            RestartableServer.start(family).use { server ->
                FaultDatabases.openUrl(server.jdbcUrl(), "faults-restart-$family", poolSize = 4) {
                    connectionTimeout(Duration.ofSeconds(2))
                }.use { db ->
                    freshLedger(db)
                    val acknowledged = ConcurrentHashMap.newKeySet<Int>()
                    val unknown = ConcurrentHashMap.newKeySet<Int>()
                    val failed = ConcurrentHashMap.newKeySet<Int>()
                    val afterRestart = AtomicInteger()
                    val restarted = AtomicBoolean()
                    val done = AtomicBoolean()
                    val next = AtomicInteger()
                    coroutineScope {
                        val writers = (0 until 8).map { writer ->
                            launch(Dispatchers.Default) {
                                while (!done.get()) {
                                    val txn = next.incrementAndGet()
                                    try {
                                        if (writer % 2 == 0) {
                                            transaction(db) { (1..3).forEach { step -> record(txn, step) } }
                                        } else {
                                            withContext(Dispatchers.IO) {
                                                db.inTransaction { tx ->
                                                    (1..3).forEach { step ->
                                                        tx.insertInto(Ledger).set(Ledger.txn, txn).set(Ledger.step, step).execute()
                                                    }
                                                }
                                            }
                                        }
                                        acknowledged += txn
                                        if (restarted.get()) afterRestart.incrementAndGet()
                                    } catch (outcomeUnknown: CommitOutcomeUnknownException) {
                                        unknown += txn
                                    } catch (failure: Exception) {
                                        failed += txn
                                        delay(20)
                                    }
                                }
                            }
                        }
                        delay(1_500)
                        server.stop()
                        // Down longer than the connection timeout: callers waiting for a connection give up meanwhile.
                        delay(3_000)
                        server.start()
                        restarted.set(true)
                        delay(3_000)
                        done.set(true)
                        withTimeout(60.seconds) { writers.joinAll() }
                    }
                    val rows = rowsByTransaction(db)
                    acknowledged.filter { rows[it] != 3L }.shouldBeEmpty()
                    failed.filter { rows.containsKey(it) }.shouldBeEmpty()
                    unknown.filter { (rows[it] ?: 0L) !in setOf(0L, 3L) }.shouldBeEmpty()
                    rows.keys.filterNot { it in acknowledged || it in unknown }.shouldBeEmpty()
                    failed.size shouldBeGreaterThan 0
                    afterRestart.get() shouldBeGreaterThan 0
                    db.internals().awaitIdle(Duration.ofSeconds(15)) shouldBe true
                    shouldHoldOnlyPooledSessions(db, 4)
                }
            }
        }
    }
})
