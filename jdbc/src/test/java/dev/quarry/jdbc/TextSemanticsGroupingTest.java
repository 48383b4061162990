package dev.quarry.jdbc;

import static dev.quarry.sql.Functions.count;
import static dev.quarry.sql.Functions.max;
import static dev.quarry.sql.Functions.upper;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.dialect.mysql.MySqlDialect;
import dev.quarry.sql.Expression;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.List;

/**
 * Grouped and DISTINCT queries over code-point text satisfy strict grouping rules: PostgreSQL's own,
 * and MySQL's ONLY_FULL_GROUP_BY (its default; set here on MariaDB, whose default lacks it), which
 * refuse a selected column that is not a grouping key; SQLite has no such rule and runs the same
 * queries.
 */
class TextSemanticsGroupingTest {
    private static final TextSemanticsTest.Words WORDS = new TextSemanticsTest.Words();

    private static Database strict(Database like) {
        return TestDatabases.openLike(like, "jtext-strict-" + like.dialect().name(), 2, builder -> builder.dialect(like.dialect())
                .property("sessionVariables", MySqlDialect.GROUP_CONCAT_SESSION + ",sql_mode='ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES'"));
    }

    @OnEveryDialect
    void selectedTextStaysAGroupingKey(TestTarget target) {
        Database shared = TextSemanticsTest.handMadeWords(target);
        boolean mysql = !List.of("sqlite", "postgresql").contains(shared.dialect().name());
        Database db = mysql ? strict(shared) : shared;
        try {
            if (mysql) {
                assertEquals("ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES", db.transaction(tx -> tx.fetch("SELECT @@sql_mode")).get(0).get(0));
            }
            Expression.Aliased<Long> size = count().as("size");
            List<String> perWord = db.transaction(tx -> tx.select(WORDS.word, size).from(WORDS).groupBy(WORDS.word)
                    .having(max(WORDS.word).ge("APPLE")).orderBy(WORDS.word.asc()).fetch())
                    .stream().map(row -> row.get(WORDS.word) + "=" + row.get(size)).toList();
            assertEquals(List.of("APPLE=1", "Banana=1", "apple=1", "apple =1", "cherry=1", "äpple=1"), perWord);

            Expression.Aliased<String> shouted = upper(WORDS.word).as("shouted");
            List<String> perShout = db.transaction(tx -> tx.select(shouted, size).from(WORDS).groupBy(shouted)
                    .orderBy(shouted.asc()).fetch()).stream().map(row -> row.get(shouted) + "=" + row.get(size)).toList();
            assertEquals(List.of("APPLE=2", "APPLE =1", "BANANA=1", "CHERRY=1", "ÄPPLE=1"), perShout);

            List<String> distinct = db.transaction(tx -> tx.select(WORDS.word).from(WORDS).distinct().orderBy(WORDS.word.desc())
                    .fetch()).stream().map(row -> row.get(WORDS.word)).toList();
            assertEquals(List.of("äpple", "cherry", "apple ", "apple", "Banana", "APPLE"), distinct);
        } finally {
            if (db != shared) {
                db.close();
            }
        }
    }
}
