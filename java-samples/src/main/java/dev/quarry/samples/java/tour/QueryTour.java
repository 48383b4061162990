package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.Books.BOOKS;
import static dev.quarry.samples.java.tour.Reviews.REVIEWS;
import static dev.quarry.sql.Functions.avg;
import static dev.quarry.sql.Functions.caseWhen;
import static dev.quarry.sql.Functions.coalesce;
import static dev.quarry.sql.Functions.count;
import static dev.quarry.sql.Functions.exists;
import static dev.quarry.sql.Functions.lag;
import static dev.quarry.sql.Functions.length;
import static dev.quarry.sql.Functions.literal;
import static dev.quarry.sql.Functions.notExists;
import static dev.quarry.sql.Functions.rank;
import static dev.quarry.sql.Functions.sum;
import static dev.quarry.sql.Functions.upper;

import dev.quarry.jdbc.Row;
import dev.quarry.jdbc.SelectQuery;
import dev.quarry.jdbc.Transaction;
import dev.quarry.sql.Column;
import dev.quarry.sql.Cte;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Query;
import dev.quarry.sql.Select;
import dev.quarry.sql.TableAlias;
import dev.quarry.sql.Window;
import dev.quarry.sql.Window.Frame.Bound;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The query language through the Java facade, one construct per method. docs/query-language.md
 * shows each region between "docs:" markers; the samples' tests run them all on SQLite.
 */
public final class QueryTour {
    private QueryTour() {
    }

    // docs:expressions
    static List<Row> priceList(Transaction tx) {
        return tx.select(
                        BOOKS.title,
                        upper(BOOKS.author),
                        BOOKS.price.multiply(new BigDecimal("1.20")).as("with_tax"),
                        length(BOOKS.title).subtract(1),
                        caseWhen(BOOKS.published.lt(1900), literal("classic")).otherwise(literal("modern")).as("era"),
                        coalesce(BOOKS.note, "-"))
                .from(BOOKS)
                .orderBy(BOOKS.title.asc())
                .fetch();
    }
    // docs:end

    // docs:aggregates
    static List<Row> wellReviewed(Transaction tx) {
        Expression.Aliased<Long> reviews = count(REVIEWS.id).as("reviews");
        Expression.Aliased<Double> stars = avg(REVIEWS.stars).as("stars");
        return tx.select(BOOKS.title, reviews, stars).from(BOOKS)
                .leftJoin(REVIEWS, REVIEWS.bookId.eq(BOOKS.id))
                .groupBy(BOOKS.id, BOOKS.title)
                .having(count(REVIEWS.id).ge(2L))
                .orderBy(stars.desc(), BOOKS.title.asc())
                .fetch();
    }
    // docs:end

    // docs:joins
    static List<Row> replies(Transaction tx) {
        TableAlias original = REVIEWS.as("original");
        return tx.select(BOOKS.title, REVIEWS.reviewer, original.get(REVIEWS.reviewer))
                .from(REVIEWS)
                .join(BOOKS, BOOKS.id.eq(REVIEWS.bookId))
                .join(original, original.get(REVIEWS.id).eq(REVIEWS.repliesTo))
                .orderBy(REVIEWS.id.asc())
                .fetch();
    }
    // docs:end

    // docs:subqueries
    static List<Row> unreviewedBooks(Transaction tx) {
        return tx.selectFrom(BOOKS)
                .where(notExists(Select.of(REVIEWS.id).fromTable(REVIEWS).where(REVIEWS.bookId.eq(BOOKS.id))))
                .orderBy(BOOKS.title.asc())
                .fetch();
    }

    static List<Row> booksReviewedBy(Transaction tx, String reviewer) {
        return tx.selectFrom(BOOKS)
                .where(BOOKS.id.in(Select.of(REVIEWS.bookId).fromTable(REVIEWS).where(REVIEWS.reviewer.eq(reviewer))))
                .fetch();
    }
    // docs:end

    // docs:windows
    static List<Row> rankedByAuthor(Transaction tx) {
        return tx.select(
                        BOOKS.author,
                        BOOKS.title,
                        rank().over(Window.partitionBy(BOOKS.author).andOrderBy(BOOKS.price.desc())),
                        lag(BOOKS.title).over(Window.orderBy(BOOKS.published.asc())),
                        sum(BOOKS.price).over(Window.orderBy(BOOKS.published.asc())
                                .rows(Bound.UNBOUNDED_PRECEDING, Bound.CURRENT_ROW)))
                .from(BOOKS)
                .orderBy(BOOKS.published.asc())
                .fetch();
    }
    // docs:end

    // docs:ctes
    static List<Row> reviewedAuthors(Transaction tx) {
        Cte reviewed = Select.of(BOOKS.author).fromTable(BOOKS)
                .where(exists(Select.of(REVIEWS.id).fromTable(REVIEWS).where(REVIEWS.bookId.eq(BOOKS.id))))
                .asCte("reviewed");
        return tx.selectFrom(reviewed).distinct().orderBy(reviewed.get(BOOKS.author).asc()).fetch();
    }

