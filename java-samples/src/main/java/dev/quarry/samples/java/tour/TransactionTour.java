package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.Books.BOOKS;
import static dev.quarry.samples.java.tour.Events.EVENTS;
import static dev.quarry.samples.java.tour.Payments.PAYMENTS;
import static dev.quarry.samples.java.tour.Reviews.REVIEWS;

import dev.quarry.jdbc.CommitOutcomeUnknownException;
import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.Propagation;
import dev.quarry.jdbc.RetryPolicy;
import dev.quarry.jdbc.Row;
import dev.quarry.jdbc.TransactionAction;
import dev.quarry.jdbc.TransactionOptions;
import dev.quarry.sql.IsolationLevel;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Transactions through the Java facade, one topic per method. docs/transactions.md shows each
 * region between "docs:" markers; the samples' tests run them all on SQLite.
 */
public final class TransactionTour {
    private TransactionTour() {
    }

    // docs:propagation
    static final TransactionOptions REQUIRES_NEW = TransactionOptions.DEFAULT.propagation(Propagation.REQUIRES_NEW);
    static final TransactionOptions NESTED = TransactionOptions.DEFAULT.propagation(Propagation.NESTED);

    /** Sells a book if it is in stock; the event stays and a failed review request does not undo the sale. */
    static boolean sell(Database db, long bookId, String buyer) {
        return db.transaction(tx -> {
            db.inTransaction(REQUIRES_NEW, log -> log.insertInto(EVENTS)
                    .set(EVENTS.message, buyer + " asked for book " + bookId).execute());
            boolean sold = tx.update(BOOKS).set(BOOKS.inStock, false)
                    .where(BOOKS.id.eq(bookId).and(BOOKS.inStock.eq(true))).execute() == 1;
            if (sold) {
                try {
                    db.inTransaction(NESTED, review -> {
                        review.insertInto(REVIEWS).set(REVIEWS.bookId, bookId).set(REVIEWS.reviewer, buyer)
                                .set(REVIEWS.stars, 0).set(REVIEWS.repliesTo, null).execute();
                        if (buyer.isBlank()) {
                            throw new IllegalArgumentException("a review needs a reviewer");
                        }
                    });
                } catch (IllegalArgumentException ignored) {
                    // The nested transaction rolled back to its savepoint; the sale goes on.
                }
            }
            return sold;
        });
    }
    // docs:end

    // docs:options
    static final TransactionOptions PRICING = TransactionOptions.DEFAULT
            .isolation(IsolationLevel.SERIALIZABLE)
            .retry(RetryPolicy.onTransientFailure(5, Duration.ofMillis(10), Duration.ofSeconds(1)))
            .statementTimeout(Duration.ofSeconds(2))
            .timeout(Duration.ofSeconds(5));

    /** Raises a price by a percentage; the work may run more than once, so it only touches the database. */
    static BigDecimal raisePrice(Database db, long bookId, int percent) {
        BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(percent).movePointLeft(2));
        return db.transaction(PRICING, tx -> {
            tx.update(BOOKS).set(BOOKS.price, BOOKS.price.multiply(factor)).where(BOOKS.id.eq(bookId)).execute();
            return tx.selectFrom(BOOKS).where(BOOKS.id.eq(bookId)).fetchOne().get(BOOKS.price);
        });
    }

    static long booksInStock(Database db) {
        return db.transaction(TransactionOptions.DEFAULT.readOnly(),
                tx -> tx.selectFrom(BOOKS).where(BOOKS.inStock.eq(true)).count());
    }
    // docs:end

    // docs:async
    /** Runs on the database's executor; cancelling the future cancels the statement on the server. */
    static CompletableFuture<List<String>> titlesLike(Database db, String pattern) {
        return db.transactionAsync(TransactionOptions.DEFAULT.readOnly().timeout(Duration.ofSeconds(5)),
                tx -> tx.selectFrom(BOOKS).where(BOOKS.title.like(pattern)).orderBy(BOOKS.id.asc()).fetch()
                        .stream().map(row -> row.get(BOOKS.title)).toList());
    }
    // docs:end

    // docs:streaming
    /** Writes every title without holding all rows in memory; the stream is read inside its transaction. */
    static void exportTitles(Database db, StringBuilder out) {
        db.inTransaction(tx -> {
            try (Stream<Row> rows = tx.selectFrom(BOOKS).orderBy(BOOKS.id.asc()).stream(500)) {
                rows.forEach(row -> out.append(row.get(BOOKS.title)).append('\n'));
            }
        });
    }
    // docs:end

    // docs:raw-sql
    static int vacuumEvents(Database db, long olderThanId) {
        return db.transaction(tx -> tx.execute("DELETE FROM events WHERE id < ?", olderThanId));
    }
    // docs:end

    // docs:idempotent
    /**
     * Records a payment once per request id, however often it runs: after a commit whose outcome is
     * unknown it runs again, and finds the first run's row if that was saved.
     */
    static void recordPayment(Database db, String requestId, long cents) {
        TransactionAction once = tx -> tx.insertInto(PAYMENTS).set(PAYMENTS.requestId, requestId)
                .set(PAYMENTS.amountCents, cents).onConflict(PAYMENTS.requestId).doNothing().execute();
        try {
            db.inTransaction(once);
        } catch (CommitOutcomeUnknownException unknown) {
            db.inTransaction(once);
        }
    }
    // docs:end
}
