package dev.quarry.jdbc;

import static dev.quarry.jdbc.Catalog.AUTHORS;
import static dev.quarry.jdbc.Catalog.BOOKS;
import static dev.quarry.jdbc.Catalog.EDITIONS;
import static dev.quarry.jdbc.Catalog.PRINTINGS;
import static dev.quarry.jdbc.Catalog.REVIEWS;
import static dev.quarry.jdbc.Catalog.TAGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quarry.sql.Include;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Loading each kind of relation with includes, nested, filtered, ordered and limited, on every dialect. */
class RelationIncludeTest {
    record Review(long id, int stars) {
    }

    record Book(long id, String title, int year, List<Review> reviews) {
    }

    record AuthorWithBooks(long id, String name, String country, List<Book> books) {
    }

    record Profile(String bio) {
    }

    record AuthorCard(String name, @Nullable Profile profile) {
    }

    record Author(String name) {
    }

    record BookWithAuthor(String title, Author author) {
    }

    record Tag(String label) {
    }

    record TaggedBook(String title, List<Tag> tags) {
    }

    record Title(String title) {
    }

    record TagWithBooks(String label, List<Title> books) {
    }

    record Printing(long id, int copies) {
    }

    record Edition(String series, int number, List<Printing> printings) {
    }

    record PrintingOf(long id, @Nullable EditionTitle edition) {
    }

    record EditionTitle(String title) {
    }

    private static Database filled(TestTarget target) {
        Database db = CountedDatabases.of(target);
        Catalog.fill(db);
        CountedDatabases.reset();
        return db;
    }

    private static void assertStatements(int expected) {
        List<ExecutedStatement> executed = CountedDatabases.executed();
        assertEquals(expected, executed.size(), () -> "statements run: " + executed.stream().map(ExecutedStatement::sql).toList());
    }

    @OnEveryDialect
    void oneToManyWithNestedIncludesMapsToRecordsInThreeStatements(TestTarget target) {
        Database db = filled(target);
        List<AuthorWithBooks> authors = db.transaction(tx -> tx.selectFrom(AUTHORS).where(AUTHORS.country.eq("UK"))
                .orderBy(AUTHORS.id.asc())
                .include(Include.of(AUTHORS.books).orderBy(BOOKS.year.asc())
                        .include(Include.of(BOOKS.reviews).orderBy(REVIEWS.stars.desc())))
                .fetchInto(AuthorWithBooks.class));
        assertEquals(List.of(
                new AuthorWithBooks(1, "Ada", "UK", List.of(
                        new Book(10, "Notes", 1843, List.of(new Review(100, 5), new Review(101, 4), new Review(102, 3))),
                        new Book(12, "Sketches", 1845, List.of()),
                        new Book(11, "Letters", 1850, List.of(new Review(103, 2))))),
                new AuthorWithBooks(3, "Mary", "UK", List.of())), authors);
        assertStatements(3);
    }

    @OnEveryDialect
    void rowTreesHoldTheRelatedRowsByRelation(TestTarget target) {
        Database db = filled(target);
        List<RowTree> trees = db.transaction(tx -> tx.selectFrom(AUTHORS).orderBy(AUTHORS.id.asc())
                .include(AUTHORS.books, AUTHORS.profile).fetch());
        assertEquals(List.of("Ada", "Grace", "Mary"), trees.stream().map(tree -> tree.get(AUTHORS.name)).toList());
        assertEquals(List.of("Notes", "Letters", "Sketches"),
                trees.get(0).children(AUTHORS.books).stream().map(book -> book.get(BOOKS.title)).toList());
        assertEquals("Engines", trees.get(0).child(AUTHORS.profile).get(Catalog.PROFILES.bio));
        assertNull(trees.get(1).child(AUTHORS.profile));
        assertEquals(List.of(), trees.get(2).children(AUTHORS.books));
        assertStatements(3);
    }

    @OnEveryDialect
    void manyToOneGivesEachRowItsParent(TestTarget target) {
        Database db = filled(target);
        List<BookWithAuthor> books = db.transaction(tx -> tx.select(BOOKS.id, BOOKS.title, BOOKS.authorId).from(BOOKS)
                .where(BOOKS.year.gt(1845)).orderBy(BOOKS.id.asc()).include(BOOKS.author).fetchInto(BookWithAuthor.class));
        assertEquals(List.of(new BookWithAuthor("Letters", new Author("Ada")), new BookWithAuthor("Compilers",
                new Author("Grace")), new BookWithAuthor("COBOL", new Author("Grace"))), books);
        assertStatements(2);
    }

    @OnEveryDialect
    void oneToOneIsARecordOrNull(TestTarget target) {
        Database db = filled(target);
        List<AuthorCard> cards = db.transaction(tx -> tx.select(AUTHORS.id, AUTHORS.name).from(AUTHORS)
                .orderBy(AUTHORS.id.asc()).include(AUTHORS.profile).fetchInto(AuthorCard.class));
        assertEquals(List.of(new AuthorCard("Ada", new Profile("Engines")), new AuthorCard("Grace", null),
                new AuthorCard("Mary", null)), cards);
    }

