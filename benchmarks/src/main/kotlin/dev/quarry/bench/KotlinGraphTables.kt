package dev.quarry.bench

import dev.quarry.kotlin.Table
import kotlinx.serialization.Serializable

/** W8's schema as Kotlin DSL tables with their relations (the same tables as [GraphTables]). */
object KAuthors : Table("bench_authors") {
    val id = long("id")
    val name = varchar("name", 64)
    override val primaryKey = primaryKey(id)
    val books = oneToMany("books") { KBooks.author }
}

object KBooks : Table("bench_books") {
    val id = long("id")
    val authorId = long("author_id")
    val title = varchar("title", 64)
    val pages = integer("pages")
    override val primaryKey = primaryKey(id)
    val author = manyToOne("author", KAuthors, authorId)
    val reviews = oneToMany("reviews") { KReviews.book }
}

object KReviews : Table("bench_reviews") {
    val id = long("id")
    val bookId = long("book_id")
    val stars = integer("stars")
    val body = varchar("body", 120)
    override val primaryKey = primaryKey(id)
    val book = manyToOne("book", KBooks, bookId)
}

/** W8's object graph as `@Serializable` classes: what the Kotlin clients load. */
@Serializable
data class KGraphAuthor(val id: Long, val name: String, val books: List<KGraphBook>)

@Serializable
data class KGraphBook(val id: Long, val title: String, val pages: Int, val reviews: List<KGraphReview>)

@Serializable
data class KGraphReview(val id: Long, val stars: Int, val body: String)
