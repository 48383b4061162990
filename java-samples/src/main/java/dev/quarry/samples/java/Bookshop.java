package dev.quarry.samples.java;

import static dev.quarry.samples.java.Books.BOOKS;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.Row;
import java.io.File;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Creates a bookshop catalogue in an embedded SQLite file, then queries and changes it in
 * transactions through the Java facade. The file is {@code args[0]}, or
 * {@code quarry-bookshop-java.db} in the temporary directory.
 */
public final class Bookshop {
    /** A book of the catalogue. */
    public record Stock(String title, String author, int published, String price, @Nullable String note) {
    }

    /** The bookshop's catalogue, also read by the tour's tests. */
    public static final List<Stock> CATALOGUE = List.of(
            new Stock("Frankenstein", "Mary Shelley", 1818, "9.99", "The first science-fiction novel"),
            new Stock("The Time Machine", "H. G. Wells", 1895, "7.50", null),
            new Stock("Brave New World", "Aldous Huxley", 1932, "12.00", null),
            new Stock("Nineteen Eighty-Four", "George Orwell", 1949, "11.25", "Big Brother is watching"),
            new Stock("Foundation", "Isaac Asimov", 1951, "10.00", null),
            new Stock("Dune", "Frank Herbert", 1965, "15.90", "Spice must flow"),
            new Stock("The Left Hand of Darkness", "Ursula K. Le Guin", 1969, "13.40", null),
            new Stock("Neuromancer", "William Gibson", 1984, "14.00", null));

    private Bookshop() {
    }

    public static void main(String[] args) {
        File file = new File(args.length > 0 ? args[0]
                : new File(System.getProperty("java.io.tmpdir"), "quarry-bookshop-java.db").getPath());
        file.delete();
        System.out.println("Bookshop catalogue in " + file.getPath());
        try (Database db = Database.connect("jdbc:sqlite:" + file.getPath())) {
            db.inTransaction(tx -> {
                tx.dropTableIfExists(BOOKS);
                tx.createTable(BOOKS);
                for (Stock book : CATALOGUE) {
                    tx.insertInto(BOOKS)
                            .set(BOOKS.title, book.title())
                            .set(BOOKS.author, book.author())
                            .set(BOOKS.published, book.published())
                            .set(BOOKS.price, new BigDecimal(book.price()))
                            .set(BOOKS.inStock, book.published() < 1960)
                            .set(BOOKS.addedAt, Instant.parse("2024-03-01T09:00:00Z"))
                            .set(BOOKS.note, book.note())
                            .executeAndGetId();
                }
            });

            db.inTransaction(tx -> {
                section("Published before 1950, oldest first");
                tx.selectFrom(BOOKS).where(BOOKS.published.lt(1950)).orderBy(BOOKS.published.asc()).fetch()
                        .forEach(Bookshop::printBook);

                section("In stock and under 12.00, or written in the sixties");
                tx.selectFrom(BOOKS)
                        .where(BOOKS.inStock.eq(true).and(BOOKS.price.lt(new BigDecimal("12.00")))
                                .or(BOOKS.published.between(1960, 1969)))
                        .orderBy(BOOKS.title.asc())
                        .fetch()
                        .forEach(Bookshop::printBook);

                section("Titles starting with \"The\"");
                tx.selectFrom(BOOKS).where(BOOKS.title.like("The %")).orderBy(BOOKS.title.asc()).fetch()
                        .forEach(Bookshop::printBook);

                section("Books with a note");
                tx.selectFrom(BOOKS).where(BOOKS.note.isNotNull()).orderBy(BOOKS.published.asc()).fetch()
                        .forEach(row -> System.out.println("  " + row.get(BOOKS.title) + ": " + row.get(BOOKS.note)));
            });

            db.inTransaction(tx -> {
                int repriced = tx.update(BOOKS).set(BOOKS.price, new BigDecimal("9.00"))
                        .where(BOOKS.published.ge(1980)).execute();
                int removed = tx.deleteFrom(BOOKS)
                        .where(BOOKS.inStock.eq(false).and(BOOKS.published.lt(1970))).execute();
                section("Repriced " + repriced + ", removed " + removed);
                System.out.println("  " + tx.selectFrom(BOOKS).count() + " books left, cheapest first:");
                tx.selectFrom(BOOKS).orderBy(BOOKS.price.asc(), BOOKS.title.asc()).fetch()
                        .forEach(Bookshop::printBook);
            });
        }
    }

    private static void section(String title) {
        System.out.println();
        System.out.println(title);
    }

    private static void printBook(Row row) {
        System.out.println(String.format("  %-26s %-18s %4d %6s",
                row.get(BOOKS.title), row.get(BOOKS.author), row.get(BOOKS.published), row.get(BOOKS.price)));
    }
}
