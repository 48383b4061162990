package dev.quarry.render;

import static dev.quarry.Golden.asWritten;
import static dev.quarry.Golden.everywhere;
import static dev.quarry.Golden.everywhereAsWritten;
import static dev.quarry.GoldenSql.assertRendered;
import static dev.quarry.Posts.POSTS;
import static dev.quarry.Users.USERS;
import static dev.quarry.dialect.Dialects.MARIADB;
import static dev.quarry.dialect.Dialects.MYSQL;
import static dev.quarry.dialect.Dialects.POSTGRESQL;
import static dev.quarry.dialect.Dialects.SQLITE;
import static dev.quarry.sql.Functions.byCodePoint;
import static dev.quarry.sql.Functions.collate;
import static dev.quarry.sql.Functions.upper;

import dev.quarry.dialect.Dialect;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Select;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Comparisons of text under the default code-point text semantics, and as written under the
 * database's own: PostgreSQL collates ordering only, SQLite the compared value, MySQL and MariaDB
 * the value a column is compared with.
 */
class TextSemanticsComparisonTest {
    private static final String PREFIX = "SELECT \"users\".\"id\" FROM \"users\" WHERE ";
    private static final String MARIA_BIN = " USING utf8mb4) COLLATE utf8mb4_nopad_bin";

    private static Select where(Condition condition) {
        return Select.of(USERS.id).fromTable(USERS).where(condition);
    }

    private static void assertWhere(Condition condition, Dialect dialect, String expectedWhere, Object... binds) {
        boolean backticks = dialect.name().startsWith("m");
        assertRendered(where(condition), dialect, (backticks ? PREFIX.replace('"', '`') : PREFIX) + expectedWhere, binds);
    }

    @Test
    void equalityCollatesTheComparedValueWhereTheDatabasesCollationCouldDiffer() {
        Condition ada = USERS.name.eq("Ada");
        assertWhere(ada, POSTGRESQL, "\"users\".\"name\" = ?", "Ada");
        assertWhere(ada, SQLITE, "\"users\".\"name\" COLLATE \"BINARY\" = ?", "Ada");
        assertWhere(ada, MYSQL, "`users`.`name` = CONVERT(? USING utf8mb4) COLLATE utf8mb4_0900_bin", "Ada");
        assertWhere(ada, MARIADB, "`users`.`name` = CONVERT(?" + MARIA_BIN, "Ada");
        assertWhere(USERS.name.ne("Ada"), MARIADB, "`users`.`name` <> CONVERT(?" + MARIA_BIN, "Ada");
        everywhereAsWritten(where(ada), PREFIX + "\"users\".\"name\" = ?", "Ada");
    }

    @Test
    void orderingComparisonsCollateOnEveryDialect() {
        Condition beforeB = USERS.name.lt("B");
        assertWhere(beforeB, POSTGRESQL, "\"users\".\"name\" COLLATE \"C\" < ? COLLATE \"C\"", "B");
        assertWhere(beforeB, SQLITE, "\"users\".\"name\" COLLATE \"BINARY\" < ?", "B");
        assertWhere(beforeB, MARIADB, "`users`.`name` < CONVERT(?" + MARIA_BIN, "B");
        assertWhere(USERS.name.ge("B"), POSTGRESQL, "\"users\".\"name\" COLLATE \"C\" >= ? COLLATE \"C\"", "B");
        everywhereAsWritten(where(beforeB), PREFIX + "\"users\".\"name\" < ?", "B");
    }

    @Test
    void betweenCollatesTheValueOrItsBounds() {
        Condition aToM = USERS.name.between("A", "M");
        assertWhere(aToM, POSTGRESQL, "\"users\".\"name\" COLLATE \"C\" BETWEEN ? AND ?", "A", "M");
        assertWhere(aToM, SQLITE, "\"users\".\"name\" COLLATE \"BINARY\" BETWEEN ? AND ?", "A", "M");
        assertWhere(aToM, MARIADB, "`users`.`name` BETWEEN CONVERT(?" + MARIA_BIN + " AND CONVERT(?" + MARIA_BIN, "A", "M");
        everywhereAsWritten(where(aToM), PREFIX + "\"users\".\"name\" BETWEEN ? AND ?", "A", "M");
    }

