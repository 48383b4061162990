package dev.quarry.samples.tour

import dev.quarry.kotlin.Table
import dev.quarry.sql.SqlType

// Types of your own in Kotlin. docs/types.md shows the region between "docs:" markers; the
// samples' tests run it on SQLite.

// docs:custom
@JvmInline value class Cents(val amount: Long)

object Wallets : Table("wallets") {
    val id = long("id").autoIncrement()
    val balance = custom("balance", SqlType.BIGINT, ::Cents, Cents::amount)   // Column<Cents>
    override val primaryKey = primaryKey(id)
}
// docs:end