    @OnEveryDialect
    void manyToManyLoadsThroughTheJoinTableBothWays(TestTarget target) {
        Database db = filled(target);
        List<TaggedBook> books = db.transaction(tx -> tx.selectFrom(BOOKS).where(BOOKS.authorId.eq(1L))
                .orderBy(BOOKS.id.asc()).include(Include.of(BOOKS.tags).orderBy(TAGS.label.asc()))
                .fetchInto(TaggedBook.class));
        assertEquals(List.of(new TaggedBook("Notes", List.of(new Tag("computing"), new Tag("maths"))),
                new TaggedBook("Letters", List.of(new Tag("maths"))), new TaggedBook("Sketches", List.of())), books);
        List<TagWithBooks> tags = db.transaction(tx -> tx.selectFrom(TAGS).orderBy(TAGS.id.asc())
                .include(Include.of(TAGS.books).orderBy(BOOKS.id.asc())).fetchInto(TagWithBooks.class));
        assertEquals(List.of(new TagWithBooks("maths", List.of(new Title("Notes"), new Title("Letters"))),
                new TagWithBooks("computing", List.of(new Title("Notes"), new Title("Compilers"), new Title("COBOL"))),
                new TagWithBooks("unused", List.of())), tags);
        assertStatements(4);
    }

    @OnEveryDialect
    void anIncludeHasItsOwnFilterOrderAndLimitPerParent(TestTarget target) {
        Database db = filled(target);
        List<AuthorWithBooks> authors = db.transaction(tx -> tx.selectFrom(AUTHORS).orderBy(AUTHORS.id.asc())
                .include(Include.of(AUTHORS.books).where(BOOKS.year.lt(1955)).orderBy(BOOKS.title.desc())
                        .limitPerParent(2)
                        .include(Include.of(BOOKS.reviews).where(REVIEWS.stars.ge(3)).orderBy(REVIEWS.stars.asc())
                                .limitPerParent(1)))
                .fetchInto(AuthorWithBooks.class));
        assertEquals(List.of(
                new AuthorWithBooks(1, "Ada", "UK", List.of(new Book(12, "Sketches", 1845, List.of()),
                        new Book(10, "Notes", 1843, List.of(new Review(102, 3))))),
                new AuthorWithBooks(2, "Grace", "US", List.of(new Book(20, "Compilers", 1952, List.of(new Review(104, 5))))),
                new AuthorWithBooks(3, "Mary", "UK", List.of())), authors);
        assertStatements(3);
    }

    @OnEveryDialect
    void compositeKeysJoinOnAllTheirColumnsAndANullKeyHasNoParent(TestTarget target) {
        Database db = filled(target);
        List<Edition> editions = db.transaction(tx -> tx.selectFrom(EDITIONS)
                .orderBy(EDITIONS.series.asc(), EDITIONS.number.asc())
                .include(EDITIONS.printings).fetchInto(Edition.class));
        assertEquals(List.of(new Edition("A", 1, List.of(new Printing(1, 500), new Printing(2, 800))),
                new Edition("A", 2, List.of()), new Edition("B", 1, List.of(new Printing(3, 50)))), editions);
        List<PrintingOf> printings = db.transaction(tx -> tx.selectFrom(PRINTINGS).orderBy(PRINTINGS.id.asc())
                .include(PRINTINGS.edition).fetchInto(PrintingOf.class));
        assertEquals(List.of(new PrintingOf(1, new EditionTitle("First")), new PrintingOf(2, new EditionTitle("First")),
                new PrintingOf(3, new EditionTitle("Other")), new PrintingOf(4, null)), printings);
    }

    @OnEveryDialect
    void aStreamLoadsTheIncludesOfEachChunkOfParents(TestTarget target) {
        Database db = filled(target);
        List<String> seen = db.transaction(tx -> {
            try (Stream<RowTree> trees = tx.selectFrom(AUTHORS).orderBy(AUTHORS.id.asc()).include(AUTHORS.books).stream(2)) {
                return trees.map(tree -> tree.get(AUTHORS.name) + ":" + tree.children(AUTHORS.books).size()).toList();
            }
        });
        assertEquals(List.of("Ada:3", "Grace:2", "Mary:0"), seen);
        assertStatements(3);
        List<AuthorWithBooks> records = db.transaction(tx -> {
            try (Stream<AuthorWithBooks> stream = tx.selectFrom(AUTHORS).where(AUTHORS.id.eq(2L))
                    .include(Include.of(AUTHORS.books).orderBy(BOOKS.id.asc()).include(BOOKS.reviews))
                    .streamInto(AuthorWithBooks.class, 10)) {
                return stream.toList();
            }
        });
        assertEquals(List.of(new AuthorWithBooks(2, "Grace", "US", List.of(
                new Book(20, "Compilers", 1952, List.of(new Review(104, 5))), new Book(21, "COBOL", 1959, List.of())))),
                records);
    }
}
