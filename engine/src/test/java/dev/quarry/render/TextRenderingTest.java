package dev.quarry.render;

import static dev.quarry.GoldenSql.assertRendered;
import static dev.quarry.Users.USERS;
import static dev.quarry.dialect.Dialects.MARIADB;
import static dev.quarry.dialect.Dialects.MYSQL;
import static dev.quarry.dialect.Dialects.POSTGRESQL;
import static dev.quarry.dialect.Dialects.SQLITE;
import static dev.quarry.sql.TextFunctions.left;
import static dev.quarry.sql.TextFunctions.lpad;
import static dev.quarry.sql.TextFunctions.position;
import static dev.quarry.sql.TextFunctions.repeat;
import static dev.quarry.sql.TextFunctions.replace;
import static dev.quarry.sql.TextFunctions.reverse;
import static dev.quarry.sql.TextFunctions.right;
import static dev.quarry.sql.TextFunctions.stringAgg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.InvalidQueryException;
import dev.quarry.dialect.Dialect;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Select;
import dev.quarry.sql.Window;
import org.junit.jupiter.api.Test;

class TextRenderingTest {
    private static final String PREFIX = "SELECT \"users\".\"id\" FROM \"users\" WHERE ";

    private static void assertWhere(Condition condition, Dialect dialect, String expectedWhere, Object... binds) {
        String prefix = dialect == MYSQL || dialect == MARIADB ? PREFIX.replace('"', '`') : PREFIX;
        assertRendered(Select.from(USERS).columns(USERS.id).where(condition), dialect, prefix + expectedWhere, binds);
    }

    private static void assertSelected(Expression<?> expression, Dialect dialect, String expectedSql, Object... binds) {
        assertRendered(Select.of(expression).fromTable(USERS), dialect, expectedSql, binds);
    }

    @Test
    void startsWithEndsWithAndContainsEscapeWildcardsAndTheEscapeCharacter() {
        assertWhere(USERS.name.startsWith("100%_\\"), POSTGRESQL, "\"users\".\"name\" LIKE ?", "100\\%\\_\\\\%");
        assertWhere(USERS.name.endsWith("_x"), MYSQL, "`users`.`name` LIKE (? COLLATE utf8mb4_0900_bin)", "%\\_x");
        assertWhere(USERS.name.contains("a%b"), SQLITE, "\"users\".\"name\" LIKE ? ESCAPE '\\'", "%a\\%b%");
    }

    @Test
    void caseInsensitiveMatchingLowersBothSidesWithEachDialectsFullLowering() {
        assertWhere(USERS.name.ilike("É%"), POSTGRESQL,
                "LOWER(\"users\".\"name\" COLLATE \"default\") LIKE LOWER(? COLLATE \"default\")", "É%");
        assertWhere(USERS.name.ilike("É%"), SQLITE,
                "quarry_lower(\"users\".\"name\") LIKE quarry_lower(?) ESCAPE '\\'", "É%");
        assertWhere(USERS.name.containsIgnoreCase("5%"), MARIADB, "LOWER(`users`.`name`) LIKE (LOWER(?) COLLATE utf8mb4_nopad_bin)", "%5\\%%");
        assertWhere(USERS.name.equalsIgnoreCase("Ada"), SQLITE,
                "quarry_lower(\"users\".\"name\") COLLATE \"BINARY\" = quarry_lower(?)", "Ada");
    }

    @Test
    void regularExpressionsUseEachDialectsOperator() {
        assertWhere(USERS.name.matches("^A[a-z]+$"), POSTGRESQL, "\"users\".\"name\" ~ ?", "^A[a-z]+$");
        assertWhere(USERS.name.matches("^A[a-z]+$"), MYSQL, "`users`.`name` REGEXP (? COLLATE utf8mb4_0900_bin)", "^A[a-z]+$");
        assertWhere(USERS.name.matches("^A[a-z]+$"), SQLITE, "quarry_regexp(\"users\".\"name\", ?)", "^A[a-z]+$");
    }

