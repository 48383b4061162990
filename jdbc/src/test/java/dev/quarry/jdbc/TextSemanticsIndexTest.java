package dev.quarry.jdbc;

import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.dialect.TextSemantics;
import dev.quarry.render.RenderedSql;
import dev.quarry.sql.Column;
import dev.quarry.sql.Query;
import dev.quarry.sql.Select;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * What the text semantics cost, read from each database's plans. Under the default code-point
 * semantics an index on a text column of a table Quarry created still serves {@code =} on every
 * database, and ORDER BY … LIMIT on PostgreSQL and SQLite; MySQL/MariaDB sort instead. An index on a
 * column of a case-insensitive or linguistic collation serves neither where the semantics differ,
 * and the database's own semantics give it back.
 */
class TextSemanticsIndexTest {
    private static final int ROWS = 3_000;

    static final class Indexed extends Table {
        final Column<Long> id = bigint("id");
        final Column<String> name = varchar("name", 40);

        Indexed() {
            super("jtext_indexed");
            primaryKey(id);
            index("jtext_indexed_name", name);
        }
    }

    /** The table of the same shape created by hand, with its index, in the database's own collation. */
    static final class HandMade extends Table {
        final Column<Long> id = bigint("id");
        final Column<String> name = varchar("name", 40);

        HandMade() {
            super("jtext_handmade");
        }
    }

    private static final Indexed INDEXED = new Indexed();
    private static final HandMade HAND_MADE = new HandMade();

    private static Database filled(TestTarget target) {
        Database db = TestDatabases.of(target);
        String column = switch (db.dialect().name()) {
            case "sqlite" -> "TEXT COLLATE NOCASE";
            case "postgresql" -> "VARCHAR(40) COLLATE \"en-x-icu\"";
            default -> "VARCHAR(40) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci";
        };
        List<Long> ids = LongStream.rangeClosed(1, ROWS).boxed().toList();
        db.inTransaction(tx -> {
            tx.dropTableIfExists(INDEXED);
            tx.createTable(INDEXED);
            tx.insertInto(INDEXED).rows(ids, (row, id) -> row.set(INDEXED.id, id).set(INDEXED.name, "name" + id)).execute();
            tx.execute("DROP TABLE IF EXISTS jtext_handmade");
            tx.execute("CREATE TABLE jtext_handmade (id BIGINT PRIMARY KEY, name " + column + " NOT NULL)");
            tx.execute("CREATE INDEX jtext_handmade_name ON jtext_handmade (name)");
            tx.insertInto(HAND_MADE).rows(ids, (row, id) -> row.set(HAND_MADE.id, id).set(HAND_MADE.name, "name" + id)).execute();
        });
        switch (db.dialect().name()) {
            case "sqlite" -> db.inTransaction(tx -> tx.execute("ANALYZE"));
            case "postgresql" -> db.inTransaction(tx -> tx.execute("ANALYZE jtext_indexed, jtext_handmade"));
            default -> db.inTransaction(tx -> tx.fetch("ANALYZE TABLE jtext_indexed, jtext_handmade"));
        }
        return db;
    }

    /** The database's plan of the query as this database renders it, one line per row of EXPLAIN. */
    private static String plan(Database db, Query query) {
        RenderedSql sql = query.toSql(db.dialect());
        String explain = db.dialect().name().equals("sqlite") ? "EXPLAIN QUERY PLAN " : "EXPLAIN ";
        return db.transaction(tx -> tx.fetch(explain + sql.sql(), sql.values().toArray())).stream()
                .map(row -> IntStream.range(0, row.size()).mapToObj(i -> String.valueOf(row.get(i))).collect(joining(" | ")))
                .collect(joining("\n"));
    }

    private static Database databaseSemantics(Database like) {
        return TestDatabases.openLike(like, "jtext-index-" + like.dialect().name(), 2,
                builder -> builder.textSemantics(TextSemantics.DATABASE));
    }

    /** Whether the plan looks a value up in the index: SQLite's SEARCH, PostgreSQL's Index Cond, MySQL's ref access. */
    private static boolean looksUp(String index, String plan) {
        return plan.contains(index) && (plan.contains("SEARCH") || plan.contains("Index Cond") || plan.contains("| ref |"));
    }

    private static void assertUses(String index, String plan) {
        assertTrue(looksUp(index, plan), () -> "expected a lookup in " + index + ":\n" + plan);
    }

    private static void assertDoesNotUse(String index, String plan) {
        assertFalse(looksUp(index, plan), () -> "expected no lookup in " + index + ":\n" + plan);
    }

    @OnEveryDialect
    void anIndexOfATableQuarryCreatedServesEqualityUnderCodePointSemantics(TestTarget target) {
        Database db = filled(target);
        Select byName = Select.of(INDEXED.id).fromTable(INDEXED).where(INDEXED.name.eq("name1234"));
        assertUses("jtext_indexed_name", plan(db, byName));
        Select sorted = Select.of(INDEXED.id, INDEXED.name).fromTable(INDEXED).orderBy(INDEXED.name.asc()).limit(10);
        String sortedPlan = plan(db, sorted);
        switch (db.dialect().name()) {
            case "sqlite" -> assertTrue(sortedPlan.contains("INDEX jtext_indexed_name") && !sortedPlan.contains("TEMP B-TREE"),
                    sortedPlan);
            case "postgresql" -> assertTrue(sortedPlan.contains("Index Scan using jtext_indexed_name") && !sortedPlan.contains("Sort"),
                    sortedPlan);
            default -> {
                // The code-point form of a column is an expression, which MySQL/MariaDB sort; their own order is the index's.
                assertTrue(sortedPlan.contains("Using filesort"), sortedPlan);
                try (Database own = databaseSemantics(db)) {
                    String ownPlan = plan(own, sorted);
                    assertTrue(ownPlan.contains("jtext_indexed_name") && !ownPlan.contains("filesort"), ownPlan);
                }
            }
        }
    }

    @OnEveryDialect
    void anIndexInAnotherCollationServesWhatTheSemanticsLeaveAsWritten(TestTarget target) {
        Database db = filled(target);
        Select byName = Select.of(HAND_MADE.id).fromTable(HAND_MADE).where(HAND_MADE.name.eq("name1234"));
        Select sorted = Select.of(HAND_MADE.id, HAND_MADE.name).fromTable(HAND_MADE).orderBy(HAND_MADE.name.asc()).limit(10);
        try (Database own = databaseSemantics(db)) {
            assertUses("jtext_handmade_name", plan(own, byName));
            if (db.dialect().name().equals("postgresql")) {
                // A deterministic collation: equality is left as written and keeps its index; the order is C's.
                assertUses("jtext_handmade_name", plan(db, byName));
                String codePointOrder = plan(db, sorted);
                assertTrue(codePointOrder.contains("Sort") && !codePointOrder.contains("Index Scan"), codePointOrder);
                assertTrue(plan(own, sorted).contains("Index Scan using jtext_handmade_name"), plan(own, sorted));
            } else {
                assertDoesNotUse("jtext_handmade_name", plan(db, byName));
            }
        }
    }
}
