package dev.quarry.kotlin

import dev.quarry.jdbc.StaleRowException
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import kotlinx.serialization.Serializable

object EntNotes : Table("kent_notes") {
    val id = long("id")
    val title = varchar("title", 40)
    val version = long("version").version()
    override val primaryKey = primaryKey(id)
}

object EntSeats : Table("kent_seats") {
    val seatRow = varchar("seat_row", 2)
    val number = integer("number")
    val holder = varchar("holder", 20)
    override val primaryKey = primaryKey(seatRow, number)
}

object EntMemos : Table("kent_memos") {
    val id = long("id").autoIncrement()
    val text = varchar("text", 40)
    val version = long("version").version()
    override val primaryKey = primaryKey(id)
}

@Serializable
private data class MemoEntity(val id: Long? = null, val text: String, val version: Long = 0)

@Serializable
private data class NoteEntity(val id: Long, val title: String, val version: Long)

@Serializable
private data class SeatEntity(val seatRow: String, val number: Int, val holder: String)

/** Entities by key and optimistic locking in Kotlin, on every dialect. */
class EntitiesSpec : FunSpec({
    onEveryDialect { db ->
        suspend fun fresh() = transaction(db) {
            listOf(EntNotes, EntSeats, EntMemos).forEach { currentTransaction().dropTableIfExists(it) }
            createTables(EntNotes, EntSeats, EntMemos)
            EntNotes.insertValue(NoteEntity(1, "first", 0))
            EntSeats.insertAll(listOf(SeatEntity("A", 1, "Ada"), SeatEntity("B", 1, "Mary")))
        }

        test("entities are found, updated and deleted by key, composite keys too") {
            fresh()
            transaction(db) {
                EntNotes.findById<NoteEntity>(1L) shouldBe NoteEntity(1, "first", 0)
                EntNotes.findById<NoteEntity>(9L) shouldBe null
                EntNotes.update(NoteEntity(1, "changed", 0)) shouldBe NoteEntity(1, "changed", 1)
                EntSeats.findByIds<SeatEntity>(listOf(listOf("B", 1), listOf("A", 1))) shouldBe
                    listOf(SeatEntity("A", 1, "Ada"), SeatEntity("B", 1, "Mary"))
                EntSeats.update(SeatEntity("B", 1, "Emmy")) shouldBe SeatEntity("B", 1, "Emmy")
                EntSeats.findById<SeatEntity>("B", 1) shouldBe SeatEntity("B", 1, "Emmy")
                EntSeats.deleteById("A", 1) shouldBe true
                EntNotes.delete(NoteEntity(1, "changed", 1))
                EntNotes.findById<NoteEntity>(1L) shouldBe null
            }
        }

        test("an insert returns the entity as stored, with the key the database generated") {
            fresh()
            transaction(db) { EntNotes.insertEntity(NoteEntity(2, "second", 0)) } shouldBe NoteEntity(2, "second", 0)
            val first = transaction(db) { EntMemos.insertEntity(MemoEntity(text = "first")) }
            val second = transaction(db) { EntMemos.insertEntity(MemoEntity(text = "second")) }
            first.id shouldNotBe null
            second.id shouldNotBe null
            first.id shouldNotBe second.id
            first shouldBe MemoEntity(first.id, "first", 0)
            transaction(db) {
                EntMemos.findById<MemoEntity>(first.id!!) shouldBe first
                EntMemos.findById<MemoEntity>(second.id!!) shouldBe second
                EntNotes.findById<NoteEntity>(2L) shouldBe NoteEntity(2, "second", 0)
                EntMemos.update(first.copy(text = "changed")) shouldBe MemoEntity(first.id, "changed", 1)
            }
        }

        test("a stale entity from an earlier transaction fails and writes nothing") {
            fresh()
            val readByA = transaction(db) { EntNotes.findById<NoteEntity>(1L)!! }
            val readByB = transaction(db) { EntNotes.findById<NoteEntity>(1L)!! }
            transaction(db) { EntNotes.update(readByB.copy(title = "by B")) }
            val stale = shouldThrow<StaleRowException> { transaction(db) { EntNotes.update(readByA.copy(title = "by A")) } }
            stale.table() shouldBe "kent_notes"
            stale.key() shouldBe listOf(1L)
            shouldThrow<StaleRowException> { transaction(db) { EntNotes.delete(readByA) } }
            transaction(db) { EntNotes.findById<NoteEntity>(1L) } shouldBe NoteEntity(1, "by B", 1)
        }
    }
})
