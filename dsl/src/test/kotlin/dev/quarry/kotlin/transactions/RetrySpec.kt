package dev.quarry.kotlin.transactions

import dev.quarry.jdbc.DataAccessException
import dev.quarry.jdbc.Database
import dev.quarry.jdbc.Propagation
import dev.quarry.jdbc.RetryPolicy
import dev.quarry.jdbc.TransactionOptions
import dev.quarry.kotlin.TestDatabases
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.onEveryDialect
import dev.quarry.kotlin.minus
import dev.quarry.kotlin.plus
import dev.quarry.kotlin.select
import dev.quarry.kotlin.transaction
import dev.quarry.kotlin.update
import dev.quarry.sql.IsolationLevel
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.ints.shouldBeGreaterThanOrEqual
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.sql.SQLException
import java.time.Duration
import java.util.concurrent.atomic.AtomicInteger
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.launch

/** Opt-in retry: transient conflicts run the block again; nothing else ever does. */
class RetrySpec : FunSpec({
    val retrying = TransactionOptions.DEFAULT
        .retry(RetryPolicy.onTransientFailure(5, Duration.ofMillis(1), Duration.ofMillis(20)))
    val requiresNew = TransactionOptions.DEFAULT.propagation(Propagation.REQUIRES_NEW)

    onEveryDialect { db ->
        test("retry runs the block again after a serialization failure, and no update is lost") {
            freshAccounts(db)
            val conflicting = snapshotIsolated(db)
            val attempts = AtomicInteger()
            transaction(conflicting, retrying.isolation(IsolationLevel.REPEATABLE_READ)) {
                val attempt = attempts.incrementAndGet()
                val seen = Accounts.select { id eq 1 }.single()[Accounts.balance]
                if (attempt == 1) {
                    transaction(conflicting, requiresNew) { Accounts.update({ id eq 1 }) { it[balance] = balance + 50 } }
                }
                Accounts.update({ id eq 1 }) { it[balance] = seen + 10 }
            }
            attempts.get() shouldBe 2
            balanceOf(db, 1) shouldBe 160
            if (conflicting !== db) conflicting.close()
        }

        test("retry runs the block again after a deadlock") {
            freshAccounts(db)
            val attempts = AtomicInteger()
            // PostgreSQL and MariaDB deadlock on crossing row locks. SQLite has one write lock for the
            // whole database: its conflict is two transactions that both read, then both write.
            val meetAfterRead = db.dialect().name() == "sqlite"
            val adaTaken = CompletableDeferred<Unit>()
            val graceTaken = CompletableDeferred<Unit>()
            suspend fun transfer(from: Int, to: Int, mine: CompletableDeferred<Unit>, theirs: CompletableDeferred<Unit>) =
                transaction(db, retrying) {
                    attempts.incrementAndGet()
                    // The read takes SQLite's shared lock; the writes are relative so that a retry that
                    // read before the winner committed cannot overwrite the winner's change.
                    Accounts.select { id eq from }.single()
                    if (meetAfterRead) { mine.complete(Unit); theirs.await() }
                    Accounts.update({ id eq from }) { it[balance] = balance - 10 }
                    if (!meetAfterRead) { mine.complete(Unit); theirs.await() }
                    Accounts.update({ id eq to }) { it[balance] = balance + 10 }
                }
            coroutineScope {
                launch { transfer(1, 2, adaTaken, graceTaken) }
                launch { transfer(2, 1, graceTaken, adaTaken) }
            }
            // One of the two lost and ran again; on SQLite the loser may lose once more while the winner commits.
            attempts.get() shouldBeGreaterThanOrEqual 3
            balanceOf(db, 1) shouldBe 100
            balanceOf(db, 2) shouldBe 100
        }

        test("retry gives up after its last attempt and reports the last failure") {
            val attempts = AtomicInteger()
            val failure = shouldThrow<DataAccessException> {
                transaction(db, retrying) {
                    throw DataAccessException("conflict ${attempts.incrementAndGet()}", null, transientConflict(db))
                }
            }
            attempts.get() shouldBe 5
            failure.message shouldBe "conflict 5"
        }

        test("retry never runs the block again after a unique violation or any other error") {
            freshAccounts(db)
            val attempts = AtomicInteger()
            val violation = shouldThrow<DataAccessException> {
                transaction(db, retrying) {
                    attempts.incrementAndGet()
                    openAccount(1, "duplicate")
                }
            }
            attempts.get() shouldBe 1
            violation.sql() shouldContain "tx_accounts"
            shouldThrow<ExpectedFailure> {
                transaction(db, retrying) {
                    attempts.incrementAndGet()
                    throw ExpectedFailure("not a conflict")
                }
            }
            attempts.get() shouldBe 2
        }
    }
})

/**
 * A database on which REPEATABLE READ refuses to write over a change committed since the
 * transaction's snapshot: MariaDB does so only with `innodb_snapshot_isolation`; the others always.
 */
private fun snapshotIsolated(db: Database): Database =
    if (db.dialect().name() != "mariadb") db
    else TestDatabases.openLike(db, "snapshot-isolated-mariadb", poolSize = 2) {
        property("sessionVariables", "innodb_snapshot_isolation=ON")
    }

/** The driver error each database reports for a conflict that a retry may resolve. */
private fun transientConflict(db: Database): SQLException = when (db.dialect().name()) {
    "postgresql" -> SQLException("could not serialize access", "40001")
    "sqlite" -> SQLException("database is locked", null, 5)
    else -> SQLException("Deadlock found when trying to get lock", "40001", 1213)
}
