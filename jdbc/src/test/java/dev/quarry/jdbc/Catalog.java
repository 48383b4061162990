package dev.quarry.jdbc;

import static dev.quarry.sql.Relation.manyToMany;
import static dev.quarry.sql.Relation.manyToOne;
import static dev.quarry.sql.Relation.oneToMany;
import static dev.quarry.sql.Relation.oneToOne;

import dev.quarry.sql.Column;
import dev.quarry.sql.Relation;
import dev.quarry.sql.Table;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue the relation tests load: authors with a profile (one-to-one), books (one-to-many
 * and many-to-one), reviews of books, tags of books (many-to-many through book_tags), and editions
 * with a composite key and their printings.
 */
final class Catalog {
    static final Authors AUTHORS = new Authors();
    static final Profiles PROFILES = new Profiles();
    static final Books BOOKS = new Books();
    static final Reviews REVIEWS = new Reviews();
    static final Tags TAGS = new Tags();
    static final BookTags BOOK_TAGS = new BookTags();
    static final Editions EDITIONS = new Editions();
    static final Printings PRINTINGS = new Printings();

    /** In creation order; dropped in reverse. */
    static final List<Table> TABLES = List.of(AUTHORS, PROFILES, BOOKS, REVIEWS, TAGS, BOOK_TAGS, EDITIONS, PRINTINGS);

    private Catalog() {
    }

    static final class Authors extends Table {
        final Column<Long> id = bigint("id");
        final Column<String> name = varchar("name", 40);
        final Column<String> country = varchar("country", 2);
        final Relation<Authors, Books> books = oneToMany(this, "books", () -> BOOKS.author);
        final Relation<Authors, Profiles> profile = oneToOne(this, "profile", () -> PROFILES.author);

        private Authors() {
            super("rel_authors");
            primaryKey(id);
        }
    }

    static final class Profiles extends Table {
        final Column<Long> authorId = bigint("author_id").references(AUTHORS.id);
        final Column<String> bio = varchar("bio", 80);
        final Relation<Profiles, Authors> author = manyToOne(this, "author", AUTHORS, authorId);

        private Profiles() {
            super("rel_profiles");
            primaryKey(authorId);
        }
    }

    static final class Books extends Table {
        final Column<Long> id = bigint("id");
        final Column<Long> authorId = bigint("author_id").references(AUTHORS.id);
        final Column<String> title = varchar("title", 60);
        final Column<Integer> year = integer("year");
        final Relation<Books, Authors> author = manyToOne(this, "author", AUTHORS, authorId);
        final Relation<Books, Reviews> reviews = oneToMany(this, "reviews", () -> REVIEWS.book);
        final Relation<Books, Tags> tags = manyToMany(this, "tags", () -> BOOK_TAGS.book, () -> BOOK_TAGS.tag);

        private Books() {
            super("rel_books");
            primaryKey(id);
        }
    }

    static final class Reviews extends Table {
        final Column<Long> id = bigint("id");
        final Column<Long> bookId = bigint("book_id").references(BOOKS.id);
        final Column<Integer> stars = integer("stars");
        final Relation<Reviews, Books> book = manyToOne(this, "book", BOOKS, bookId);

        private Reviews() {
            super("rel_reviews");
            primaryKey(id);
        }
    }

    static final class Tags extends Table {
        final Column<Long> id = bigint("id");
        final Column<String> label = varchar("label", 20);
        final Relation<Tags, Books> books = manyToMany(this, "books", () -> BOOK_TAGS.tag, () -> BOOK_TAGS.book);

        private Tags() {
            super("rel_tags");
            primaryKey(id);
        }
    }

    static final class BookTags extends Table {
        final Column<Long> bookId = bigint("book_id").references(BOOKS.id);
        final Column<Long> tagId = bigint("tag_id").references(TAGS.id);
        final Relation<BookTags, Books> book = manyToOne(this, "book", BOOKS, bookId);
        final Relation<BookTags, Tags> tag = manyToOne(this, "tag", TAGS, tagId);

        private BookTags() {
            super("rel_book_tags");
            primaryKey(bookId, tagId);
        }
    }

    static final class Editions extends Table {
        final Column<String> series = varchar("series", 8);
        final Column<Integer> number = integer("number");
        final Column<String> title = varchar("title", 40);
        final Relation<Editions, Printings> printings = oneToMany(this, "printings", () -> PRINTINGS.edition);

