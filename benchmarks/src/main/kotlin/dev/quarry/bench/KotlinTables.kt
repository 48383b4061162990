package dev.quarry.bench

import dev.quarry.kotlin.Table

/** The benchmark schema as Kotlin DSL tables (the same tables as [BenchTables]). */
object KUsers : Table("bench_users") {
    val id = long("id")
    val name = varchar("name", 64)
    val age = integer("age")
    val city = varchar("city", 32)
    val active = bool("active")
    override val primaryKey = primaryKey(id)
}

object KOrders : Table("bench_orders") {
    val id = long("id")
    val userId = long("user_id")
    val amount = integer("amount")
    val status = varchar("status", 16)
    override val primaryKey = primaryKey(id)
}

object KAccounts : Table("bench_accounts") {
    val id = long("id")
    val balance = long("balance")
    override val primaryKey = primaryKey(id)
}

object KLedger : Table("bench_ledger") {
    val id = long("id")
    val accountId = long("account_id")
    val amount = integer("amount")
    override val primaryKey = primaryKey(id)
}

object KInserted : Table("bench_inserted") {
    val id = long("id")
    val name = varchar("name", 64)
    val age = integer("age")
    val city = varchar("city", 32)
    override val primaryKey = primaryKey(id)
}

object KStreamed : Table("bench_streamed") {
    val id = long("id")
    val label = varchar("label", 32)
    val amount = integer("amount")
    override val primaryKey = primaryKey(id)
}
