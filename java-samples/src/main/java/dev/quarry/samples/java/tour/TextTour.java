package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.Books.BOOKS;
import static dev.quarry.sql.TextFunctions.left;
import static dev.quarry.sql.TextFunctions.lpad;
import static dev.quarry.sql.TextFunctions.position;
import static dev.quarry.sql.TextFunctions.replace;
import static dev.quarry.sql.TextFunctions.stringAgg;

import dev.quarry.jdbc.Row;
import dev.quarry.jdbc.Transaction;
import dev.quarry.sql.Expression;
import dev.quarry.sql.SqlType;
import java.util.List;

/**
 * Text matching and text functions through the Java facade. docs/query-language.md shows each
 * region between "docs:" markers; the samples' tests run them all on SQLite.
 */
public final class TextTour {
    private TextTour() {
    }

    // docs:text-matching
    static List<Row> search(Transaction tx, String box) {
        return tx.selectFrom(BOOKS)
                .where(BOOKS.title.containsIgnoreCase(box).or(BOOKS.author.containsIgnoreCase(box)))
                .orderBy(BOOKS.title.asc())
                .fetch();
    }

    static List<Row> classicsByPrefix(Transaction tx, String prefix) {
        return tx.selectFrom(BOOKS)
                .where(BOOKS.title.startsWith(prefix).or(BOOKS.note.ilike("spice%flow")))
                .orderBy(BOOKS.title.asc())
                .fetch();
    }

    static List<Row> numberedTitles(Transaction tx) {
        return tx.selectFrom(BOOKS).where(BOOKS.title.matches("^[A-Z][a-z]+( [A-Z][a-z]+)*-[A-Z][a-z]+$")).fetch();
    }
    // docs:end

    // docs:text-functions
    static List<Row> shelfLabels(Transaction tx) {
        return tx.select(
                        lpad(BOOKS.id.cast(SqlType.TEXT), 4, "0").as("shelf"),
                        replace(BOOKS.title, "The ", "").as("sort_title"),
                        position(BOOKS.author, " ").as("first_space"))
                .from(BOOKS)
                .orderBy(BOOKS.id.asc())
                .fetch();
    }

    static List<Row> titlesByAuthorInitial(Transaction tx) {
        Expression.Aliased<String> initial = left(BOOKS.author, 1).as("initial");
        Expression.Aliased<String> titles = stringAgg(BOOKS.title, "; ", BOOKS.published.asc(), BOOKS.id.asc()).as("titles");
        return tx.select(initial, titles).from(BOOKS).groupBy(initial).orderBy(initial.asc()).fetch();
    }
    // docs:end
}
