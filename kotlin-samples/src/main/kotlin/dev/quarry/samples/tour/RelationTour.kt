package dev.quarry.samples.tour

import dev.quarry.jdbc.Database
import dev.quarry.kotlin.Table
import dev.quarry.kotlin.createTables
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.gte
import dev.quarry.kotlin.include
import dev.quarry.kotlin.insertEntity
import dev.quarry.kotlin.insertAll
import dev.quarry.kotlin.select
import dev.quarry.kotlin.toList
import dev.quarry.kotlin.transaction
import dev.quarry.kotlin.update
import kotlinx.serialization.Serializable

// Relations, includes and entities by key in Kotlin. docs/relations.md shows each region between "docs:" markers;
// the samples' tests run them on SQLite.

// docs:relation-tables
object Writers : Table("writers") {
    val id = long("id")
    val name = varchar("name", 60)
    val country = varchar("country", 2)
    override val primaryKey = primaryKey(id)
    val novels = oneToMany("novels") { Novels.writer }          // resolved on first use
}

object Novels : Table("novels") {
    val id = long("id")
    val writerId = long("writer_id").references(Writers.id)
    val title = varchar("title", 100)
    val year = integer("year")
    override val primaryKey = primaryKey(id)
    val writer = manyToOne("writer", Writers, writerId)         // checked now, against Writers' key
    val critiques = oneToMany("critiques") { Critiques.novel }
}

object Critiques : Table("critiques") {
    val id = long("id")
    val novelId = long("novel_id").references(Novels.id)
    val stars = integer("stars")
    override val primaryKey = primaryKey(id)
    val novel = manyToOne("novel", Novels, novelId)
}
// docs:end

// docs:relation-include
@Serializable
data class Critique(val stars: Int)

@Serializable
data class Novel(val title: String, val year: Int, val critiques: List<Critique>)

@Serializable
data class WriterWithNovels(val name: String, val novels: List<Novel>)

/** British writers with their novels since 1800, newest first, each with its two best critiques: 3 statements. */
suspend fun britishWriters(): List<WriterWithNovels> =
    Writers.select { country eq "UK" }
        .include(Writers.novels) {
            where { year gte 1800 }
            orderBy(Novels.year.desc())
            include(Novels.critiques) {
                orderBy(Critiques.stars.desc())
                limitPerParent(2)
            }
        }
        .toList<WriterWithNovels>()
// docs:end

// docs:kotlin-entities
object Readers : Table("readers") {
    val id = long("id").autoIncrement()
    val name = varchar("name", 60)
    val version = long("version").version()
    override val primaryKey = primaryKey(id)
}

@Serializable
data class Reader(val id: Long? = null, val name: String, val version: Long = 0)

/** Signs a reader up: the insert returns the reader with the id the database generated. */
suspend fun signUp(name: String): Reader = Readers.insertEntity(Reader(name = name))

/** Renames a reader read earlier; fails with StaleRowException if someone changed it since. */
suspend fun rename(read: Reader, name: String): Reader = Readers.update(read.copy(name = name))
// docs:end

/** Creates and fills the tour's writers, novels and critiques, and creates its readers. */
suspend fun stockWriters(db: Database) = transaction(db) {
    createTables(Writers, Novels, Critiques, Readers)
    Writers.insertAll(listOf(1L to "Jane Austen", 2L to "Mark Twain")) { row, (id, name) ->
        row[this.id] = id
        row[this.name] = name
        row[country] = if (id == 1L) "UK" else "US"
    }
    Novels.insertAll(listOf(Triple(10L, "Emma", 1815), Triple(11L, "Persuasion", 1817))) { row, (id, title, year) ->
        row[this.id] = id
        row[writerId] = 1L
        row[this.title] = title
        row[this.year] = year
    }
    Critiques.insertAll(listOf(Triple(1L, 10L, 5), Triple(2L, 10L, 3), Triple(3L, 10L, 4))) { row, (id, novel, stars) ->
        row[this.id] = id
        row[novelId] = novel
        row[this.stars] = stars
    }
}
