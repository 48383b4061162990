package dev.quarry.bench;

import static dev.quarry.sql.Relation.manyToOne;
import static dev.quarry.sql.Relation.oneToMany;

import dev.quarry.sql.Column;
import dev.quarry.sql.Relation;
import dev.quarry.sql.Table;

/**
 * W8's schema as Quarry Java tables with their relations: authors, their books, the books' reviews.
 * Each foreign key column is indexed, as a schema that loads related rows by it needs. The Kotlin
 * DSL and Exposed declare the same tables.
 */
final class GraphTables {
    private GraphTables() {
    }

    static final Authors AUTHORS = new Authors();
    static final Books BOOKS = new Books();
    static final Reviews REVIEWS = new Reviews();

    /** 1,000 authors; W8 loads 100 of them with their books and reviews. */
    static final class Authors extends Table {
        final Column<Long> id = bigint("id");
        final Column<String> name = varchar("name", 64);
        final Relation<Authors, Books> books = oneToMany(this, "books", () -> BOOKS.author);

        private Authors() {
            super("bench_authors");
            primaryKey(id);
        }
    }

    /** 20 books per author. */
    static final class Books extends Table {
        final Column<Long> id = bigint("id");
        final Column<Long> authorId = bigint("author_id");
        final Column<String> title = varchar("title", 64);
        final Column<Integer> pages = integer("pages");
        final Relation<Books, Authors> author = manyToOne(this, "author", AUTHORS, authorId);
        final Relation<Books, Reviews> reviews = oneToMany(this, "reviews", () -> REVIEWS.book);

        private Books() {
            super("bench_books");
            primaryKey(id);
            index(authorId);
        }
    }

    /** 3 reviews per book. */
    static final class Reviews extends Table {
        final Column<Long> id = bigint("id");
        final Column<Long> bookId = bigint("book_id");
        final Column<Integer> stars = integer("stars");
        final Column<String> body = varchar("body", 120);
        final Relation<Reviews, Books> book = manyToOne(this, "book", BOOKS, bookId);

        private Reviews() {
            super("bench_reviews");
            primaryKey(id);
            index(bookId);
        }
    }
}
