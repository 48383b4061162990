package dev.quarry.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * W8 written by hand with JDBC, as a careful user loads an object graph: three statements in one
 * transaction (so the graph is one snapshot where the isolation level gives one), the authors, then
 * their books by an IN list of the author ids, then the books' reviews by an IN list of the book ids,
 * each in id order; the graph is assembled from maps by parent id. The pool's connections are in
 * auto-commit mode, which the operation leaves and restores.
 */
public final class GraphJdbcWorkloads {
    private final DataSource pool;
    private final String q;
    private final String authors;
    private final String books;
    private final String reviews;

    public GraphJdbcWorkloads(DataSource pool, String dialect) {
        this.pool = pool;
        this.q = dialect.equals("mariadb") || dialect.equals("mysql") ? "`" : "\"";
        this.authors = "SELECT " + id("id") + ", " + id("name") + " FROM " + id("bench_authors") + " WHERE " + id("id")
                + " BETWEEN ? AND ? ORDER BY " + id("id");
        this.books = "SELECT " + id("id") + ", " + id("author_id") + ", " + id("title") + ", " + id("pages") + " FROM "
                + id("bench_books") + " WHERE " + id("author_id") + " IN (";
        this.reviews = "SELECT " + id("id") + ", " + id("book_id") + ", " + id("stars") + ", " + id("body") + " FROM "
                + id("bench_reviews") + " WHERE " + id("book_id") + " IN (";
    }

    private String id(String name) {
        return q + name + q;
    }

    /** The authors {@code first} to {@code first + count - 1} with their books and reviews. */
    public List<GraphAuthor> load(long first, int count) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            List<Long> authorIds = new ArrayList<>(count);
            List<String> names = new ArrayList<>(count);
            try (PreparedStatement statement = connection.prepareStatement(authors)) {
                statement.setLong(1, first);
                statement.setLong(2, first + count - 1);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        authorIds.add(rows.getLong(1));
                        names.add(rows.getString(2));
                    }
                }
            }
            List<BookRow> bookRows = new ArrayList<>(authorIds.size() * GraphData.BOOKS_PER_AUTHOR);
            if (!authorIds.isEmpty()) {
                try (PreparedStatement statement = connection.prepareStatement(inList(books, authorIds.size()))) {
                    bind(statement, authorIds);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            bookRows.add(new BookRow(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getInt(4)));
                        }
                    }
                }
            }
            Map<Long, List<GraphReview>> reviewsByBook = new HashMap<>(bookRows.size() * 2);
            if (!bookRows.isEmpty()) {
                List<Long> bookIds = new ArrayList<>(bookRows.size());
                for (BookRow book : bookRows) {
                    bookIds.add(book.id);
                    reviewsByBook.put(book.id, new ArrayList<>(GraphData.REVIEWS_PER_BOOK));
                }
                try (PreparedStatement statement = connection.prepareStatement(inList(reviews, bookIds.size()))) {
                    bind(statement, bookIds);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            reviewsByBook.get(rows.getLong(2))
                                    .add(new GraphReview(rows.getLong(1), rows.getInt(3), rows.getString(4)));
                        }
                    }
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
            Map<Long, List<GraphBook>> booksByAuthor = new HashMap<>(authorIds.size() * 2);
            for (Long author : authorIds) {
                booksByAuthor.put(author, new ArrayList<>(GraphData.BOOKS_PER_AUTHOR));
            }
            for (BookRow book : bookRows) {
                booksByAuthor.get(book.authorId)
                        .add(new GraphBook(book.id, book.title, book.pages, reviewsByBook.get(book.id)));
            }
            List<GraphAuthor> graph = new ArrayList<>(authorIds.size());
            for (int i = 0; i < authorIds.size(); i++) {
                graph.add(new GraphAuthor(authorIds.get(i), names.get(i), booksByAuthor.get(authorIds.get(i))));
            }
            return graph;
        }
    }

    private String inList(String prefix, int keys) {
        StringBuilder sql = new StringBuilder(prefix.length() + keys * 3 + 20).append(prefix);
        for (int i = 0; i < keys; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        return sql.append(") ORDER BY ").append(id("id")).toString();
    }

    private static void bind(PreparedStatement statement, List<Long> keys) throws SQLException {
        for (int i = 0; i < keys.size(); i++) {
            statement.setLong(i + 1, keys.get(i));
        }
    }

    /** A book row before its reviews are read. */
    private record BookRow(long id, long authorId, String title, int pages) {
    }
}