    @Test
    void regularExpressionsOutsideTheSubsetAreRejected() {
        for (String regex : new String[] {"\\d", "\\bx", "(?i)a", "a+?", "a*+", "[[:digit:]]", "[a&&b]", "[]a]", "a{x}",
                "a{2,1}", "a{256}", "*a", "a)", "(a", "[a", "x\\", "}", "\\1"}) {
            InvalidQueryException failure = assertThrows(InvalidQueryException.class, () -> USERS.name.matches(regex),
                    regex);
            assertTrue(failure.getMessage().contains(regex), failure.getMessage());
        }
        for (String regex : new String[] {"", "a|b", "(ab)+c?", "[^0-9-]{1,3}", "\\.\\*\\[\\]\\{\\}\\\\", "^$", "é.🙂"}) {
            assertEquals(new Condition.Matches(USERS.name, new Expression.Param<>(regex, dev.quarry.sql.SqlType.TEXT)),
                    USERS.name.matches(regex), regex);
        }
    }

    @Test
    void textFunctionsByDialect() {
        assertSelected(position(USERS.name, "a"), POSTGRESQL, "SELECT STRPOS(\"users\".\"name\", ?) FROM \"users\"", "a");
        assertSelected(position(USERS.name, "a"), MYSQL, "SELECT INSTR(`users`.`name`, ?) FROM `users`", "a");
        assertSelected(lpad(USERS.name, 5, "0"), SQLITE, "SELECT quarry_lpad(\"users\".\"name\", 5, ?) FROM \"users\"", "0");
        assertSelected(lpad(USERS.name, 5, "0"), MARIADB, "SELECT LPAD(`users`.`name`, 5, ?) FROM `users`", "0");
        assertSelected(left(USERS.name, 2), SQLITE, "SELECT SUBSTR(\"users\".\"name\", 1, 2) FROM \"users\"");
        assertSelected(right(USERS.name, 2), SQLITE, "SELECT SUBSTR(\"users\".\"name\", -2) FROM \"users\"");
        assertSelected(right(USERS.name, 0), SQLITE, "SELECT SUBSTR(\"users\".\"name\", 1, 0) FROM \"users\"");
        assertSelected(right(USERS.name, 2), POSTGRESQL, "SELECT RIGHT(\"users\".\"name\", 2) FROM \"users\"");
        assertSelected(repeat(USERS.name, 3), SQLITE, "SELECT quarry_repeat(\"users\".\"name\", 3) FROM \"users\"");
        assertSelected(reverse(USERS.name), MYSQL, "SELECT REVERSE(`users`.`name`) FROM `users`");
        assertSelected(replace(USERS.name, "a", "b"), POSTGRESQL, "SELECT REPLACE(\"users\".\"name\", ?, ?) FROM \"users\"",
                "a", "b");
    }

    @Test
    void stringAggregationIsOrderedAndBindsItsSeparator() {
        assertRendered(Select.of(stringAgg(USERS.name, ", ", USERS.age.desc())).fromTable(USERS), POSTGRESQL,
                "SELECT string_agg(\"users\".\"name\", ? ORDER BY \"users\".\"age\" DESC) FROM \"users\"", ", ");
        assertRendered(Select.of(stringAgg(USERS.name, ", ")).fromTable(USERS), SQLITE,
                "SELECT string_agg(\"users\".\"name\", ? ORDER BY \"users\".\"name\" COLLATE \"BINARY\" ASC) FROM \"users\"", ", ");
        assertRendered(Select.of(stringAgg(USERS.bio, ";")).fromTable(USERS), MYSQL,
                "SELECT SUBSTRING(GROUP_CONCAT(CONCAT(?, `users`.`bio`) ORDER BY CONVERT(`users`.`bio` USING utf8mb4) COLLATE utf8mb4_0900_bin ASC SEPARATOR ''),"
                        + " CHAR_LENGTH(?) + 1) FROM `users`", ";", ";");
    }

    @Test
    void badArgumentsAreRejectedNamingWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> lpad(USERS.name, -1, "x")).getMessage()
                .contains("negative"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> stringAgg(USERS.name, null)).getMessage()
                .contains("separator"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> stringAgg(USERS.name, ",", new dev.quarry.sql.Order[0]))
                .getMessage().contains("order"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> USERS.age.contains("1")).getMessage()
                .contains("text"));
        assertTrue(assertThrows(dev.quarry.InvalidValueException.class, () -> USERS.name.startsWith(null)).getMessage()
                .contains("startsWith"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new dev.quarry.sql.Analytic.Over<>(stringAgg(USERS.name, ","), Window.ALL)).getMessage()
                .contains("window"));
    }
}
