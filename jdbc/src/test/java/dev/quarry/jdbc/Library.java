package dev.quarry.jdbc;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The library the Java query-language test reads: authors mentored by the one before, and their books. */
final class Library {
    static final Authors AUTHORS = new Authors();
    static final Books BOOKS = new Books();

    private Library() {
    }

    static final class Authors extends Table {
        final Column<Long> id = bigint("id");
        final Column<String> name = varchar("name", 40);
        final Column<@Nullable String> country = varchar("country", 2).nullable();
        final Column<@Nullable Long> mentorId = bigint("mentor_id").nullable();

        private Authors() {
            super("jql_authors");
            primaryKey(id);
        }
    }

    static final class Books extends Table {
        final Column<Long> id = bigint("id").autoIncrement();
        final Column<Long> authorId = bigint("author_id");
        final Column<String> title = varchar("title", 60);
        final Column<BigDecimal> price = decimal("price", 8, 2);
        final Column<Integer> pages = integer("pages");
        final Column<@Nullable Double> rating = doublePrecision("rating").nullable();

        private Books() {
            super("jql_books");
        }
    }

    /** Creates and fills the tables (the same data as the Kotlin suite's library). */
    static void fill(Database db) {
        db.inTransaction(tx -> {
            tx.dropTableIfExists(BOOKS);
            tx.dropTableIfExists(AUTHORS);
            tx.createTable(AUTHORS);
            tx.createTable(BOOKS);
            tx.insertInto(AUTHORS).set(AUTHORS.id, 1L).set(AUTHORS.name, "Ada").set(AUTHORS.country, "UK")
                    .set(AUTHORS.mentorId, null)
                    .newRow().set(AUTHORS.id, 2L).set(AUTHORS.name, "Grace").set(AUTHORS.country, "US")
                    .set(AUTHORS.mentorId, 1L)
                    .newRow().set(AUTHORS.id, 3L).set(AUTHORS.name, "Émile").set(AUTHORS.country, "FR")
                    .set(AUTHORS.mentorId, 2L)
                    .newRow().set(AUTHORS.id, 4L).set(AUTHORS.name, "Zoë 🙂").set(AUTHORS.country, null)
                    .set(AUTHORS.mentorId, 3L)
                    .execute();
            InsertQuery books = tx.insertInto(BOOKS);
            Object[][] data = {
                {1L, "Notes", "10.50", 100, 4.5}, {1L, "Engines", "20.00", 250, null},
                {2L, "Compilers", "35.25", 400, 4.8}, {2L, "COBOL", "15.75", 300, 3.9}, {3L, "Poèmes", "8.00", 50, 4.1},
            };
            for (int i = 0; i < data.length; i++) {
                books = (i == 0 ? books : books.newRow())
                        .set(BOOKS.authorId, (Long) data[i][0]).set(BOOKS.title, (String) data[i][1])
                        .set(BOOKS.price, new BigDecimal((String) data[i][2])).set(BOOKS.pages, (Integer) data[i][3])
                        .set(BOOKS.rating, (Double) data[i][4]);
            }
            books.execute();
        });
    }
}
