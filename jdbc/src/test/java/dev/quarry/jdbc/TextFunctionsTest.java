package dev.quarry.jdbc;

import static dev.quarry.jdbc.Library.AUTHORS;
import static dev.quarry.jdbc.Library.BOOKS;
import static dev.quarry.sql.TextFunctions.left;
import static dev.quarry.sql.TextFunctions.lpad;
import static dev.quarry.sql.TextFunctions.ltrim;
import static dev.quarry.sql.TextFunctions.position;
import static dev.quarry.sql.TextFunctions.repeat;
import static dev.quarry.sql.TextFunctions.replace;
import static dev.quarry.sql.TextFunctions.reverse;
import static dev.quarry.sql.TextFunctions.right;
import static dev.quarry.sql.TextFunctions.rpad;
import static dev.quarry.sql.TextFunctions.rtrim;
import static dev.quarry.sql.TextFunctions.stringAgg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.InvalidQueryException;
import dev.quarry.sql.Condition;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.Arrays;
import java.util.List;

/** Text matching, text functions and string aggregation through the Java facade, on every dialect. */
class TextFunctionsTest {

    private static Database library(TestTarget target) {
        Database db = TestDatabases.of(target);
        Library.fill(db);
        return db;
    }

    private static List<String> names(Database db, Condition condition) {
        return db.transaction(tx -> tx.selectFrom(AUTHORS).where(condition).orderBy(AUTHORS.id.asc()).fetch())
                .stream().map(row -> row.get(AUTHORS.name)).toList();
    }

    @OnEveryDialect
    void matchingPredicates(TestTarget target) {
        Database db = library(target);
        assertEquals(List.of("Grace"), names(db, AUTHORS.name.startsWith("Gr")));
        assertEquals(List.of(), names(db, AUTHORS.name.startsWith("G_")));
        assertEquals(List.of("Émile"), names(db, AUTHORS.name.endsWith("ile")));
        assertEquals(List.of("Grace", "Émile"), names(db, AUTHORS.name.contains("e")));
        assertEquals(List.of("Émile"), names(db, AUTHORS.name.ilike("é%")));
        assertEquals(List.of("Zoë 🙂"), names(db, AUTHORS.name.containsIgnoreCase("OË")));
        assertEquals(List.of("Ada"), names(db, AUTHORS.name.equalsIgnoreCase("ADA")));
        assertEquals(List.of("Ada", "Grace"), names(db, AUTHORS.name.matches("^[A-Z][a-z]+$")));
        assertEquals(List.of("Grace", "Émile"), names(db, AUTHORS.name.matches("(ce|le)$")));
        InvalidQueryException outside = assertThrows(InvalidQueryException.class, () -> AUTHORS.name.matches("\\w+"));
        assertTrue(outside.getMessage().contains("\\w"), outside.getMessage());
    }

    @OnEveryDialect
    void textFunctions(TestTarget target) {
        Database db = library(target);
        Row row = db.transaction(tx -> tx.select(replace(AUTHORS.name, "ë", "e"), lpad(AUTHORS.name, 7, "*"),
                rpad(AUTHORS.name, 2, "*"), position(AUTHORS.name, "🙂"), left(AUTHORS.name, 2), right(AUTHORS.name, 1),
                repeat(AUTHORS.name, 2), reverse(AUTHORS.name), ltrim(AUTHORS.country), rtrim(AUTHORS.country))
                .from(AUTHORS).where(AUTHORS.id.eq(4L)).fetchOne());
        Object[] values = new Object[row.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        assertEquals(Arrays.asList("Zoe 🙂", "**Zoë 🙂", "Zo", 5, "Zo", "🙂", "Zoë 🙂Zoë 🙂", "🙂 ëoZ", null, null),
                Arrays.asList(values));
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> rpad(AUTHORS.name, -3, "x"));
        assertTrue(negative.getMessage().contains("-3"), negative.getMessage());
    }

    @OnEveryDialect
    void stringAggregation(TestTarget target) {
        Database db = library(target);
        List<Row> rows = db.transaction(tx -> tx.select(BOOKS.authorId, stringAgg(BOOKS.title, "; ", BOOKS.price.asc()))
                .from(BOOKS).groupBy(BOOKS.authorId).orderBy(BOOKS.authorId.asc()).fetch());
        assertEquals(List.of("Notes; Engines", "COBOL; Compilers", "Poèmes"),
                rows.stream().map(row -> row.get(1)).toList());
        IllegalArgumentException nullSeparator = assertThrows(IllegalArgumentException.class,
                () -> stringAgg(BOOKS.title, null));
        assertTrue(nullSeparator.getMessage().contains("separator"), nullSeparator.getMessage());
    }
}
