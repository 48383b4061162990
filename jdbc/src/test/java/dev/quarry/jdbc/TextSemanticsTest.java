package dev.quarry.jdbc;

import static dev.quarry.sql.Functions.count;
import static dev.quarry.sql.Functions.countDistinct;
import static dev.quarry.sql.Functions.max;
import static dev.quarry.sql.Functions.min;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.dialect.TextSemantics;
import dev.quarry.sql.Column;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Text of a table created by hand with a case-insensitive or linguistic collation: SQLite's NOCASE,
 * MariaDB's utf8mb3_general_ci (which also ignores accents and trailing spaces) and PostgreSQL's
 * ICU "en-x-icu". Under the default code-point text semantics =, IN, ranges, BETWEEN, ORDER BY,
 * GROUP BY, DISTINCT, COUNT(DISTINCT), MIN, MAX and UNION give the rows Java's code-point order
 * gives, on every database; under the database's own semantics each database shows its collation.
 */
class TextSemanticsTest {

    static final class Words extends Table {
        final Column<Long> id = bigint("id");
        final Column<String> word = varchar("word", 40);

        Words() {
            super("jtext_words");
        }
    }

    private static final Words WORDS = new Words();
    /** The words of ids 1 to 6: case, an accent and a trailing space tell them apart. */
    private static final List<String> SPELLINGS = List.of("apple", "Banana", "APPLE", "apple ", "äpple", "cherry");

    /** The shared database, with the words in a column of the database's case-insensitive or linguistic collation. */
    static Database handMadeWords(TestTarget target) {
        Database db = TestDatabases.of(target);
        String column = switch (db.dialect().name()) {
            case "sqlite" -> "TEXT COLLATE NOCASE";
            case "postgresql" -> "VARCHAR(40) COLLATE \"en-x-icu\"";
            default -> "VARCHAR(40) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci";
        };
        db.inTransaction(tx -> {
            tx.execute("DROP TABLE IF EXISTS jtext_words");
            tx.execute("CREATE TABLE jtext_words (id BIGINT PRIMARY KEY, word " + column + " NOT NULL)");
            for (int i = 0; i < SPELLINGS.size(); i++) {
                tx.execute("INSERT INTO jtext_words (id, word) VALUES (?, ?)", (long) i + 1, SPELLINGS.get(i));
            }
        });
        return db;
    }

    private static Database databaseSemantics(Database like) {
        return TestDatabases.openLike(like, "jtext-" + like.dialect().name(), 2, builder -> builder.textSemantics(TextSemantics.DATABASE));
    }

    /** The ids of the words the condition holds for, in id order. */
    private static List<Long> ids(Database db, Condition condition) {
        return db.transaction(tx -> tx.select(WORDS.id).from(WORDS).where(condition).orderBy(WORDS.id.asc()).fetch())
                .stream().map(row -> row.get(WORDS.id)).toList();
    }

    /** The ids in ORDER BY word, id. */
    private static List<Long> sortedIds(Database db) {
        return db.transaction(tx -> tx.select(WORDS.id).from(WORDS).orderBy(WORDS.word.asc(), WORDS.id.asc()).fetch())
                .stream().map(row -> row.get(WORDS.id)).toList();
    }

    private static List<String> distinctWords(Database db) {
        return db.transaction(tx -> tx.select(WORDS.word).from(WORDS).distinct().orderBy(WORDS.word.asc()).fetch())
                .stream().map(row -> row.get(WORDS.word)).toList();
    }

    private static List<Long> groupSizes(Database db) {
        Expression.Aliased<Long> size = count().as("size");
        return db.transaction(tx -> tx.select(WORDS.word, size).from(WORDS).groupBy(WORDS.word).orderBy(WORDS.word.asc())
                .fetch()).stream().map(row -> row.get(size)).toList();
    }

    private static List<String> minMaxAndDistinctCount(Database db) {
        var row = db.transaction(tx -> tx.select(min(WORDS.word), max(WORDS.word), countDistinct(WORDS.word)).from(WORDS).fetchOne());
        return List.of(String.valueOf(row.get(0)), String.valueOf(row.get(1)), String.valueOf(row.get(2)));
    }

    private static long unionSize(Database db) {
        return db.transaction(tx -> tx.select(WORDS.word).from(WORDS).where(WORDS.id.le(3L))
                .union(tx.select(WORDS.word).from(WORDS).where(WORDS.id.ge(3L))).count());
    }

    private static List<Long> ids(int... ids) {
        return IntStream.of(ids).mapToLong(id -> id).boxed().toList();
    }

