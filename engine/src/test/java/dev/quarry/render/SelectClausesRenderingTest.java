package dev.quarry.render;

import static dev.quarry.Golden.everywhere;
import static dev.quarry.Golden.mysql;
import static dev.quarry.Golden.onMysqlAndMariadb;
import static dev.quarry.GoldenSql.assertRendered;
import static dev.quarry.Posts.POSTS;
import static dev.quarry.Users.USERS;
import static dev.quarry.dialect.Dialects.MARIADB;
import static dev.quarry.dialect.Dialects.MYSQL;
import static dev.quarry.dialect.Dialects.POSTGRESQL;
import static dev.quarry.dialect.Dialects.SQLITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.Golden;
import dev.quarry.InvalidQueryException;
import dev.quarry.sql.Select;
import org.junit.jupiter.api.Test;

class SelectClausesRenderingTest {

    @Test
    void distinct() {
        everywhere(Select.of(USERS.age).fromTable(USERS).distinct(), "SELECT DISTINCT \"users\".\"age\" FROM \"users\"");
    }

    @Test
    void distinctOnIsPostgresqlOnly() {
        Select latest = Select.from(POSTS).columns(POSTS.userId, POSTS.title).distinctOn(POSTS.userId)
                .orderBy(POSTS.userId.asc(), POSTS.id.desc());
        assertRendered(latest, POSTGRESQL, "SELECT DISTINCT ON (\"posts\".\"user_id\") \"posts\".\"user_id\","
                + " \"posts\".\"title\" FROM \"posts\" ORDER BY \"posts\".\"user_id\" ASC, \"posts\".\"id\" DESC");
        Golden.unsupported(latest, SQLITE,
                "DISTINCT ON is not supported on sqlite: number the rows with rowNumber().over(…) and keep the first");
        Golden.unsupported(latest, MARIADB,
                "DISTINCT ON is not supported on mariadb: number the rows with rowNumber().over(…) and keep the first");
    }

    @Test
    void rowLocksInEachDialectsSpellingAndAClearErrorOnSqlite() {
        Select base = Select.from(USERS).columns(USERS.id).where(USERS.age.gt(1));
        String sql = "SELECT \"users\".\"id\" FROM \"users\" WHERE \"users\".\"age\" > ?";
        assertRendered(base.forUpdate(), POSTGRESQL, sql + " FOR UPDATE", 1);
        assertRendered(base.forUpdate().skipLocked(), MYSQL, mysql(sql + " FOR UPDATE SKIP LOCKED"), 1);
        assertRendered(base.forUpdate().noWait(), MARIADB, mysql(sql + " FOR UPDATE NOWAIT"), 1);
        assertRendered(base.forShare(), POSTGRESQL, sql + " FOR SHARE", 1);
        assertRendered(base.forShare(), MYSQL, mysql(sql + " FOR SHARE"), 1);
        assertRendered(base.forShare().noWait(), MARIADB, mysql(sql + " LOCK IN SHARE MODE NOWAIT"), 1);
        assertRendered(base.limit(5).forUpdate().skipLocked(), POSTGRESQL, sql + " LIMIT ? FOR UPDATE SKIP LOCKED", 1, 5L);
        Golden.unsupported(base.forUpdate(), SQLITE, "FOR UPDATE is not supported on sqlite: SQLite has no row locks;"
                + " it locks the whole database for writing, which a write (or BEGIN IMMEDIATE) takes");
        InvalidQueryException early = assertThrows(InvalidQueryException.class, base::skipLocked);
        assertEquals("NOWAIT and SKIP LOCKED follow forUpdate() or forShare()", early.getMessage());
    }

    @Test
    void seekAfterContinuesAlongTheSortKeys() {
        Select page = Select.from(USERS).columns(USERS.id).orderBy(USERS.age.asc(), USERS.id.desc()).limit(10)
                .seekAfter(30, 7L);
        String sql = "SELECT \"users\".\"id\" FROM \"users\" WHERE \"users\".\"age\" > ? OR (\"users\".\"age\" = ?"
                + " AND \"users\".\"id\" < ?) ORDER BY \"users\".\"age\" ASC, \"users\".\"id\" DESC LIMIT ";
        assertRendered(page, POSTGRESQL, sql + "?", 30, 30, 7L, 10L);
        onMysqlAndMariadb(page, sql + "?", 30, 30, 7L, 10L);
        assertRendered(page, SQLITE, sql + "10", 30, 30, 7L);
    }

    @Test
    void seekAfterNeedsNonNullSortKeysAndOneValueEach() {
        InvalidQueryException nullable = assertThrows(InvalidQueryException.class,
                () -> Select.from(USERS).orderBy(USERS.managerId.asc()).seekAfter(1L));
        assertEquals("seekAfter needs sort keys that are non-null columns, but users.manager_id may be NULL",
                nullable.getMessage());
        InvalidQueryException count = assertThrows(InvalidQueryException.class,
                () -> Select.from(USERS).orderBy(USERS.id.asc()).seekAfter(1L, 2L));
        assertEquals("seekAfter needs one value per sort key: 1 keys, 2 values", count.getMessage());
    }
}
