package dev.quarry.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every W8 client loads the same graph on every database: the same authors, books and reviews in
 * the same order, so the benchmark compares equal work.
 */
class W8GraphsAgreeTest {

    @Test
    void everyClientLoadsTheSameGraphOnEveryDatabase() throws Exception {
        for (String dialect : BenchTargets.DIALECTS) {
            try (Clients clients = new Clients(dialect, RunMode.SMOKE.streamedRows)) {
                GraphClients graphs = clients.graphs;
                for (long first : List.of(1L, 901L)) {
                    List<GraphAuthor> expected = graphs.jdbc.load(first, GraphData.LOADED_AUTHORS);
                    assertShape(expected, first, dialect);
                    assertEquals(expected, graphs.quarryJava.load(first, GraphData.LOADED_AUTHORS), "Quarry Java on " + dialect);
                    assertEquals(expected, graphs.exposed.load(first, GraphData.LOADED_AUTHORS), "Exposed on " + dialect);
                    assertEquals(expected, records(graphs.quarryKotlin.loadBlocking(first, GraphData.LOADED_AUTHORS)),
                            "Quarry Kotlin on " + dialect);
                    assertEquals(expected, records(graphs.jdbcJson.load(first, GraphData.LOADED_AUTHORS)),
                            "JDBC with JSON on " + dialect);
                }
                long beyond = GraphData.AUTHOR_COUNT + 1;
                assertEquals(List.of(), graphs.jdbc.load(beyond, GraphData.LOADED_AUTHORS), dialect);
                assertEquals(List.of(), graphs.jdbcJson.load(beyond, GraphData.LOADED_AUTHORS), dialect);
                assertEquals(List.of(), graphs.quarryJava.load(beyond, GraphData.LOADED_AUTHORS), dialect);
                assertEquals(List.of(), graphs.quarryKotlin.loadBlocking(beyond, GraphData.LOADED_AUTHORS), dialect);
                assertEquals(List.of(), graphs.exposed.load(beyond, GraphData.LOADED_AUTHORS), dialect);
            }
        }
    }

    private static void assertShape(List<GraphAuthor> graph, long first, String dialect) {
        assertEquals(GraphData.LOADED_AUTHORS, graph.size(), dialect);
        for (int i = 0; i < graph.size(); i++) {
            GraphAuthor author = graph.get(i);
            assertEquals(first + i, author.id(), dialect);
            assertEquals(GraphData.BOOKS_PER_AUTHOR, author.books().size(), dialect);
            for (GraphBook book : author.books()) {
                assertEquals((book.id() - 1) % GraphData.AUTHOR_COUNT + 1, author.id(), dialect);
                assertEquals(GraphData.REVIEWS_PER_BOOK, book.reviews().size(), dialect);
                for (GraphReview review : book.reviews()) {
                    assertEquals("review " + review.id() + " of book " + book.id(), review.body(), dialect);
                }
            }
        }
    }

    private static List<GraphAuthor> records(List<KGraphAuthor> graph) {
        return graph.stream().map(author -> new GraphAuthor(author.getId(), author.getName(), author.getBooks().stream()
                .map(book -> new GraphBook(book.getId(), book.getTitle(), book.getPages(), book.getReviews().stream()
                        .map(review -> new GraphReview(review.getId(), review.getStars(), review.getBody())).toList()))
                .toList())).toList();
    }
}
