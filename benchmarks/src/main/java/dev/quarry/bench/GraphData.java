package dev.quarry.bench;

import static dev.quarry.bench.GraphTables.AUTHORS;
import static dev.quarry.bench.GraphTables.BOOKS;
import static dev.quarry.bench.GraphTables.REVIEWS;

import dev.quarry.jdbc.Database;
import dev.quarry.sql.Table;
import java.util.List;
import java.util.stream.LongStream;

/**
 * W8's data: 1,000 authors, 20 books each, 3 reviews per book. A book's author and a review's book
 * are spread over the table (book {@code n} belongs to author {@code n mod 1,000}), so an author's
 * rows are not neighbours on disk. Created once per database and kept, as {@link BenchData} is.
 */
public final class GraphData {
    public static final int AUTHOR_COUNT = 1_000;
    public static final int BOOKS_PER_AUTHOR = 20;
    public static final int REVIEWS_PER_BOOK = 3;
    /** The authors one W8 operation loads. */
    public static final int LOADED_AUTHORS = 100;
    static final int BOOK_COUNT = AUTHOR_COUNT * BOOKS_PER_AUTHOR;
    static final int REVIEW_COUNT = BOOK_COUNT * REVIEWS_PER_BOOK;

    private GraphData() {
    }

    /** Creates the tables and fills them where they are not filled yet. */
    static void ensure(Database db) {
        db.inTransaction(tx -> {
            for (Table table : List.of(AUTHORS, BOOKS, REVIEWS)) {
                tx.createTableIfNotExists(table);
            }
        });
        if (db.transaction(tx -> tx.selectFrom(AUTHORS).count()) != AUTHOR_COUNT) {
            db.inTransaction(tx -> {
                tx.deleteFrom(AUTHORS).execute();
                tx.insertInto(AUTHORS).rows(ids(AUTHOR_COUNT), (row, id) -> row
                        .set(AUTHORS.id, id).set(AUTHORS.name, "author-" + id)).execute();
            });
        }
        if (db.transaction(tx -> tx.selectFrom(BOOKS).count()) != BOOK_COUNT) {
            db.inTransaction(tx -> {
                tx.deleteFrom(BOOKS).execute();
                tx.insertInto(BOOKS).rows(ids(BOOK_COUNT), (row, id) -> row
                        .set(BOOKS.id, id).set(BOOKS.authorId, (id - 1) % AUTHOR_COUNT + 1)
                        .set(BOOKS.title, "book-" + id).set(BOOKS.pages, (int) (100 + id % 400))).execute();
            });
        }
        if (db.transaction(tx -> tx.selectFrom(REVIEWS).count()) != REVIEW_COUNT) {
            db.inTransaction(tx -> {
                tx.deleteFrom(REVIEWS).execute();
                tx.insertInto(REVIEWS).rows(ids(REVIEW_COUNT), (row, id) -> row
                        .set(REVIEWS.id, id).set(REVIEWS.bookId, (id - 1) % BOOK_COUNT + 1)
                        .set(REVIEWS.stars, (int) (1 + id % 5))
                        .set(REVIEWS.body, "review " + id + " of book " + ((id - 1) % BOOK_COUNT + 1))).execute();
            });
        }
    }

    /** The first author id of an operation's range of {@link #LOADED_AUTHORS} authors, from a random draw. */
    static long firstAuthor(int draw) {
        return 1 + Math.floorMod(draw, AUTHOR_COUNT - LOADED_AUTHORS + 1);
    }

    private static List<Long> ids(int count) {
        return LongStream.rangeClosed(1, count).boxed().toList();
    }
}
