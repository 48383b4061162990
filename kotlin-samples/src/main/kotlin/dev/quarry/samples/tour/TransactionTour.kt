package dev.quarry.samples.tour

import dev.quarry.jdbc.CommitOutcomeUnknownException
import dev.quarry.jdbc.Propagation
import dev.quarry.jdbc.RetryPolicy
import dev.quarry.jdbc.Row
import dev.quarry.jdbc.TransactionOptions
import dev.quarry.kotlin.and
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.exec
import dev.quarry.kotlin.insert
import dev.quarry.kotlin.insertOrIgnore
import dev.quarry.kotlin.like
import dev.quarry.kotlin.select
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.times
import dev.quarry.kotlin.transaction
import dev.quarry.kotlin.update
import dev.quarry.samples.Books
import dev.quarry.sql.IsolationLevel
import java.math.BigDecimal
import java.time.Duration
import kotlin.coroutines.EmptyCoroutineContext
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeoutOrNull

// Transactions in Kotlin, one topic per function. docs/transactions.md shows each region between
// "docs:" markers; the samples' tests run them all on SQLite.

// docs:propagation
/** Records an event that stays even when the transaction that asked for it rolls back. */
suspend fun log(message: String) =
    transaction(options = TransactionOptions.DEFAULT.propagation(Propagation.REQUIRES_NEW)) {
        Events.insert { it[Events.message] = message }
    }

/** Sells a book if it is in stock; a failed review request does not undo the sale. */
suspend fun sell(bookId: Long, buyer: String): Boolean = transaction {
    log("$buyer asked for book $bookId")
    val sold = Books.update({ (id eq bookId) and (inStock eq true) }) { it[inStock] = false } == 1
    if (sold) {
        runCatching {
            transaction(options = TransactionOptions.DEFAULT.propagation(Propagation.NESTED)) {
                Reviews.insert { it[Reviews.bookId] = bookId; it[reviewer] = buyer; it[stars] = 0 }
                require(buyer.isNotBlank()) { "a review needs a reviewer" }
            }
        }
    }
    sold
}
// docs:end

// docs:options
/** Serializable, retried on conflicts, and never longer than five seconds in all. */
val pricing: TransactionOptions = TransactionOptions.DEFAULT
    .isolation(IsolationLevel.SERIALIZABLE)
    .retry(RetryPolicy.onTransientFailure(5, Duration.ofMillis(10), Duration.ofSeconds(1)))
    .statementTimeout(Duration.ofSeconds(2))
    .timeout(Duration.ofSeconds(5))

/** Raises a price by a percentage; the block may run more than once, so it only touches the database. */
suspend fun raisePrice(bookId: Long, percent: Int): BigDecimal = transaction(options = pricing) {
    val factor = BigDecimal.ONE + BigDecimal(percent).movePointLeft(2)
    Books.update({ id eq bookId }) { it[price] = price * factor }
    Books.select { id eq bookId }.single()[Books.price]
}

/** Reads in a read-only transaction: a write in it would fail. */
suspend fun booksInStock(): Long =
    transaction(options = TransactionOptions.DEFAULT.readOnly()) { Books.select { inStock eq true }.count() }
// docs:end

// docs:coroutines
/** Children and other dispatchers share the transaction; the commit waits for every child. */
suspend fun longestTitles(): List<String> = transaction {
    val titles = Books.selectAll().toList().map { it[Books.title] }
    val longest = withContext(Dispatchers.Default) { titles.sortedByDescending { it.length }.take(2) }
    longest.map { title -> async { Events.insert { it[message] = "long title: $title" } } }.awaitAll()
    longest
}
// docs:end

// docs:dispatch
/** Runs on the caller's thread: the point selects of an embedded SQLite database need no hand-off. */
suspend fun bookTitle(id: Long): String = transaction(context = EmptyCoroutineContext) {
    Books.select { Books.id eq id }.single()[Books.title]
}
// docs:end

// docs:cancellation
/** Gives up after the deadline: the running statement is cancelled on the server and rolled back. */
suspend fun searchWithin(millis: Long, term: String): List<Row>? = withTimeoutOrNull(millis) {
    transaction { Books.select { title like "%$term%" }.orderBy(Books.id).toList() }
}
// docs:end

// docs:streaming
/** Writes every title without holding all rows in memory; the flow is collected inside its transaction. */
suspend fun exportTitles(out: Appendable) = transaction {
    Books.selectAll().orderBy(Books.id).asFlow(fetchSize = 500).collect { out.appendLine(it[Books.title]) }
}
// docs:end

// docs:raw-sql
/** SQL the query language does not cover, with bound parameters, in the current transaction. */
suspend fun vacuumEvents(olderThanId: Long): Int = transaction { exec("DELETE FROM events WHERE id < ?", olderThanId) }
// docs:end

// docs:idempotent
/**
 * Records a payment once per request id, however often it runs: after a commit whose outcome is
 * unknown it runs again, and finds the first run's row if that was saved.
 */
suspend fun recordPayment(requestId: String, cents: Long) {
    val once: suspend () -> Unit = {
        transaction {
            Payments.insertOrIgnore(Payments.requestId) { it[Payments.requestId] = requestId; it[amountCents] = cents }
        }
    }
    try {
        once()
    } catch (unknown: CommitOutcomeUnknownException) {
        once()
    }
}
// docs:end
