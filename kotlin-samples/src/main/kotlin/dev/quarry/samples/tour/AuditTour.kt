package dev.quarry.samples.tour

import dev.quarry.kotlin.AuditActor
import dev.quarry.kotlin.Table
import dev.quarry.kotlin.auditRecords
import dev.quarry.kotlin.deleteWhere
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.insertAndGetId
import dev.quarry.kotlin.minus
import dev.quarry.kotlin.transaction
import dev.quarry.kotlin.update
import dev.quarry.kotlin.upsert
import kotlinx.coroutines.withContext

// The audit log in Kotlin. docs/governance.md shows each region between "docs:" markers; the
// samples' tests run them on SQLite.

// docs:audit-table
object Deposits : Table("deposits") {
    val id = long("id").autoIncrement()
    val owner = varchar("owner", 64)
    val balance = integer("balance")
    val iban = varchar("iban", 34).sensitive()

    init {
        audited()
    }
}
// docs:end

// docs:audit-use
/** Opens a deposit; the audit row names the actor of the coroutine context. */
suspend fun openDeposit(owner: String, iban: String, balance: Int): Long = withContext(AuditActor(owner)) {
    transaction { Deposits.insertAndGetId { it[Deposits.owner] = owner; it[Deposits.iban] = iban; it[Deposits.balance] = balance } }
}

/** Pays out as the payroll job; the audit row holds the balance before and after. */
suspend fun payOut(depositId: Long, amount: Int) = withContext(AuditActor("payroll")) {
    transaction { Deposits.update({ id eq depositId }) { it[balance] = balance - amount } }
}

suspend fun closeDeposit(depositId: Long) = transaction { Deposits.deleteWhere { id eq depositId } }

/** The audit log of the deposits, one line per change: the IBAN shows as "***". */
suspend fun depositHistory(): List<String> = transaction {
    auditRecords(Deposits).map { "${it.action} ${it.key} by ${it.actor ?: "nobody"}: ${it.before} -> ${it.after}" }
}
// docs:end

// docs:audited-upsert
/** Restores a deposit from a backup: its audit row says whether it was re-created (INSERT) or corrected (UPDATE). */
suspend fun restoreDeposit(depositId: Long, owner: String, iban: String, balance: Int) = transaction {
    Deposits.upsert(Deposits.id) { it[id] = depositId; it[Deposits.owner] = owner; it[Deposits.iban] = iban; it[Deposits.balance] = balance }
}
// docs:end
