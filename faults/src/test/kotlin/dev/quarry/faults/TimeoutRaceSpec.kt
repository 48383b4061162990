package dev.quarry.faults

import dev.quarry.jdbc.StatementTimeoutException
import dev.quarry.jdbc.TransactionOptions
import dev.quarry.kotlin.exec
import dev.quarry.kotlin.transaction
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe
import java.time.Duration
import java.util.concurrent.CopyOnWriteArrayList
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.launch

/**
 * A statement timeout that fires as its statement finishes must neither reach the next statement
 * on the connection (MariaDB's cancel is a `KILL QUERY` that hits whatever runs when it arrives)
 * nor let the timed-out statement count as done (MariaDB's killed `SLEEP` returns a result).
 */
class TimeoutRaceSpec : FunSpec({

    onEveryDialect { family ->
        test("1,000 rounds of a 10-30 ms timeout on a 20 ms write, each followed by an innocent transaction") {
            // Four pools of one connection each, so every innocent transaction runs on the connection just timed out.
            val pools = (0 until 4).map { FaultDatabases.open(family, "faults-race-$family-$it", poolSize = 1) }
            try {
                freshLedger(pools[0])
                val slow = SlowWrite.of(pools[0])
                val innocentFailures = CopyOnWriteArrayList<String>()
                val timedOut = CopyOnWriteArrayList<Int>()
                val completed = CopyOnWriteArrayList<Int>()
                coroutineScope {
                    pools.forEachIndexed { index, db ->
                        launch(Dispatchers.Default) {
                            for (round in index * 250 until index * 250 + 250) {
                                val timeout = Duration.ofMillis(10L + round % 21)
                                try {
                                    transaction(db, TransactionOptions.DEFAULT.statementTimeout(timeout)) {
                                        exec(slow.sql(20), round)
                                    }
                                    completed += round
                                } catch (expected: StatementTimeoutException) {
                                    timedOut += round
                                }
                                try {
                                    transaction(db) {
                                        record(10_000 + round, 1)
                                        exec(slow.sql(5), 10_000 + round)
                                    }
                                } catch (failure: Exception) {
                                    innocentFailures += "after round $round: $failure"
                                }
                            }
                        }
                    }
                }
                innocentFailures.shouldBeEmpty()
                (timedOut.size + completed.size) shouldBe 1_000
                val rows = rowsByTransaction(pools[0])
                timedOut.filter { rows.containsKey(it) }.shouldBeEmpty()
                completed.filter { rows[it] != 1L }.shouldBeEmpty()
                (0 until 1_000).count { rows[10_000 + it] == 2L } shouldBe 1_000
            } finally {
                pools.forEach { it.close() }
            }
        }

        test("a statement cut short by its timeout always fails, whatever the driver returned, and writes nothing") {
            FaultDatabases.open(family, "faults-cut-short-$family", poolSize = 2).use { db ->
                freshLedger(db)
                val slow = SlowWrite.of(db)
                val outcomes = (1..40).map { round ->
                    runCatching {
                        transaction(db, TransactionOptions.DEFAULT.statementTimeout(Duration.ofMillis(20))) {
                            exec(slow.sql(300), round)
                        }
                    }.exceptionOrNull()
                }
                outcomes.filterNot { it is StatementTimeoutException }.shouldBeEmpty()
                rowsByTransaction(db) shouldBe emptyMap()
            }
        }
    }
})
