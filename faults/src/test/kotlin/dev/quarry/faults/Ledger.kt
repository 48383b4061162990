package dev.quarry.faults

import dev.quarry.jdbc.Database
import dev.quarry.kotlin.Table
import dev.quarry.kotlin.count
import dev.quarry.kotlin.createTables
import dev.quarry.kotlin.dropTables
import dev.quarry.kotlin.exec
import dev.quarry.kotlin.insert
import dev.quarry.kotlin.select
import dev.quarry.kotlin.transaction

/**
 * The table the fault suite writes: each transaction writes rows tagged with its own number, so
 * that afterwards a transaction's rows are either all there (it committed) or none (it did not).
 */
object Ledger : Table("fault_ledger") {
    val id = long("id").autoIncrement()
    val txn = integer("txn")
    val step = integer("step")
    override val primaryKey = primaryKey(id)
}

/** Recreates the ledger, empty. */
suspend fun freshLedger(db: Database) {
    transaction(db) {
        dropTables(Ledger)
        createTables(Ledger)
    }
}

/** Writes one row of a transaction, in the current transaction. */
suspend fun record(txn: Int, step: Int) {
    Ledger.insert { it[Ledger.txn] = txn; it[Ledger.step] = step }
}

/** How many rows each transaction number has, read in a transaction of its own. */
suspend fun rowsByTransaction(db: Database): Map<Int, Long> {
    val rows = count()
    return transaction(db) {
        Ledger.select(Ledger.txn, rows).groupBy(Ledger.txn).toList().associate { it[Ledger.txn] to it[rows] }
    }
}

/**
 * SQL with one parameter, a transaction number, that keeps the database busy for about a given
 * time and then writes a row of that transaction with step -1: `pg_sleep` on PostgreSQL, `SLEEP` on
 * MariaDB (whose cancelled `SLEEP` returns 1 instead of failing, so a statement cut short would
 * still write its row unless Quarry fails it), and a recursive count on SQLite. It is a write, so a
 * SQLite interrupt rolls back the whole transaction.
 */
class SlowWrite private constructor(private val family: String, private val sqliteCountsPerMilli: Long) {
    fun sql(millis: Long): String = when (family) {
        "postgresql" -> "INSERT INTO fault_ledger (txn, step) SELECT ?, -1 FROM pg_sleep(${millis / 1000.0})"
        "sqlite" -> {
            val counts = millis * sqliteCountsPerMilli
            "INSERT INTO fault_ledger (txn, step) SELECT ?, -1 FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL" +
                " SELECT x + 1 FROM c WHERE x < $counts) SELECT x FROM c) WHERE x = $counts"
        }
        else -> "INSERT INTO fault_ledger (txn, step) SELECT ?, -1 FROM DUAL WHERE SLEEP(${millis / 1000.0}) >= 0"
    }

    companion object {
        /** The slow writes of a database; on SQLite measures how fast it counts, once. */
        suspend fun of(db: Database): SlowWrite {
            val family = db.dialect().name().let { if (it == "mariadb") "mysql" else it }
            return SlowWrite(family, if (family == "sqlite") sqliteSpeed(db) else 0)
        }

        private suspend fun sqliteSpeed(db: Database): Long {
            val counts = 2_000_000L
            val started = System.nanoTime()
            transaction(db) {
                exec("SELECT count(*) FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < $counts) SELECT x FROM c)")
            }
            val millis = (System.nanoTime() - started) / 1_000_000
            return maxOf(1L, counts / maxOf(1L, millis))
        }
    }
}
