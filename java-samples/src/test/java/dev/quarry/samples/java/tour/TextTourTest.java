package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.Books.BOOKS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the Java text tour on SQLite, and checks the docs show it. */
class TextTourTest {
    private static Path file;
    private static Database db;

    @BeforeAll
    static void shop() throws IOException {
        file = Files.createTempFile("text-tour", ".db");
        db = TourShop.open(file);
    }

    @AfterAll
    static void close() throws IOException {
        db.close();
        Files.deleteIfExists(file);
    }

    private static List<String> titles(List<Row> rows) {
        return rows.stream().map(row -> row.get(BOOKS.title)).toList();
    }

    @Test
    void textMatching() {
        db.inTransaction(tx -> {
            assertEquals(List.of("The Left Hand of Darkness", "The Time Machine"), titles(TextTour.search(tx, "the")));
            assertEquals(List.of("Neuromancer"), titles(TextTour.search(tx, "GIBSON")));
            assertEquals(List.of(), titles(TextTour.search(tx, "100%")));
            assertEquals(List.of("Dune", "The Left Hand of Darkness", "The Time Machine"),
                    titles(TextTour.classicsByPrefix(tx, "The ")));
            assertEquals(List.of("Dune"), titles(TextTour.classicsByPrefix(tx, "_%")));
            assertEquals(List.of("Nineteen Eighty-Four"), titles(TextTour.numberedTitles(tx)));
        });
    }

    @Test
    void textFunctionsAndStringAggregation() {
        db.inTransaction(tx -> {
            Row first = TextTour.shelfLabels(tx).get(0);
            assertEquals(Arrays.asList("0001", "Frankenstein", 5), Arrays.asList(first.get(0), first.get(1), first.get(2)));
            assertEquals(List.of("A=Brave New World", "F=Dune", "G=Nineteen Eighty-Four", "H=The Time Machine",
                    "I=Foundation", "M=Frankenstein", "U=The Left Hand of Darkness", "W=Neuromancer"),
                    TextTour.titlesByAuthorInitial(tx).stream().map(row -> row.get(0) + "=" + row.get(1)).toList());
        });
    }

    @Test
    void theDocsShowEverySnippetOfTheJavaTextTour() throws IOException {
        TourShop.assertDocsShow("../docs/query-language.md", "TextTour.java", List.of("text-matching", "text-functions"));
    }
}
