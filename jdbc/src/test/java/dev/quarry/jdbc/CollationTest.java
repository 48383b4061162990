package dev.quarry.jdbc;

import static dev.quarry.sql.Functions.byCodePoint;
import static dev.quarry.sql.Functions.collate;
import static dev.quarry.sql.Functions.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.dialect.TextSemantics;
import dev.quarry.sql.Column;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.List;

/**
 * Text in a table created by hand with a case-insensitive collation (SQLite's NOCASE, MariaDB's
 * utf8mb3_general_ci, a nondeterministic ICU collation on PostgreSQL): under the database's own
 * text semantics its collation decides =, ORDER BY and GROUP BY, and byCodePoint makes every
 * dialect answer the same; under the default code-point semantics only PostgreSQL's
 * nondeterministic collation still decides equality.
 */
class CollationTest {

    static final class Names extends Table {
        final Column<Long> id = bigint("id");
        final Column<String> name = varchar("name", 40);

        Names() {
            super("jcoll_names");
        }
    }

    private static final Names NAMES = new Names();

    private static Database names(TestTarget target) {
        Database db = TestDatabases.of(target);
        String column = switch (db.dialect().name()) {
            case "sqlite" -> "TEXT COLLATE NOCASE";
            case "postgresql" -> "VARCHAR(40) COLLATE jcoll_ci";
            default -> "VARCHAR(40) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci";
        };
        db.inTransaction(tx -> {
            if (db.dialect().name().equals("postgresql")) {
                tx.execute("CREATE COLLATION IF NOT EXISTS jcoll_ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)");
            }
            tx.execute("DROP TABLE IF EXISTS jcoll_names");
            tx.execute("CREATE TABLE jcoll_names (id BIGINT PRIMARY KEY, name " + column + ")");
            tx.execute("INSERT INTO jcoll_names (id, name) VALUES (1, 'apple'), (2, 'Banana'), (3, 'cherry'), (4, 'APPLE')");
        });
        return db;
    }

    private static Database databaseSemantics(Database like) {
        return TestDatabases.openLike(like, "jcoll-" + like.dialect().name(), 2, builder -> builder.textSemantics(TextSemantics.DATABASE));
    }

    @OnEveryDialect
    void theDatabasesCollationDecidesUnlessTextIsComparedByCodePoint(TestTarget target) {
        try (Database db = databaseSemantics(names(target))) {
            assertTheCollationDecidesUnlessTextIsComparedByCodePoint(db);
        }
    }

    private static void assertTheCollationDecidesUnlessTextIsComparedByCodePoint(Database db) {
        List<Long> caseInsensitive = db.transaction(tx -> tx.select(NAMES.id).from(NAMES)
                .orderBy(NAMES.name.asc(), NAMES.id.asc()).fetch()).stream().map(row -> row.get(NAMES.id)).toList();
        assertEquals(List.of(1L, 4L, 2L, 3L), caseInsensitive);
        long sameAsApple = db.transaction(tx -> tx.selectFrom(NAMES).where(NAMES.name.eq("APPLE")).count());
        assertEquals(2L, sameAsApple);

        Expression<String> exact = byCodePoint(NAMES.name);
        List<String> byCodePoint = db.transaction(tx -> tx.select(NAMES.name).from(NAMES).orderBy(exact.asc()).fetch())
                .stream().map(row -> row.get(NAMES.name)).toList();
        assertEquals(List.of("APPLE", "Banana", "apple", "cherry"), byCodePoint);
        long exactlyApple = db.transaction(tx -> tx.selectFrom(NAMES).where(exact.eq("APPLE")).count());
        assertEquals(1L, exactlyApple);
        long withTrailingSpace = db.transaction(tx -> tx.selectFrom(NAMES).where(exact.eq("APPLE ")).count());
        assertEquals(0L, withTrailingSpace);
        List<Long> groups = db.transaction(tx -> tx.select(exact, count()).from(NAMES).groupBy(exact).orderBy(exact.asc())
                .fetch()).stream().map(row -> (Long) row.get(1)).toList();
        assertEquals(List.of(1L, 1L, 1L, 1L), groups);
    }

    @OnEveryDialect
    void underCodePointSemanticsOnlyANondeterministicCollationStillDecidesEquality(TestTarget target) {
        Database db = names(target);
        List<Long> byCodePoint = db.transaction(tx -> tx.select(NAMES.id).from(NAMES)
                .orderBy(NAMES.name.asc(), NAMES.id.asc()).fetch()).stream().map(row -> row.get(NAMES.id)).toList();
        assertEquals(List.of(4L, 2L, 1L, 3L), byCodePoint);
        long sameAsApple = db.transaction(tx -> tx.selectFrom(NAMES).where(NAMES.name.eq("APPLE")).count());
        long groups = db.transaction(tx -> tx.select(NAMES.name).from(NAMES).groupBy(NAMES.name).count());
        if (db.dialect().name().equals("postgresql")) {
            // deterministic = false: "APPLE" equals "apple" under jcoll_ci, and = is left to the collation on PostgreSQL.
            assertEquals(2L, sameAsApple);
            assertEquals(3L, groups);
            long exactlyApple = db.transaction(tx -> tx.selectFrom(NAMES).where(byCodePoint(NAMES.name).eq("APPLE")).count());
            assertEquals(1L, exactlyApple);
        } else {
            assertEquals(1L, sameAsApple);
            assertEquals(4L, groups);
        }
    }

    @OnEveryDialect
    void aNamedCollationIsTheDatabasesOwn(TestTarget target) {
        Database db = names(target);
        String binary = switch (db.dialect().name()) {
            case "sqlite" -> "BINARY";
            case "postgresql" -> "C";
            default -> "utf8mb3_bin";
        };
        long exactlyApple = db.transaction(tx -> tx.selectFrom(NAMES).where(collate(NAMES.name, binary).eq("APPLE")).count());
        assertEquals(1L, exactlyApple);
        assertThrows(IllegalArgumentException.class, () -> collate(NAMES.name, "x\"; DROP"));
    }
}
