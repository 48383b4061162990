package dev.quarry.faults

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.TransactionWork
import dev.quarry.kotlin.exec
import dev.quarry.kotlin.transaction
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe
import java.time.Duration
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.CountDownLatch
import java.util.concurrent.ExecutionException
import java.util.concurrent.TimeUnit
import kotlin.random.Random
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.cancelAndJoin
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch

/**
 * Thousands of transactions that commit, throw, pass their statement or transaction timeout, or
 * are cancelled in the middle of a statement, from the Kotlin DSL and from the Java facade at
 * once, 8 callers on a pool of 4. Afterwards every transaction that reported a commit has all its
 * rows and every other one none, no connection leaked, and the server holds only the pool's
 * sessions. (A SQLite connection whose transaction SQLite had rolled back by itself used to go
 * back to the pool in autocommit mode and commit the statements of later, failing transactions.)
 */
class FailedTransactionsSpec : FunSpec({

    onEveryDialect { family ->
        test("2,000 transactions that commit, throw, time out or are cancelled are each all or nothing") {
            val poolSize = 4
            FaultDatabases.open(family, "faults-mixed-$family", poolSize).use { db ->
                freshLedger(db)
                val run = MixedRun(db, SlowWrite.of(db))
                coroutineScope {
                    repeat(4) { worker -> launch(Dispatchers.Default) { run.kotlinTransactions(worker * 250, 250) } }
                    repeat(4) { worker -> launch(Dispatchers.IO) { run.javaTransactions(1_000 + worker * 250, 250) } }
                }
                db.internals().awaitIdle(Duration.ofSeconds(15)) shouldBe true
                run.unexpected.shouldBeEmpty()
                run.committed.size shouldBe 2_000
                val rows = rowsByTransaction(db)
                val wrong = run.committed.entries
                    .filter { (txn, committed) -> (rows[txn] ?: 0L) != (if (committed) 3L else 0L) }
                    .map { (txn, committed) -> "transaction $txn (${Fate.of(txn)}, committed: $committed) has ${rows[txn] ?: 0} rows" }
                wrong.shouldBeEmpty()
                run.committed.count { it.value } shouldBe 800
                shouldHoldOnlyPooledSessions(db, poolSize)
            }
        }
    }
})

/** One run of numbered transactions, each of its [Fate]; records whether each committed. */
private class MixedRun(private val db: Database, private val slow: SlowWrite) {
    val committed = ConcurrentHashMap<Int, Boolean>()
    val unexpected = CopyOnWriteArrayList<String>()

    suspend fun kotlinTransactions(first: Int, count: Int) = coroutineScope {
        for (txn in first until first + count) {
            val fate = Fate.of(txn)
            if (fate == Fate.CANCEL) {
                cancelledInKotlin(txn)
            } else {
                val outcome = runCatching { transaction(db, fate.options()) { kotlinWork(txn, fate, null) } }
                judge(txn, fate, outcome.exceptionOrNull())
            }
        }
    }

    private suspend fun CoroutineScope.cancelledInKotlin(txn: Int) {
        val started = CompletableDeferred<Unit>()
        var returned = false
        val job = launch { transaction(db) { kotlinWork(txn, Fate.CANCEL, started) }; returned = true }
        started.await()
        delay(Random.nextLong(0, 20))
        job.cancelAndJoin()
        if (returned || !job.isCancelled) unexpected += "transaction $txn (CANCEL) was not cancelled"
        committed[txn] = returned
    }

    private suspend fun kotlinWork(txn: Int, fate: Fate, started: CompletableDeferred<Unit>?) {
        record(txn, 1)
        record(txn, 2)
        when (fate) {
            Fate.COMMIT -> record(txn, 3)
            Fate.THROW -> throw PlannedFailure(txn)
            else -> {
                started?.complete(Unit)
                exec(slow.sql(1_000), txn)
            }
        }
    }

    fun javaTransactions(first: Int, count: Int) {
        for (txn in first until first + count) {
            val fate = Fate.of(txn)
            if (fate == Fate.CANCEL) {
                cancelledInJava(txn)
                continue
            }
            val outcome = runCatching {
                // Half of them run on this thread, half on the database's executor.
                if (txn % 2 == 0) db.transaction(fate.options(), javaWork(txn, fate, null))
                else unwrapped { db.transactionAsync(fate.options(), javaWork(txn, fate, null)).get() }
            }
            judge(txn, fate, outcome.exceptionOrNull())
        }
    }

    private fun cancelledInJava(txn: Int) {
        val started = CountDownLatch(1)
        val future = db.transactionAsync(javaWork(txn, Fate.CANCEL, started))
        if (!started.await(30, TimeUnit.SECONDS)) unexpected += "transaction $txn (CANCEL) never started its statement"
        Thread.sleep(Random.nextLong(0, 20))
        future.cancel(true)
        // The work goes on until its statement is cancelled on the server; the rows are checked once all is idle.
        committed[txn] = false
    }

    private fun javaWork(txn: Int, fate: Fate, started: CountDownLatch?) = TransactionWork { transaction ->
        transaction.insertInto(Ledger).set(Ledger.txn, txn).set(Ledger.step, 1).execute()
        transaction.insertInto(Ledger).set(Ledger.txn, txn).set(Ledger.step, 2).execute()
        when (fate) {
            Fate.COMMIT -> transaction.insertInto(Ledger).set(Ledger.txn, txn).set(Ledger.step, 3).execute()
            Fate.THROW -> throw PlannedFailure(txn)
            else -> {
                started?.countDown()
                transaction.execute(slow.sql(1_000), txn)
            }
        }
    }

    private fun judge(txn: Int, fate: Fate, failure: Throwable?) {
        committed[txn] = failure == null
        if (failure == null && fate != Fate.COMMIT) unexpected += "transaction $txn ($fate) committed"
        if (failure != null && !fate.accepts(failure)) unexpected += "transaction $txn ($fate) failed with $failure"
    }

    private fun <R> unwrapped(block: () -> R): R = try {
        block()
    } catch (e: ExecutionException) {
        throw e.cause ?: e
    }
}
