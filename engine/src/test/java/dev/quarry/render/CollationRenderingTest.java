package dev.quarry.render;

import static dev.quarry.Golden.everywhere;
import static dev.quarry.GoldenSql.assertRendered;
import static dev.quarry.Posts.POSTS;
import static dev.quarry.dialect.Dialects.MARIADB;
import static dev.quarry.dialect.Dialects.MYSQL;
import static dev.quarry.dialect.Dialects.POSTGRESQL;
import static dev.quarry.dialect.Dialects.SQLITE;
import static dev.quarry.sql.Functions.byCodePoint;
import static dev.quarry.sql.Functions.collate;
import static dev.quarry.sql.Functions.concat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.sql.Select;
import org.junit.jupiter.api.Test;

class CollationRenderingTest {

    @Test
    void aNamedCollationIsQuotedAsAnIdentifierAndCompoundTextParenthesised() {
        everywhere(Select.of(POSTS.id).fromTable(POSTS).where(collate(POSTS.title, "NOCASE").eq("x")),
                "SELECT \"posts\".\"id\" FROM \"posts\" WHERE \"posts\".\"title\" COLLATE \"NOCASE\" = ?", "x");
        assertRendered(Select.of(collate(concat(POSTS.title, POSTS.title), "C")).fromTable(POSTS), POSTGRESQL,
                "SELECT (\"posts\".\"title\" || \"posts\".\"title\") COLLATE \"C\" FROM \"posts\"");
    }

    @Test
    void codePointOrderIsEachDialectsBinaryCollation() {
        Select byTitle = Select.of(POSTS.id).fromTable(POSTS).where(byCodePoint(POSTS.title).eq("x"));
        assertRendered(byTitle, POSTGRESQL, "SELECT \"posts\".\"id\" FROM \"posts\" WHERE \"posts\".\"title\" COLLATE \"C\" = ?", "x");
        assertRendered(byTitle, SQLITE, "SELECT \"posts\".\"id\" FROM \"posts\" WHERE \"posts\".\"title\" COLLATE \"BINARY\" = ?", "x");
        assertRendered(byTitle, MYSQL,
                "SELECT `posts`.`id` FROM `posts` WHERE CONVERT(`posts`.`title` USING utf8mb4) COLLATE utf8mb4_0900_bin = ?", "x");
        assertRendered(byTitle, MARIADB,
                "SELECT `posts`.`id` FROM `posts` WHERE CONVERT(`posts`.`title` USING utf8mb4) COLLATE utf8mb4_nopad_bin = ?", "x");
    }

    @Test
    void onlyTextAndCollationNamesAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> collate(POSTS.title, "C\" --"));
        @SuppressWarnings("unchecked")
        dev.quarry.sql.Expression<String> views = (dev.quarry.sql.Expression<String>) (dev.quarry.sql.Expression<?>) POSTS.views;
        assertThrows(IllegalArgumentException.class, () -> byCodePoint(views));
    }
}
