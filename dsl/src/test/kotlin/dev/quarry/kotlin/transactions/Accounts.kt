package dev.quarry.kotlin.transactions

import dev.quarry.jdbc.Database
import dev.quarry.kotlin.Table
import dev.quarry.kotlin.createTables
import dev.quarry.kotlin.dropTables
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.insert
import dev.quarry.kotlin.select
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.transaction

/** The table the transaction suites write: two accounts of 100 to start with. */
object Accounts : Table("tx_accounts") {
    val id = integer("id")
    val owner = varchar("owner", 32)
    val balance = integer("balance")
    override val primaryKey = primaryKey(id)
}

/** Recreates [Accounts] with ada (1) and grace (2), 100 each. */
suspend fun freshAccounts(db: Database) {
    transaction(db) {
        dropTables(Accounts)
        createTables(Accounts)
        openAccount(1, "ada", 100)
        openAccount(2, "grace", 100)
    }
}

/** Inserts an account in the current transaction. */
suspend fun openAccount(id: Int, owner: String, balance: Int = 0) {
    Accounts.insert { it[Accounts.id] = id; it[Accounts.owner] = owner; it[Accounts.balance] = balance }
}

/** The owners of all accounts, by id, read in a transaction of their own. */
suspend fun owners(db: Database): List<String> =
    transaction(db) { Accounts.selectAll().orderBy(Accounts.id).toList().map { it[Accounts.owner] } }

/** One account's balance, read in a transaction of its own. */
suspend fun balanceOf(db: Database, account: Int): Int =
    transaction(db) { Accounts.select { id eq account }.single()[Accounts.balance] }

/** Thrown by tests to make a block fail on purpose. */
class ExpectedFailure(message: String) : RuntimeException(message)
