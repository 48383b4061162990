package dev.quarry.jdbc;

import static dev.quarry.jdbc.Library.AUTHORS;
import static dev.quarry.jdbc.Library.BOOKS;
import static dev.quarry.sql.Functions.function;
import static dev.quarry.sql.Functions.operator;
import static dev.quarry.sql.Functions.sql;
import static dev.quarry.sql.Functions.sqlCondition;
import static dev.quarry.sql.Functions.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.sql.Column;
import dev.quarry.sql.Expression;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * SQL the query language has no node for, from Java on every dialect: functions by name, templates
 * and operators inside built queries, queries written by hand read by label, as records and as a
 * stream, with parameters bound the way the dialect stores their types; and rolling back without
 * an exception.
 */
class HandWrittenSqlTest {

    static final class Visits extends Table {
        final Column<Long> id = bigint("id");
        final Column<LocalDate> day = date("day");
        final Column<Instant> at = timestamp("at");
        final Column<@Nullable String> note = text("note").nullable();

        Visits() {
            super("jhw_visits");
            primaryKey(id);
        }
    }

    record PricedBook(String title, BigDecimal price, long pages) {
    }

    record Visit(long id, LocalDate day, Instant at) {
    }

    private static final Visits VISITS = new Visits();
    private static final Instant NOON = Instant.parse("2024-02-29T12:00:00.123456Z");

    private static Database library(TestTarget target) {
        Database db = TestDatabases.of(target);
        Library.fill(db);
        db.inTransaction(tx -> {
            tx.dropTableIfExists(VISITS);
            tx.createTable(VISITS);
            tx.insertInto(VISITS).set(VISITS.id, 1L).set(VISITS.day, LocalDate.of(2024, 2, 29)).set(VISITS.at, NOON)
                    .set(VISITS.note, null)
                    .newRow().set(VISITS.id, 2L).set(VISITS.day, LocalDate.of(2024, 3, 1)).set(VISITS.at, NOON.plusSeconds(86_400))
                    .set(VISITS.note, "second")
                    .execute();
        });
        return db;
    }

    @OnEveryDialect
    void functionsTemplatesAndOperatorsWorkInEveryClause(TestTarget target) {
        Database db = library(target);
        Expression<Integer> doubled = sql("{0} * 2", SqlType.INTEGER, BOOKS.pages);
        Expression<String> lowered = function("lower", SqlType.TEXT, BOOKS.title);
        List<Row> rows = db.transaction(tx -> tx.select(lowered.as("lowered"), doubled.as("doubled")).from(BOOKS)
                .where(operator(BOOKS.pages, ">=", value(250, SqlType.INTEGER))
                        .and(sqlCondition("{0} <> {1}", BOOKS.title, value("COBOL", SqlType.TEXT))))
                .orderBy(doubled.desc())
                .fetch());
        assertEquals(List.of("compilers", "engines"), rows.stream().map(row -> row.get("lowered")).toList());
        assertEquals(List.of(800, 500), rows.stream().map(row -> row.get("doubled", Integer.class)).toList());

        Expression<Integer> longest = function("max", SqlType.INTEGER, BOOKS.pages);
        Expression<Long> author = sql("{0} + 0", SqlType.BIGINT, BOOKS.authorId);
        List<Row> perAuthor = db.transaction(tx -> tx.select(author, longest).from(BOOKS).groupBy(author)
                .orderBy(author.asc()).fetch());
        assertEquals(List.of(250, 400, 50), perAuthor.stream().map(row -> row.get(longest)).toList());
    }

