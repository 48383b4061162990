package dev.quarry.samples.tour

import dev.quarry.jdbc.Row
import dev.quarry.kotlin.alias
import dev.quarry.kotlin.and
import dev.quarry.kotlin.avg
import dev.quarry.kotlin.caseWhen
import dev.quarry.kotlin.coalesce
import dev.quarry.kotlin.count
import dev.quarry.kotlin.deleteWhere
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.exists
import dev.quarry.kotlin.gte
import dev.quarry.kotlin.inList
import dev.quarry.kotlin.insertAll
import dev.quarry.kotlin.insertFrom
import dev.quarry.kotlin.insertReturning
import dev.quarry.kotlin.lag
import dev.quarry.kotlin.length
import dev.quarry.kotlin.literal
import dev.quarry.kotlin.lt
import dev.quarry.kotlin.minus
import dev.quarry.kotlin.notExists
import dev.quarry.kotlin.over
import dev.quarry.kotlin.plus
import dev.quarry.kotlin.rank
import dev.quarry.kotlin.select
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.sum
import dev.quarry.kotlin.times
import dev.quarry.kotlin.update
import dev.quarry.kotlin.updateAll
import dev.quarry.kotlin.upper
import dev.quarry.kotlin.upsert
import dev.quarry.samples.Books
import dev.quarry.sql.Cte
import dev.quarry.sql.Query
import java.math.BigDecimal

// The query language in Kotlin, one construct per function. docs/query-language.md shows each
// region between "docs:" markers; the samples' tests run them all on SQLite.

// docs:expressions
suspend fun priceList(): List<Row> =
    Books.select(
        Books.title,
        upper(Books.author),
        Books.price * BigDecimal("1.20") alias "with_tax",
        length(Books.title) - 1,
        caseWhen(Books.published lt 1900, literal("classic")).otherwise(literal("modern")) alias "era",
        coalesce(Books.note, "-"),
    ).orderBy(Books.title).toList()
// docs:end

// docs:aggregates
suspend fun wellReviewed(): List<Row> {
    val reviews = count(Reviews.id) alias "reviews"
    val stars = avg(Reviews.stars) alias "stars"
    return select(Books.title, reviews, stars).from(Books)
        .leftJoin(Reviews) { bookId eq Books.id }
        .groupBy(Books.id, Books.title)
        .having { count(Reviews.id) gte 2L }
        .orderBy(stars.desc(), Books.title.asc())
        .toList()
}
// docs:end

// docs:joins
suspend fun replies(): List<Row> {
    val original = Reviews.alias("original")
    return select(Books.title, Reviews.reviewer, original[Reviews.reviewer])
        .from(Reviews)
        .join(Books) { id eq Reviews.bookId }
        .join(original) { original[Reviews.id] eq Reviews.repliesTo }
        .orderBy(Reviews.id)
        .toList()
}
// docs:end

// docs:subqueries
suspend fun unreviewedBooks(): List<Row> =
    Books.select { notExists(Reviews.select(Reviews.id).where { bookId eq Books.id }) }.orderBy(Books.title).toList()

suspend fun booksReviewedBy(reviewer: String): List<Row> =
    Books.select { id inList Reviews.select(Reviews.bookId).where { this.reviewer eq reviewer } }.toList()
// docs:end

// docs:windows
suspend fun rankedByAuthor(): List<Row> =
    Books.select(
        Books.author,
        Books.title,
        rank() over { partitionBy(Books.author); orderBy(Books.price.desc()) },
        lag(Books.title) over { orderBy(Books.published) },
        sum(Books.price) over { orderBy(Books.published); rows(unboundedPreceding, currentRow) },
    ).orderBy(Books.published).toList()
// docs:end

// docs:ctes
suspend fun reviewedAuthors(): List<Row> {
    val reviewed = select(Books.author).from(Books)
        .where { exists(Reviews.select(Reviews.id).where { bookId eq Books.id }) }
        .asCte("reviewed")
    return reviewed.selectAll().distinct().orderBy(reviewed[Books.author]).toList()
}

/** A review and its replies, however deep: a recursive CTE declared as an object. */
object ReplyThread : Cte("reply_thread", true) {
    val id = bigint("id")
    val depth = integer("depth")

    override fun definition(): Query = (
        select(Reviews.id, literal(0)).from(Reviews).where { repliesTo eq null } unionAll
            select(Reviews.id, depth + 1).from(Reviews).join(ReplyThread) { id eq Reviews.repliesTo }
        ).statement
}

suspend fun threads(): List<Row> = ReplyThread.selectAll().orderBy(ReplyThread.id).toList()
// docs:end

// docs:set-operations
suspend fun everyone(): List<Row> =
    (Books.select(Books.author) union Reviews.select(Reviews.reviewer)).orderBy(Books.author.asc()).toList()
// docs:end

// docs:seek
suspend fun allTitlesPageByPage(pageSize: Long): List<String> {
    val page = Books.select(Books.id, Books.title, Books.price).orderBy(Books.price.asc(), Books.id.asc()).limit(pageSize)
    val titles = mutableListOf<String>()
    var rows = page.toList()
    while (rows.isNotEmpty()) {
        titles += rows.map { it[Books.title] }
        rows = page.seekAfter(rows.last()).toList()
    }
    return titles
}
// docs:end

// docs:locking
suspend fun reserveCheapest(): Row? =
    Books.select { inStock eq true }.orderBy(Books.price).limit(1).forUpdate().skipLocked().firstOrNull()
// docs:end

// docs:writes
suspend fun restock(): Int {
    Reviews.insertAll(listOf("Ada" to 5, "Alan" to 4)) { row, (name, stars) ->
        row[bookId] = 1L
        row[reviewer] = name
        row[this.stars] = stars
    }
    Books.upsert(Books.id) {
        it[id] = 1L
        it[title] = "Frankenstein"
        it[author] = "Mary Shelley"
        it[published] = 1818
        it[price] = BigDecimal("11.99")
        it[inStock] = true
        it[addedAt] = java.time.Instant.parse("2024-03-01T09:00:00Z")
    }
    val added = Books.insertReturning(Books.id) {
        it[title] = "Dracula"; it[author] = "Bram Stoker"; it[published] = 1897
        it[price] = BigDecimal("9.50"); it[inStock] = true; it[addedAt] = java.time.Instant.parse("2024-03-02T09:00:00Z")
    }
    Reviews.insertFrom(select(literal(added[Books.id]), literal("Shop"), literal(3)), Reviews.bookId,
        Reviews.reviewer, Reviews.stars)
    Books.updateAll { it[price] = price + BigDecimal("0.50") }
    Books.update({ published lt 1900 and (inStock eq true) }) { it[price] = price * BigDecimal("0.90") }
    return Reviews.deleteWhere { stars lt 2 }
}
// docs:end
