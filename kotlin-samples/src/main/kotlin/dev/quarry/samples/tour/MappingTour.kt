package dev.quarry.samples.tour

import dev.quarry.kotlin.alias
import dev.quarry.kotlin.count
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.insertAll
import dev.quarry.kotlin.insertValue
import dev.quarry.kotlin.into
import dev.quarry.kotlin.lt
import dev.quarry.kotlin.select
import dev.quarry.kotlin.toList
import dev.quarry.kotlin.update
import dev.quarry.samples.Books
import java.math.BigDecimal
import java.time.Instant
import kotlinx.serialization.Contextual
import kotlinx.serialization.Serializable

// Rows as @Serializable data classes and back. docs/serialization.md shows each region between
// "docs:" markers (the README the first); the samples' tests run them all on SQLite.

// docs:readme
@Serializable
data class AuthorShelf(val author: String, val books: Long)

suspend fun shelves(): List<AuthorShelf> =
    Books.select(Books.author, count() alias "books").groupBy(Books.author).orderBy(Books.author).toList<AuthorShelf>()
// docs:end

// docs:reading
@Serializable
data class BookCard(
    val id: Long,
    val title: String,
    @Contextual val price: BigDecimal, // the column type decoded it; taken as it is
    val inStock: Boolean,              // in_stock
    val note: String? = null,          // not selected: keeps its default
)

suspend fun bargains(): List<BookCard> =
    Books.select(Books.id, Books.title, Books.price, Books.inStock)
        .where { price lt BigDecimal("10.00") }
        .orderBy(Books.title)
        .into<BookCard>()
        .toList()
// docs:end

// docs:joins
@Serializable
data class ReviewLine(val title: String, val reviewer: String, val stars: Int, val answers: String?)

suspend fun reviewLines(): List<ReviewLine> {
    val original = Reviews.alias("original")
    return select(Books.title, Reviews.reviewer, Reviews.stars, original[Reviews.reviewer] alias "answers")
        .from(Reviews)
        .join(Books) { id eq Reviews.bookId }
        .leftJoin(original) { original[Reviews.id] eq Reviews.repliesTo }
        .orderBy(Reviews.id)
        .toList<ReviewLine>()
}
// docs:end

// docs:value-classes
@JvmInline
@Serializable
value class BookId(val value: Long)

suspend fun booksBy(author: String): List<BookId> =
    Books.select(Books.id).where { this.author eq author }.orderBy(Books.id).toList<BookId>()
// docs:end

// docs:writing
@Serializable
data class NewBook(
    val id: Long? = null, // null: the database generates the key
    val title: String,
    val author: String,
    val published: Int,
    @Contextual val price: BigDecimal,
    val inStock: Boolean = true,
    @Contextual val addedAt: Instant,
    val note: String? = null,
)

suspend fun addBook(book: NewBook): Int = Books.insertValue(book)

suspend fun addBooks(books: List<NewBook>): Int = Books.insertAll(books)

suspend fun replaceBook(id: Long, book: NewBook): Int = Books.update({ this.id eq id }, book.copy(id = id))
// docs:end
