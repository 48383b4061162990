package dev.quarry.faults

import dev.quarry.jdbc.CommitOutcomeUnknownException
import dev.quarry.jdbc.ConnectionLostException
import dev.quarry.jdbc.RetryPolicy
import dev.quarry.jdbc.TransactionOptions
import dev.quarry.kotlin.exec
import dev.quarry.kotlin.transaction
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.time.Duration
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withContext

/**
 * Server sessions ended under the pool (a restart, a failover, a proxy's idle timeout, an
 * administrator): idle ones cost no transaction, a busy one fails its own transaction cleanly, and
 * a commit on a lost connection is reported as of unknown outcome and never retried.
 */
class DeadSessionsSpec : FunSpec({

    val retried = TransactionOptions.DEFAULT.retry(RetryPolicy.onTransientFailure(3, Duration.ofMillis(10), Duration.ofMillis(50)))

    onEveryServer { family ->
        test("with every pooled session killed, the next 60 transactions all succeed") {
            val poolSize = 4
            FaultDatabases.open(family, "faults-dead-idle-$family", poolSize).use { db ->
                freshLedger(db)
                val sessions = ServerSessions(db)
                repeat(3) { round ->
                    // Use every connection at once, so the pool trusts them all for its next half second, then kill them.
                    val allHeld = CountDownLatch(poolSize)
                    coroutineScope {
                        repeat(poolSize) {
                            launch {
                                transaction(db) {
                                    record(-1, round)
                                    allHeld.countDown()
                                    withContext(Dispatchers.IO) { allHeld.await(10, TimeUnit.SECONDS) }
                                }
                            }
                        }
                    }
                    val ids = sessions.ids()
                    ids.size shouldBe poolSize
                    sessions.kill(ids)
                    val failures = CopyOnWriteArrayList<String>()
                    coroutineScope {
                        (0 until 60).map { n ->
                            async(Dispatchers.Default) {
                                val txn = round * 100 + n
                                runCatching {
                                    if (n % 2 == 0) {
                                        transaction(db) { record(txn, 1); record(txn, 2) }
                                    } else {
                                        db.transaction { tx ->
                                            tx.insertInto(Ledger).set(Ledger.txn, txn).set(Ledger.step, 1).execute()
                                            tx.insertInto(Ledger).set(Ledger.txn, txn).set(Ledger.step, 2).execute()
                                        }
                                    }
                                }.onFailure { failures += "transaction $txn: $it" }
                            }
                        }.awaitAll()
                    }
                    failures.shouldBeEmpty()
                }
                val rows = rowsByTransaction(db)
                (0 until 3).flatMap { round -> (0 until 60).map { round * 100 + it } }.filter { rows[it] != 2L }.shouldBeEmpty()
                shouldHoldOnlyPooledSessions(db, poolSize)
            }
        }

        test("a session killed in the middle of a statement fails its transaction, which saves nothing, and the pool recovers") {
            val poolSize = 2
            FaultDatabases.open(family, "faults-dead-busy-$family", poolSize).use { db ->
                freshLedger(db)
                val slow = SlowWrite.of(db)
                val sleeping = if (family == "postgresql") "pg_sleep" else "SLEEP"
                coroutineScope {
                    val killer = launch { ServerSessions(db).killWhenRunning(sleeping) }
                    val failure = shouldThrow<ConnectionLostException> {
                        transaction(db) {
                            record(1, 1)
                            exec(slow.sql(30_000), 1)
                        }
                    }
                    failure.isTransient shouldBe true
                    killer.join()
                    failure.sql() shouldBe slow.sql(30_000)
                }
                val failures = CopyOnWriteArrayList<String>()
                repeat(10) { n -> runCatching { transaction(db) { record(100 + n, 1) } }.onFailure { failures += "$it" } }
                failures.shouldBeEmpty()
                rowsByTransaction(db) shouldBe (100 until 110).associateWith { 1L }
                shouldHoldOnlyPooledSessions(db, poolSize)
            }
        }

        test("a connection lost before the commit is reported as an unknown outcome and never retried, from Kotlin and Java") {
            FaultDatabases.open(family, "faults-dead-commit-$family", poolSize = 2).use { db ->
                freshLedger(db)
                val sessions = ServerSessions(db)
                val kotlinAttempts = AtomicInteger()
                val kotlinFailure = shouldThrow<CommitOutcomeUnknownException> {
                    transaction(db, retried) {
                        kotlinAttempts.incrementAndGet()
                        record(1, 1)
                        sessions.kill(sessions.ids())
                    }
                }
                val javaAttempts = AtomicInteger()
                val javaFailure = shouldThrow<CommitOutcomeUnknownException> {
                    db.inTransaction(retried) { tx ->
                        javaAttempts.incrementAndGet()
                        tx.insertInto(Ledger).set(Ledger.txn, 2).set(Ledger.step, 1).execute()
                        runBlocking { sessions.kill(sessions.ids()) }
                    }
                }
                kotlinAttempts.get() shouldBe 1
                javaAttempts.get() shouldBe 1
                kotlinFailure.message shouldContain "may or may not have been saved"
                javaFailure.message shouldContain "may or may not have been saved"
                // Here the server ended the session before COMMIT arrived, so nothing was saved.
                rowsByTransaction(db) shouldBe emptyMap()
            }
        }
    }
})
