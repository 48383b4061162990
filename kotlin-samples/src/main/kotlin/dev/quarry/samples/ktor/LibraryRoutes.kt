package dev.quarry.samples.ktor

import dev.quarry.jdbc.ForeignKeyViolationException
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.firstOrNull
import dev.quarry.kotlin.insertAndGetId
import dev.quarry.kotlin.select
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.toList
import dev.quarry.kotlin.transaction
import dev.quarry.ktor.database
import io.ktor.http.HttpStatusCode
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.RoutingContext
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.route

// docs:ktor-routes
/** The library's API: authors and their books, read and written in transactions of the call's database. */
fun Route.libraryRoutes() {
    route("/authors") {
        get {
            val authors = transaction(call.database) { Authors.selectAll().orderBy(Authors.id).toList<Author>() }
            call.respond(authors)
        }
        post {
            val new = call.receive<NewAuthor>()
            val id = transaction(call.database) {
                Authors.insertAndGetId { it[name] = new.name; it[country] = new.country }
            }
            call.respond(HttpStatusCode.Created, Author(id, new.name, new.country))
        }
        get("/{id}") {
            val id = authorId() ?: return@get
            val author = transaction(call.database) { Authors.select { Authors.id eq id }.firstOrNull<Author>() }
            if (author == null) call.respond(HttpStatusCode.NotFound, Problem("no author $id")) else call.respond(author)
        }
        get("/{id}/books") {
            val id = authorId() ?: return@get
            val books = transaction(call.database) {
                Books.select { authorId eq id }.orderBy(Books.id).toList<Book>()
            }
            call.respond(books)
        }
        post("/{id}/books") {
            val id = authorId() ?: return@post
            val new = call.receive<NewBook>()
            // The foreign key checks that the author exists: one statement, no read before the write,
            // so on SQLite it waits for the write lock instead of conflicting with another writer.
            val bookId = try {
                transaction(call.database) {
                    Books.insertAndGetId { it[authorId] = id; it[title] = new.title; it[published] = new.published }
                }
            } catch (missingAuthor: ForeignKeyViolationException) {
                null
            }
            if (bookId == null) {
                call.respond(HttpStatusCode.NotFound, Problem("no author $id"))
            } else {
                call.respond(HttpStatusCode.Created, Book(bookId, id, new.title, new.published))
            }
        }
    }
}

/** The author id of the path, or null after answering 400 for one that is not a number. */
private suspend fun RoutingContext.authorId(): Long? {
    val id = call.parameters["id"]?.toLongOrNull()
    if (id == null) call.respond(HttpStatusCode.BadRequest, Problem("the author id must be a number"))
    return id
}
// docs:end
