package dev.quarry.kotlin.transactions

import dev.quarry.kotlin.TestDatabases
import dev.quarry.kotlin.currentTransaction
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.onEveryDialect
import dev.quarry.kotlin.select
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.transaction
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.types.shouldBeSameInstanceAs
import java.util.concurrent.ConcurrentLinkedQueue
import java.util.concurrent.Executors
import java.util.concurrent.atomic.AtomicInteger
import kotlin.concurrent.thread
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.Job
import kotlinx.coroutines.async
import kotlinx.coroutines.asCoroutineDispatcher
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.delay
import kotlinx.coroutines.isActive
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext

/** The transaction travels with the coroutine: across dispatchers, into children, never past its block. */
class CoroutineContextSpec : FunSpec({

    onEveryDialect { db ->
        test("withContext to other dispatchers keeps the transaction, and its rollback covers their work") {
            freshAccounts(db)
            shouldThrow<ExpectedFailure> {
                transaction(db) {
                    val tx = currentTransaction()
                    withContext(Dispatchers.Default) {
                        currentTransaction() shouldBeSameInstanceAs tx
                        openAccount(3, "alan")
                    }
                    withContext(Dispatchers.IO) { Accounts.selectAll().count() shouldBe 3L }
                    throw ExpectedFailure("rolls back what ran on the other dispatchers")
                }
            }
            owners(db) shouldBe listOf("ada", "grace")
        }

        test("coroutines launched inside the block join the transaction, and the commit waits for them") {
            freshAccounts(db)
            transaction(db) {
                val tx = currentTransaction()
                repeat(10) { n ->
                    launch(Dispatchers.Default) {
                        currentTransaction() shouldBeSameInstanceAs tx
                        delay(10)
                        openAccount(10 + n, "child $n")
                    }
                }
            }
            transaction(db) { Accounts.selectAll().count() } shouldBe 12L

            shouldThrow<ExpectedFailure> {
                transaction(db) {
                    launch { openAccount(30, "sibling") }
                    launch {
                        delay(20)
                        throw ExpectedFailure("a failing child rolls the whole transaction back")
                    }
                }
            }
            transaction(db) { Accounts.select { id eq 30 }.count() } shouldBe 0L
        }

        test("a coroutine that outlives its transaction's block fails clearly instead of using the connection") {
            freshAccounts(db)
            val blockEnded = CompletableDeferred<Unit>()
            val escaped = transaction(db) {
                // A scope of its own carries the transaction but is not a child of the block.
                CoroutineScope(coroutineContext + Job()).async {
                    blockEnded.await()
                    openAccount(3, "too late")
                }
            }
            blockEnded.complete(Unit)
            val failure = shouldThrow<IllegalStateException> { escaped.await() }
            failure.message shouldContain "has already been committed"
            failure.message shouldContain "inside its transaction block"
            owners(db) shouldBe listOf("ada", "grace")
        }

        test("1,000 concurrent transactions from one caller thread over a pool of 4 complete without blocking it") {
            freshAccounts(db)
            val callerName = "single-caller-${db.dialect().name()}"
            val onCallerThread = ConcurrentLinkedQueue<String>()
            val pool = TestDatabases.openLike(db, "caller-test-$callerName", poolSize = 4) {
                statementListener { if (Thread.currentThread().name.startsWith(callerName)) onCallerThread.add(it.sql()) }
            }
            Executors.newSingleThreadExecutor { Thread(it, callerName) }.asCoroutineDispatcher().use { caller ->
                val callerThread = withContext(caller) { Thread.currentThread() }
                // Samples the caller thread's stack: it must never be inside JDBC, the pool or the driver.
                val blockedIn = ConcurrentLinkedQueue<String>()
                val sampling = thread(isDaemon = true, name = "caller-sampler") {
                    while (!Thread.currentThread().isInterrupted) {
                        callerThread.stackTrace.firstOrNull(::isJdbcWork)?.let { blockedIn.add(it.toString()) }
                        try { Thread.sleep(1) } catch (_: InterruptedException) { break }
                    }
                }
                val heartbeats = AtomicInteger()
                withContext(caller) {
                    val heartbeat = launch { while (isActive) { heartbeats.incrementAndGet(); delay(1) } }
                    (1..1000).map { n ->
                        async {
                            transaction(pool) {
                                openAccount(100 + n, "concurrent $n")
                                Accounts.select { id eq 100 + n }.single()[Accounts.owner]
                            }
                        }
                    }.awaitAll().toSet().size shouldBe 1000
                    heartbeat.cancel()
                }
                sampling.interrupt()
                sampling.join()
                blockedIn.shouldBeEmpty()
                onCallerThread.shouldBeEmpty()
                heartbeats.get() shouldBeGreaterThan 0
            }
            transaction(db) { Accounts.selectAll().count() } shouldBe 1002L
            pool.close()
        }
    }
})

/** A frame of JDBC work: the driver, the pool, or Quarry's statements, transactions and blocking waits. */
private fun isJdbcWork(frame: StackTraceElement): Boolean {
    val name = frame.className
    return listOf("java.sql.", "com.zaxxer.", "org.postgresql.", "org.mariadb.", "org.sqlite.").any(name::startsWith) ||
        name.startsWith("dev.quarry.jdbc.internal.") && name.substringAfterLast('.') in
        setOf("JdbcTransaction", "StatementExecutor", "Cursor", "DatabaseInternals") ||
        name == "dev.quarry.jdbc.internal.ConnectionGate" && frame.methodName == "acquire"
}
