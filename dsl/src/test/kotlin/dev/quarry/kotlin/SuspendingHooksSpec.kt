package dev.quarry.kotlin

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.util.concurrent.CopyOnWriteArrayList
import kotlinx.coroutines.delay
import kotlinx.coroutines.yield

/** Gigs whose writes run hooks declared as suspend functions. */
object HookedGigs : Table("suspending_hooked_gigs") {
    val id = long("id").autoIncrement()
    val band = varchar("band", 40)
    val seats = integer("seats")
    val stampedBy = varchar("stamped_by", 40).nullable()
}

/** What the hooks of [HookedGigs] write in the transaction of the change. */
object GigLog : Table("suspending_gig_log") {
    val id = long("id").autoIncrement()
    val line = varchar("line", 120)
}

/** Table hooks that suspend, declared with `hooks { }`, on every database, whichever API writes. */
class SuspendingHooksSpec : FunSpec({
    onEveryDialect { shared ->
        val seen = CopyOnWriteArrayList<String>()
        val db = TestDatabases.openLike(shared, "suspending-hooks-${shared.name()}", poolSize = 2) {
            hooks(hooks {
                beforeInsert(HookedGigs) { event ->
                    delay(1)
                    val band = event.values().single()[HookedGigs.band]
                    if (band == "vetoed") throw IllegalArgumentException("the band $band may not play")
                    event.set(HookedGigs.stampedBy, "inserter")
                }
                afterInsert(HookedGigs) { event ->
                    yield()
                    GigLog.insert { it[line] = "inserted ${event.affectedRows()}" }
                }
                beforeUpdate(HookedGigs) { event ->
                    yield()
                    event.set(HookedGigs.stampedBy, "updater")
                }
                afterUpdate(HookedGigs) { event ->
                    delay(1)
                    val stored = HookedGigs.selectAll().orderBy(HookedGigs.id).toList()
                        .map { "${it[HookedGigs.band]}:${it[HookedGigs.seats]}:${it[HookedGigs.stampedBy]}" }
                    seen += "updated ${event.affectedRows()} -> $stored"
                }
                beforeDelete(HookedGigs) { event ->
                    if (GigLog.selectAll().count() > 0) currentTransaction().execute(dev.quarry.sql.Delete.from(GigLog))
                    seen += "deleting with ${event.statement().javaClass.simpleName}"
                }
            })
        }

        suspend fun recreate() {
            seen.clear()
            transaction(db) {
                dropTables(HookedGigs, GigLog)
                createTables(HookedGigs, GigLog)
            }
        }

        test("a suspending before-hook adds an assignment and an after-hook writes through the DSL in the same transaction") {
            recreate()
            val id = transaction(db) { HookedGigs.insertAndGetId { it[band] = "low"; it[seats] = 10 } }
            transaction(db) {
                HookedGigs.select { HookedGigs.id eq id }.single()[HookedGigs.stampedBy] shouldBe "inserter"
                GigLog.selectAll().toList().map { it[GigLog.line] } shouldBe listOf("inserted 1")
            }
        }

        test("a suspending before-hook vetoes a write by throwing, and what an after-hook wrote rolls back with its transaction") {
            recreate()
            val veto = shouldThrow<IllegalArgumentException> {
                transaction(db) { HookedGigs.insert { it[band] = "vetoed"; it[seats] = 1 } }
            }
            veto.message shouldBe "the band vetoed may not play"
            shouldThrow<IllegalStateException> {
                transaction(db) {
                    HookedGigs.insert { it[band] = "kept?"; it[seats] = 1 }
                    error("roll back")
                }
            }
            transaction(db) { HookedGigs.selectAll().count() to GigLog.selectAll().count() } shouldBe (0L to 0L)
        }

        test("a suspending after-hook sees the values the write left, read in its transaction") {
            recreate()
            transaction(db) {
                HookedGigs.insert { it[band] = "a"; it[seats] = 1 }
                HookedGigs.insert { it[band] = "b"; it[seats] = 2 }
                HookedGigs.update({ seats gte 1 }) { it[seats] = seats + 10 } shouldBe 2
            }
            seen shouldBe listOf("updated 2 -> [a:11:updater, b:12:updater]")
        }

        test("writes through the Java facade run the suspending hooks too") {
            recreate()
            val id = db.transaction { tx ->
                tx.insertInto(HookedGigs).set(HookedGigs.band, "java").set(HookedGigs.seats, 5).executeAndGetId()
            }
            db.inTransaction { tx -> tx.deleteFrom(HookedGigs).where(HookedGigs.id.eq(id)).execute() }
            seen shouldBe listOf("deleting with Delete")
            transaction(db) { HookedGigs.selectAll().count() to GigLog.selectAll().count() } shouldBe (0L to 0L)
        }
    }
})
