package dev.quarry.samples.tour

import dev.quarry.jdbc.ExecutedStatement
import dev.quarry.jdbc.UniqueViolationException
import dev.quarry.jdbc.observation.DatabaseObserver
import dev.quarry.jdbc.observation.TransactionObserver
import dev.quarry.jdbc.observation.TransactionStart
import dev.quarry.kotlin.Table
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.insert
import dev.quarry.kotlin.select
import dev.quarry.kotlin.transaction

// Sensitive columns in Kotlin. docs/observability.md shows each region between "docs:" markers;
// the samples' tests run them on SQLite.

// docs:sensitive-table
/** Subscribers whose e-mail address and card token never show in logs, traces or error messages. */
object Subscribers : Table("subscribers") {
    val id = long("id").autoIncrement()
    val email = varchar("email", 128).sensitive().unique()
    val cardToken = varchar("card_token", 64).sensitive().nullable()
    val plan = varchar("plan", 16)
}
// docs:end

// docs:sensitive-use
/** Subscribes an address once; a second time fails as a unique violation whose message shows `***`. */
suspend fun subscribe(address: String, token: String?): Boolean = try {
    transaction { Subscribers.insert { it[email] = address; it[cardToken] = token; it[plan] = "basic" } }
    true
} catch (duplicate: UniqueViolationException) {
    false
}

/** The log shows `WHERE "email" = ?` with `***` bound; the row read back holds the real token. */
suspend fun cardTokenOf(address: String): String? =
    transaction { Subscribers.select { email eq address }.single()[Subscribers.cardToken] }
// docs:end

// docs:sensitive-observer
/** Prints each statement with its binds; a sensitive bind's toString() is `***`, never the value. */
class StatementPrinter(private val print: (String) -> Unit) : DatabaseObserver {
    override fun transactionStarted(start: TransactionStart): TransactionObserver = object : TransactionObserver {
        override fun statementExecuted(statement: ExecutedStatement) {
            print("${statement.fingerprint().name()}: ${statement.sql()} ${statement.binds()}")
        }
    }
}
// docs:end