    @OnEveryDialect
    void queriesWrittenByHandAreReadByLabel(TestTarget target) {
        Database db = library(target);
        List<Row> rows = db.transaction(tx -> tx.fetch(
                "SELECT title, price, pages, rating FROM jql_books WHERE pages > ? AND title <> ? ORDER BY pages", 200, "COBOL"));
        assertEquals(2, rows.size());
        Row engines = rows.get(0);
        assertEquals("Engines", engines.get("title"));
        assertEquals(0, new BigDecimal("20.00").compareTo(engines.get("price", BigDecimal.class)));
        assertEquals(250L, engines.get("pages", Long.class));
        assertEquals(250, engines.get("PAGES", Integer.class));
        assertNull(engines.get("rating", Double.class));
        assertEquals(4.8, rows.get(1).get("rating", Double.class));

        Row total = db.transaction(tx -> tx.fetch("SELECT COUNT(*) AS Total, SUM(pages) AS pages FROM jql_books")).get(0);
        assertEquals(5L, total.get("total", Long.class));
        assertEquals(1100L, total.get("pages", Long.class));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> total.get("count"));
        assertTrue(unknown.getMessage().contains("no column of this row is labelled \"count\""), unknown.getMessage());
        ClassCastException inexact = assertThrows(ClassCastException.class,
                () -> db.transaction(tx -> tx.fetch("SELECT title FROM jql_books WHERE pages = ?", 50)).get(0).get("title", Long.class));
        assertTrue(inexact.getMessage().contains("column \"title\" holds Poèmes"), inexact.getMessage());
    }

    @OnEveryDialect
    void parametersAreBoundTheWayTheDialectStoresTheirTypes(TestTarget target) {
        Database db = library(target);
        List<Row> sameDay = db.transaction(tx -> tx.fetch("SELECT id, day, at FROM jhw_visits WHERE day = ? AND at = ?",
                LocalDate.of(2024, 2, 29), NOON));
        assertEquals(1, sameDay.size());
        assertEquals(LocalDate.of(2024, 2, 29), sameDay.get(0).get("day", LocalDate.class));
        assertEquals(NOON, sameDay.get(0).get("at", Instant.class));
        int updated = db.transaction(tx -> tx.execute("UPDATE jhw_visits SET note = ? WHERE day > ?", "later",
                LocalDate.of(2024, 2, 29)));
        assertEquals(1, updated);
        assertEquals(List.of(new Visit(2L, LocalDate.of(2024, 3, 1), NOON.plusSeconds(86_400))),
                db.transaction(tx -> tx.fetchInto("SELECT id, day, at FROM jhw_visits WHERE note = ?", Visit.class, "later")));
    }

    @OnEveryDialect
    void queriesWrittenByHandMapToRecordsAndStream(TestTarget target) {
        Database db = library(target);
        List<PricedBook> books = db.transaction(tx -> tx.fetchInto(
                "SELECT title, price, pages FROM jql_books WHERE author_id = ? ORDER BY pages", PricedBook.class, 1L));
        assertEquals(List.of("Notes", "Engines"), books.stream().map(PricedBook::title).toList());
        assertEquals(0, new BigDecimal("10.50").compareTo(books.get(0).price()));
        assertEquals(250L, books.get(1).pages());
        RecordMappingException misfit = assertThrows(RecordMappingException.class, () -> db.transaction(tx -> tx.fetchInto(
                "SELECT title, price FROM jql_books", PricedBook.class)));
        assertTrue(misfit.getMessage().contains("pages"), misfit.getMessage());

        List<String> titles = db.transaction(tx -> {
            try (Stream<Row> stream = tx.stream("SELECT title FROM jql_books WHERE pages < ? ORDER BY title", 2, 300)) {
                return stream.map(row -> (String) row.get("title")).toList();
            }
        });
        assertEquals(List.of("Engines", "Notes", "Poèmes"), titles);
    }

    @OnEveryDialect
    void aTransactionMarkedRollbackOnlyReturnsItsResultAndKeepsNothing(TestTarget target) {
        Database db = library(target);
        int result = db.transaction(tx -> {
            tx.insertInto(AUTHORS).set(AUTHORS.id, 90L).set(AUTHORS.name, "Draft").set(AUTHORS.country, null)
                    .set(AUTHORS.mentorId, null).execute();
            tx.setRollbackOnly();
            assertTrue(tx.isRollbackOnly());
            return 42;
        });
        assertEquals(42, result);
        assertEquals(0L, drafts(db, 90L));

        String outer = db.transaction(tx -> {
            tx.insertInto(AUTHORS).set(AUTHORS.id, 91L).set(AUTHORS.name, "Outer").set(AUTHORS.country, null)
                    .set(AUTHORS.mentorId, null).execute();
            db.inTransaction(inner -> inner.setRollbackOnly());
            assertTrue(tx.isRollbackOnly());
            return "done";
        });
        assertEquals("done", outer);
        assertEquals(0L, drafts(db, 91L));

        assertEquals(7, db.transactionAsync(tx -> {
            tx.insertInto(AUTHORS).set(AUTHORS.id, 92L).set(AUTHORS.name, "Async").set(AUTHORS.country, null)
                    .set(AUTHORS.mentorId, null).execute();
            tx.setRollbackOnly();
            return 7;
        }).join());
        assertEquals(0L, drafts(db, 92L));
        boolean fresh = db.transaction(tx -> tx.isRollbackOnly());
        assertFalse(fresh);
    }

    private static long drafts(Database db, long id) {
        return db.transaction(tx -> tx.selectFrom(AUTHORS).where(AUTHORS.id.eq(id)).count());
    }
}