        private Editions() {
            super("rel_editions");
            primaryKey(series, number);
        }
    }

    static final class Printings extends Table {
        final Column<Long> id = bigint("id");
        final Column<String> series = varchar("series", 8);
        final Column<@Nullable Integer> number = integer("number").nullable();
        final Column<Integer> copies = integer("copies");
        final Relation<Printings, Editions> edition = manyToOne(this, "edition", EDITIONS, List.of(series, number));

        private Printings() {
            super("rel_printings");
            primaryKey(id);
        }
    }

    /** Drops and creates the tables and fills them with a small catalogue. */
    static void fill(Database db) {
        db.inTransaction(tx -> {
            for (int i = TABLES.size() - 1; i >= 0; i--) {
                tx.dropTableIfExists(TABLES.get(i));
            }
            TABLES.forEach(tx::createTable);
            tx.insertInto(AUTHORS).set(AUTHORS.id, 1L).set(AUTHORS.name, "Ada").set(AUTHORS.country, "UK")
                    .newRow().set(AUTHORS.id, 2L).set(AUTHORS.name, "Grace").set(AUTHORS.country, "US")
                    .newRow().set(AUTHORS.id, 3L).set(AUTHORS.name, "Mary").set(AUTHORS.country, "UK").execute();
            tx.insertInto(PROFILES).set(PROFILES.authorId, 1L).set(PROFILES.bio, "Engines").execute();
            Object[][] books = {{10L, 1L, "Notes", 1843}, {11L, 1L, "Letters", 1850}, {12L, 1L, "Sketches", 1845},
                {20L, 2L, "Compilers", 1952}, {21L, 2L, "COBOL", 1959}};
            tx.insertInto(BOOKS).rows(List.of(books), (row, b) -> row.set(BOOKS.id, (Long) b[0])
                    .set(BOOKS.authorId, (Long) b[1]).set(BOOKS.title, (String) b[2]).set(BOOKS.year, (Integer) b[3]))
                    .execute();
            long[][] reviews = {{100, 10, 5}, {101, 10, 4}, {102, 10, 3}, {103, 11, 2}, {104, 20, 5}};
            tx.insertInto(REVIEWS).rows(List.of(reviews), (row, r) -> row.set(REVIEWS.id, r[0])
                    .set(REVIEWS.bookId, r[1]).set(REVIEWS.stars, (int) r[2])).execute();
            tx.insertInto(TAGS).set(TAGS.id, 1L).set(TAGS.label, "maths")
                    .newRow().set(TAGS.id, 2L).set(TAGS.label, "computing")
                    .newRow().set(TAGS.id, 3L).set(TAGS.label, "unused").execute();
            long[][] bookTags = {{10, 1}, {10, 2}, {11, 1}, {20, 2}, {21, 2}};
            tx.insertInto(BOOK_TAGS).rows(List.of(bookTags), (row, t) -> row.set(BOOK_TAGS.bookId, t[0])
                    .set(BOOK_TAGS.tagId, t[1])).execute();
            tx.insertInto(EDITIONS).set(EDITIONS.series, "A").set(EDITIONS.number, 1).set(EDITIONS.title, "First")
                    .newRow().set(EDITIONS.series, "A").set(EDITIONS.number, 2).set(EDITIONS.title, "Second")
                    .newRow().set(EDITIONS.series, "B").set(EDITIONS.number, 1).set(EDITIONS.title, "Other").execute();
            tx.insertInto(PRINTINGS).set(PRINTINGS.id, 1L).set(PRINTINGS.series, "A").set(PRINTINGS.number, 1)
                    .set(PRINTINGS.copies, 500)
                    .newRow().set(PRINTINGS.id, 2L).set(PRINTINGS.series, "A").set(PRINTINGS.number, 1)
                    .set(PRINTINGS.copies, 800)
                    .newRow().set(PRINTINGS.id, 3L).set(PRINTINGS.series, "B").set(PRINTINGS.number, 1)
                    .set(PRINTINGS.copies, 50)
                    .newRow().set(PRINTINGS.id, 4L).set(PRINTINGS.series, "A").set(PRINTINGS.number, null)
                    .set(PRINTINGS.copies, 7).execute();
        });
    }
}
