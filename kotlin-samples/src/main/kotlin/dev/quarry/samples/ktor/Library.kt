package dev.quarry.samples.ktor

import dev.quarry.kotlin.Table
import kotlinx.serialization.Serializable

// The tables of the library server and the JSON bodies of its routes. Rows decode into the
// @Serializable classes by column name (author_id ← authorId), without reflection.

/** Writers. */
object Authors : Table("authors") {
    val id = long("id").autoIncrement()
    val name = varchar("name", 100)
    val country = varchar("country", 60)
    override val primaryKey = primaryKey(id)
}

/** Books, each by one author. */
object Books : Table("books") {
    val id = long("id").autoIncrement()
    val authorId = long("author_id").references(Authors.id)
    val title = varchar("title", 200)
    val published = integer("published")
    override val primaryKey = primaryKey(id)
}

/** An author as the API returns it. */
@Serializable
data class Author(val id: Long, val name: String, val country: String)

/** The body of `POST /authors`. */
@Serializable
data class NewAuthor(val name: String, val country: String)

/** A book as the API returns it. */
@Serializable
data class Book(val id: Long, val authorId: Long, val title: String, val published: Int)

/** The body of `POST /authors/{id}/books`. */
@Serializable
data class NewBook(val title: String, val published: Int)

/** An error the API answers with. */
@Serializable
data class Problem(val message: String)