    @Test
    void inCollatesTheValueOrItsCandidates() {
        Condition named = USERS.name.in(List.of("Ada", "Bob"));
        assertWhere(named, POSTGRESQL, "\"users\".\"name\" IN (?, ?)", "Ada", "Bob");
        assertWhere(named, SQLITE, "\"users\".\"name\" COLLATE \"BINARY\" IN (?, ?)", "Ada", "Bob");
        assertWhere(named, MARIADB, "`users`.`name` IN (CONVERT(?" + MARIA_BIN + ", CONVERT(?" + MARIA_BIN + ")", "Ada", "Bob");
        assertWhere(USERS.name.notIn(List.of("Ada")), SQLITE, "NOT (\"users\".\"name\" COLLATE \"BINARY\" IN (?))", "Ada");
    }

    @Test
    void inASubqueryCollatesTheValueOrWhatTheSubquerySelects() {
        Condition titled = USERS.name.in(Select.of(POSTS.title).fromTable(POSTS));
        assertWhere(titled, POSTGRESQL, "\"users\".\"name\" IN (SELECT \"posts\".\"title\" FROM \"posts\")");
        assertWhere(titled, SQLITE, "\"users\".\"name\" COLLATE \"BINARY\" IN (SELECT \"posts\".\"title\" FROM \"posts\")");
        assertWhere(titled, MARIADB, "`users`.`name` IN (SELECT CONVERT(`posts`.`title`" + MARIA_BIN + " FROM `posts`)");
    }

    @Test
    void nullSafeEqualityIsEquality() {
        Condition ada = USERS.bio.isNotDistinctFrom("Ada");
        assertWhere(ada, POSTGRESQL, "\"users\".\"bio\" IS NOT DISTINCT FROM ?", "Ada");
        assertWhere(ada, SQLITE, "\"users\".\"bio\" COLLATE \"BINARY\" IS ?", "Ada");
        assertWhere(ada, MARIADB, "`users`.`bio` <=> CONVERT(?" + MARIA_BIN, "Ada");
        assertWhere(USERS.bio.isDistinctFrom("Ada"), MARIADB, "NOT (`users`.`bio` <=> CONVERT(?" + MARIA_BIN + ")", "Ada");
    }

    @Test
    void onMysqlTheCollationGoesOnTheOperandThatIsNotAColumnOrOnTheRightColumn() {
        Select joined = Select.of(USERS.id).fromTable(USERS).join(POSTS, USERS.name.eq(POSTS.title));
        assertRendered(joined, MARIADB, "SELECT `users`.`id` FROM `users` JOIN `posts`"
                + " ON `users`.`name` = CONVERT(`posts`.`title`" + MARIA_BIN);
        assertRendered(joined, asWritten(MARIADB), "SELECT `users`.`id` FROM `users` JOIN `posts` ON `users`.`name` = `posts`.`title`");
        assertWhere(upper(USERS.name).eq(USERS.bio), MARIADB, "CONVERT(UPPER(`users`.`name`)" + MARIA_BIN + " = `users`.`bio`");
        assertWhere(upper(USERS.name).lt(USERS.bio), POSTGRESQL,
                "UPPER(\"users\".\"name\" COLLATE \"default\") COLLATE \"C\" < \"users\".\"bio\" COLLATE \"C\"");
    }

    @Test
    void anOperandThatNamesItsCollationIsLeftAsWritten() {
        everywhere(where(collate(USERS.name, "NOCASE").eq("ada")), PREFIX + "\"users\".\"name\" COLLATE \"NOCASE\" = ?", "ada");
        assertWhere(byCodePoint(USERS.name).lt("B"), POSTGRESQL, "\"users\".\"name\" COLLATE \"C\" < ?", "B");
        assertWhere(USERS.name.eq(byCodePoint(USERS.bio)), SQLITE, "\"users\".\"name\" = \"users\".\"bio\" COLLATE \"BINARY\"");
    }

    @Test
    void comparisonsOfOtherTypesAndPatternsAreLeftAsWritten() {
        everywhere(where(USERS.age.lt(30).and(USERS.age.between(1, 2)).and(USERS.age.in(List.of(3)))),
                PREFIX + "\"users\".\"age\" < ? AND \"users\".\"age\" BETWEEN ? AND ? AND \"users\".\"age\" IN (?)", 30, 1, 2, 3);
        assertWhere(USERS.name.like("A%"), SQLITE, "\"users\".\"name\" LIKE ? ESCAPE '\\'", "A%");
    }
}
