package dev.quarry.bench

import javax.sql.DataSource
import org.jetbrains.exposed.v1.core.SortOrder
import org.jetbrains.exposed.v1.core.and
import org.jetbrains.exposed.v1.core.dao.id.EntityID
import org.jetbrains.exposed.v1.core.dao.id.LongIdTable
import org.jetbrains.exposed.v1.core.greaterEq
import org.jetbrains.exposed.v1.core.lessEq
import org.jetbrains.exposed.v1.dao.LongEntity
import org.jetbrains.exposed.v1.dao.LongEntityClass
import org.jetbrains.exposed.v1.dao.with
import org.jetbrains.exposed.v1.jdbc.Database
import org.jetbrains.exposed.v1.jdbc.transactions.transaction

/** W8's schema as Exposed DAO tables (the same tables as [GraphTables]). */
object EAuthors : LongIdTable("bench_authors") {
    val name = varchar("name", 64)
}

object EBooks : LongIdTable("bench_books") {
    val author = reference("author_id", EAuthors)
    val title = varchar("title", 64)
    val pages = integer("pages")
}

object EReviews : LongIdTable("bench_reviews") {
    val book = reference("book_id", EBooks)
    val stars = integer("stars")
    val body = varchar("body", 120)
}

class AuthorEntity(id: EntityID<Long>) : LongEntity(id) {
    companion object : LongEntityClass<AuthorEntity>(EAuthors)

    val name by EAuthors.name
    val books by BookEntity referrersOn EBooks.author
}

class BookEntity(id: EntityID<Long>) : LongEntity(id) {
    companion object : LongEntityClass<BookEntity>(EBooks)

    val title by EBooks.title
    val pages by EBooks.pages
    val reviews by ReviewEntity referrersOn EReviews.book
}

class ReviewEntity(id: EntityID<Long>) : LongEntity(id) {
    companion object : LongEntityClass<ReviewEntity>(EReviews)

    val stars by EReviews.stars
    val body by EReviews.body
}

/**
 * W8 through Exposed's DAO: the authors found as entities with their books and the books' reviews
 * loaded eagerly (`with(AuthorEntity::books, BookEntity::reviews)`, one statement per relation), in
 * one transaction, then copied into the same records the Java clients return.
 */
class GraphExposedWorkloads(pool: DataSource) {
    private val db = Database.connect(pool)

    /** The authors [first] to `first + count - 1` with their books and reviews. */
    fun load(first: Long, count: Int): List<GraphAuthor> = transaction(db) {
        AuthorEntity.find { (EAuthors.id greaterEq first) and (EAuthors.id lessEq first + count - 1) }
            .orderBy(EAuthors.id to SortOrder.ASC)
            .with(AuthorEntity::books, BookEntity::reviews)
            .map { author ->
                GraphAuthor(author.id.value, author.name, author.books.sortedBy { it.id.value }.map { book ->
                    GraphBook(book.id.value, book.title, book.pages, book.reviews.sortedBy { it.id.value }.map { review ->
                        GraphReview(review.id.value, review.stars, review.body)
                    })
                })
            }
    }
}