    /** A review and its replies, however deep: a recursive CTE declared as a class. */
    static final class ReplyThread extends Cte {
        final Column<Long> id = bigint("id");
        final Column<Integer> depth = integer("depth");

        ReplyThread() {
            super("reply_thread", true);
        }

        @Override
        protected Query definition() {
            return Select.of(REVIEWS.id, literal(0)).fromTable(REVIEWS).where(REVIEWS.repliesTo.isNull())
                    .unionAll(Select.of(REVIEWS.id, depth.add(1)).fromTable(REVIEWS)
                            .join(this, id.eq(REVIEWS.repliesTo)));
        }
    }

    static List<Row> threads(Transaction tx) {
        ReplyThread thread = new ReplyThread();
        return tx.selectFrom(thread).orderBy(thread.id.asc()).fetch();
    }
    // docs:end

    // docs:set-operations
    static List<Row> everyone(Transaction tx) {
        return tx.select(BOOKS.author).from(BOOKS)
                .union(tx.select(REVIEWS.reviewer).from(REVIEWS))
                .orderBy(BOOKS.author.asc())
                .fetch();
    }
    // docs:end

    // docs:seek
    static List<String> allTitlesPageByPage(Transaction tx, long pageSize) {
        SelectQuery page = tx.select(BOOKS.id, BOOKS.title, BOOKS.price).from(BOOKS)
                .orderBy(BOOKS.price.asc(), BOOKS.id.asc()).limit(pageSize);
        List<String> titles = new ArrayList<>();
        List<Row> rows = page.fetch();
        while (!rows.isEmpty()) {
            rows.forEach(row -> titles.add(row.get(BOOKS.title)));
            rows = page.seekAfter(rows.get(rows.size() - 1)).fetch();
        }
        return titles;
    }
    // docs:end

    // docs:locking
    static @Nullable Row reserveCheapest(Transaction tx) {
        return tx.selectFrom(BOOKS).where(BOOKS.inStock.eq(true)).orderBy(BOOKS.price.asc()).limit(1)
                .forUpdate().skipLocked().fetchOne();
    }
    // docs:end

    // docs:writes
    static int restock(Transaction tx) {
        tx.insertInto(REVIEWS)
                .set(REVIEWS.bookId, 1L).set(REVIEWS.reviewer, "Ada").set(REVIEWS.stars, 5)
                .newRow().set(REVIEWS.bookId, 1L).set(REVIEWS.reviewer, "Alan").set(REVIEWS.stars, 4)
                .execute();
        tx.insertInto(BOOKS)
                .set(BOOKS.id, 1L).set(BOOKS.title, "Frankenstein").set(BOOKS.author, "Mary Shelley")
                .set(BOOKS.published, 1818).set(BOOKS.price, new BigDecimal("11.99")).set(BOOKS.inStock, true)
                .set(BOOKS.addedAt, Instant.parse("2024-03-01T09:00:00Z"))
                .onConflict(BOOKS.id).doUpdateWithNewValues(BOOKS.price, BOOKS.inStock)
                .execute();
        long added = tx.insertInto(BOOKS)
                .set(BOOKS.title, "Dracula").set(BOOKS.author, "Bram Stoker").set(BOOKS.published, 1897)
                .set(BOOKS.price, new BigDecimal("9.50")).set(BOOKS.inStock, true)
                .set(BOOKS.addedAt, Instant.parse("2024-03-02T09:00:00Z"))
                .returning(BOOKS.id).fetch().get(0).get(BOOKS.id);
        tx.insertInto(REVIEWS).select(List.of(REVIEWS.bookId, REVIEWS.reviewer, REVIEWS.stars),
                Select.of(literal(added), literal("Shop"), literal(3))).execute();
        tx.update(BOOKS).set(BOOKS.price, BOOKS.price.add(new BigDecimal("0.50"))).execute();
        tx.update(BOOKS).set(BOOKS.price, BOOKS.price.multiply(new BigDecimal("0.90")))
                .where(BOOKS.published.lt(1900).and(BOOKS.inStock.eq(true))).execute();
        return tx.deleteFrom(REVIEWS).where(REVIEWS.stars.lt(2)).execute();
    }
    // docs:end

    // docs:records
    record Review(long bookId, String reviewer, int stars, @Nullable Long repliesTo) {
    }

    record Rating(String title, long reviews, @Nullable Double averageStars) {
    }

    static List<Rating> ratings(Transaction tx, List<Review> newReviews) {
        tx.insertInto(REVIEWS).rows(newReviews).execute();
        return tx.select(BOOKS.title, count(REVIEWS.id).as("reviews"), avg(REVIEWS.stars).as("average_stars"))
                .from(BOOKS).join(REVIEWS, REVIEWS.bookId.eq(BOOKS.id))
                .groupBy(BOOKS.title).orderBy(BOOKS.title.asc())
                .fetchInto(Rating.class);
    }
    // docs:end
}
