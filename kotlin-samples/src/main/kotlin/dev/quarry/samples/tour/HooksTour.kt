package dev.quarry.samples.tour

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.DatabaseConfig
import dev.quarry.jdbc.hooks.Hooks
import dev.quarry.jdbc.hooks.StatementInterceptor
import dev.quarry.kotlin.Table
import dev.quarry.kotlin.afterCommit
import dev.quarry.kotlin.afterRollback
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.gt
import dev.quarry.kotlin.hooks
import dev.quarry.kotlin.select
import dev.quarry.kotlin.insertAndGetId
import dev.quarry.kotlin.plus
import dev.quarry.kotlin.transaction
import dev.quarry.kotlin.update
import dev.quarry.sql.Delete
import dev.quarry.sql.Update
import java.time.Clock

// Hooks, transaction callbacks and validators in Kotlin. docs/governance.md shows each region
// between "docs:" markers; the samples' tests run them on SQLite.

// docs:validators
object Gigs : Table("gigs") {
    val id = long("id").autoIncrement()
    val band = varchar("band", 80).check("must not be blank") { it.isNotBlank() }
    val capacity = integer("capacity").check("must be positive") { it > 0 }
    val sold = integer("sold")
    val updatedAt = timestamp("updated_at").nullable()

    init {
        validator("cannot sell more seats than there are", listOf(capacity, sold)) { it[sold] <= it[capacity] }
    }
}

/** Adds a gig; a blank band, no seats and overselling are all reported in one ValidationException. */
suspend fun addGig(band: String, capacity: Int, sold: Int = 0): Long = transaction {
    Gigs.insertAndGetId { it[Gigs.band] = band; it[Gigs.capacity] = capacity; it[Gigs.sold] = sold }
}
// docs:end

// docs:hooks
/** Refuses an UPDATE or DELETE of every row of any table, whoever builds it. */
val filteredWritesOnly = StatementInterceptor { _, statement ->
    val unfiltered = statement is Update && statement.where() == null || statement is Delete && statement.where() == null
    check(!unfiltered) { "an update or delete of every row needs a filter: $statement" }
    statement
}

/** Stamps every update of a gig with the time, and lets no gig be deleted. */
fun gigHooks(clock: Clock): Hooks = Hooks.builder()
    .beforeUpdate(Gigs) { event -> event.set(Gigs.updatedAt, clock.instant()) }
    .beforeDelete(Gigs) { throw IllegalStateException("gigs are cancelled, never deleted") }
    .interceptor(filteredWritesOnly)
    .build()

fun openBoxOffice(url: String, clock: Clock): Database =
    Database.connect(DatabaseConfig.builder(url).hooks(gigHooks(clock)).build())
// docs:end

// docs:suspending-hooks
/** Says whether a band may be booked; asking may suspend (a remote service, a cache). */
fun interface BandRegistry {
    suspend fun isBanned(band: String): Boolean
}

/** Hooks declared with `hooks { }` may suspend, and may use the DSL in the transaction of the write. */
fun bookingHooks(clock: Clock, registry: BandRegistry): Hooks = hooks {
    beforeInsert(Gigs) { event ->
        for (row in event.values()) {
            val band = row[Gigs.band] as String
            if (registry.isBanned(band)) throw IllegalStateException("$band may not be booked")
        }
    }
    beforeUpdate(Gigs) { event -> event.set(Gigs.updatedAt, clock.instant()) }
    afterUpdate(Gigs) { Gigs.select { sold gt capacity }.count().let { check(it == 0L) { "$it gigs are oversold" } } }
    interceptor(filteredWritesOnly)
}
// docs:end

// docs:callbacks
/** Books seats and tells the box office once the outcome is known; the message may suspend. */
suspend fun book(gigId: Long, seats: Int, tell: suspend (String) -> Unit): Boolean = transaction {
    afterCommit { tell("booked $seats seats for gig $gigId") }
    afterRollback { tell("the booking of $seats seats for gig $gigId failed") }
    Gigs.update({ (id eq gigId) }) { it[sold] = sold + seats } == 1
}
// docs:end
