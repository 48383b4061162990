package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.Books.BOOKS;
import static dev.quarry.samples.java.tour.Events.EVENTS;
import static dev.quarry.samples.java.tour.Payments.PAYMENTS;
import static dev.quarry.samples.java.tour.Reviews.REVIEWS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.InsertQuery;
import dev.quarry.samples.java.Bookshop;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The tours' bookshop on a SQLite file, and the check that the docs show the tours' snippets. */
final class TourShop {
    private TourShop() {
    }

    /** Opens a database on the file with the tours' tables, the catalogue and five reviews. */
    static Database open(Path file) {
        Database db = Database.connect("jdbc:sqlite:" + file);
        db.inTransaction(tx -> {
            tx.createTable(BOOKS);
            tx.createTable(REVIEWS);
            tx.createTable(EVENTS);
            tx.createTable(PAYMENTS);
            InsertQuery books = tx.insertInto(BOOKS);
            for (Bookshop.Stock book : Bookshop.CATALOGUE) {
                books = (book == Bookshop.CATALOGUE.get(0) ? books : books.newRow()).set(BOOKS.title, book.title())
                        .set(BOOKS.author, book.author()).set(BOOKS.published, book.published())
                        .set(BOOKS.price, new BigDecimal(book.price())).set(BOOKS.inStock, book.published() < 1960)
                        .set(BOOKS.addedAt, Instant.parse("2024-03-01T09:00:00Z")).set(BOOKS.note, book.note());
            }
            books.execute();
            tx.insertInto(REVIEWS)
                    .set(REVIEWS.bookId, 1L).set(REVIEWS.reviewer, "Ada").set(REVIEWS.stars, 5).set(REVIEWS.repliesTo, null)
                    .newRow().set(REVIEWS.bookId, 1L).set(REVIEWS.reviewer, "Alan").set(REVIEWS.stars, 4).set(REVIEWS.repliesTo, 1L)
                    .newRow().set(REVIEWS.bookId, 3L).set(REVIEWS.reviewer, "Grace").set(REVIEWS.stars, 2).set(REVIEWS.repliesTo, null)
                    .newRow().set(REVIEWS.bookId, 1L).set(REVIEWS.reviewer, "Edsger").set(REVIEWS.stars, 1).set(REVIEWS.repliesTo, 2L)
                    .newRow().set(REVIEWS.bookId, 6L).set(REVIEWS.reviewer, "Ada").set(REVIEWS.stars, 4).set(REVIEWS.repliesTo, null)
                    .execute();
        });
        return db;
    }

    /**
     * Asserts that a tour source has exactly the named regions between "docs:" markers, and that
     * the Markdown page shows each as a java block.
     */
    static void assertDocsShow(String docsPath, String tourSource, List<String> regionNames) throws IOException {
        String docs = Files.readString(Path.of(docsPath));
        List<String> blocks = new ArrayList<>();
        Matcher matcher = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL).matcher(docs);
        while (matcher.find()) {
            blocks.add(matcher.group(1).strip());
        }
        Map<String, String> regions = regions(Path.of("src/main/java/dev/quarry/samples/java/tour/" + tourSource));
        assertEquals(regionNames, List.copyOf(regions.keySet()));
        regions.forEach((name, code) -> assertTrue(blocks.contains(code),
                docsPath + " lacks the " + name + " snippet of " + tourSource + " as a ```java block"));
    }

    private static Map<String, String> regions(Path source) throws IOException {
        List<String> lines = Files.readAllLines(source);
        Map<String, String> regions = new LinkedHashMap<>();
        String name = null;
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            String marker = lines.get(i).trim();
            if (marker.startsWith("// docs:") && !marker.equals("// docs:end")) {
                name = marker.substring("// docs:".length());
                start = i + 1;
            } else if (marker.equals("// docs:end")) {
                regions.put(name, String.join("\n", lines.subList(start, i)).stripIndent().strip());
            }
        }
        return regions;
    }
}