    @OnEveryDialect
    void byDefaultEveryDatabaseAnswersAsJavasCodePointOrder(TestTarget target) {
        Database db = handMadeWords(target);
        List<String> byCodePoint = SPELLINGS.stream().sorted().toList();
        assertEquals(List.of("APPLE", "Banana", "apple", "apple ", "cherry", "äpple"), byCodePoint);

        assertEquals(ids(1), ids(db, WORDS.word.eq("apple")));
        assertEquals(ids(2, 3, 4, 5, 6), ids(db, WORDS.word.ne("apple")));
        assertEquals(ids(1, 6), ids(db, WORDS.word.in(List.of("apple", "cherry"))));
        assertEquals(ids(1, 2, 3, 4), ids(db, WORDS.word.lt("b")));
        assertEquals(ids(2, 3), ids(db, WORDS.word.between("A", "Z")));
        assertEquals(ids(1), ids(db, WORDS.word.isNotDistinctFrom("apple")));
        assertEquals(SPELLINGS.stream().sorted(Comparator.naturalOrder()).map(word -> (long) SPELLINGS.indexOf(word) + 1).toList(),
                sortedIds(db));
        assertEquals(byCodePoint, distinctWords(db));
        assertEquals(List.of(1L, 1L, 1L, 1L, 1L, 1L), groupSizes(db));
        assertEquals(List.of("APPLE", "äpple", "6"), minMaxAndDistinctCount(db));
        assertEquals(6L, unionSize(db));
    }

    @OnEveryDialect
    void underTheDatabasesOwnSemanticsEachDatabaseShowsItsCollation(TestTarget target) {
        Database shared = handMadeWords(target);
        try (Database db = databaseSemantics(shared)) {
            switch (db.dialect().name()) {
                case "sqlite" -> {
                    // NOCASE folds ASCII letters only: the accent and the trailing space still count.
                    assertEquals(ids(1, 3), ids(db, WORDS.word.eq("apple")));
                    assertEquals(ids(1, 3, 6), ids(db, WORDS.word.in(List.of("apple", "cherry"))));
                    assertEquals(ids(1, 3, 4), ids(db, WORDS.word.lt("b")));
                    assertEquals(ids(1, 2, 3, 4, 6), ids(db, WORDS.word.between("A", "Z")));
                    assertEquals(ids(1, 3, 4, 2, 6, 5), sortedIds(db));
                    assertEquals(List.of(2L, 1L, 1L, 1L, 1L), groupSizes(db));
                    assertEquals(List.of("apple", "äpple", "5"), minMaxAndDistinctCount(db));
                    assertEquals(5L, unionSize(db));
                }
                case "postgresql" -> {
                    // A deterministic linguistic collation: equality is exact, order is linguistic.
                    assertEquals(ids(1), ids(db, WORDS.word.eq("apple")));
                    assertEquals(ids(1, 6), ids(db, WORDS.word.in(List.of("apple", "cherry"))));
                    assertEquals(ids(1, 3, 4, 5), ids(db, WORDS.word.lt("b")));
                    assertEquals(ids(1, 2, 3, 4, 5, 6), ids(db, WORDS.word.between("A", "Z")));
                    assertEquals(ids(1, 3, 5, 4, 2, 6), sortedIds(db));
                    assertEquals(List.of("apple", "APPLE", "äpple", "apple ", "Banana", "cherry"), distinctWords(db));
                    assertEquals(List.of(1L, 1L, 1L, 1L, 1L, 1L), groupSizes(db));
                    assertEquals(List.of("apple", "cherry", "6"), minMaxAndDistinctCount(db));
                    assertEquals(6L, unionSize(db));
                }
                default -> {
                    // utf8mb3_general_ci ignores case, accents and trailing spaces.
                    assertEquals(ids(1, 3, 4, 5), ids(db, WORDS.word.eq("apple")));
                    assertEquals(ids(1, 3, 4, 5, 6), ids(db, WORDS.word.in(List.of("apple", "cherry"))));
                    assertEquals(ids(1, 3, 4, 5), ids(db, WORDS.word.lt("b")));
                    assertEquals(ids(1, 2, 3, 4, 5, 6), ids(db, WORDS.word.between("A", "Z")));
                    assertEquals(ids(1, 3, 4, 5, 2, 6), sortedIds(db));
                    assertEquals(List.of(4L, 1L, 1L), groupSizes(db));
                    assertEquals("cherry", minMaxAndDistinctCount(db).get(1));
                    assertEquals("3", minMaxAndDistinctCount(db).get(2));
                    assertEquals(3L, unionSize(db));
                }
            }
        }
    }
}
