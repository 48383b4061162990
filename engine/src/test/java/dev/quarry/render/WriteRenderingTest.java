package dev.quarry.render;

import static dev.quarry.GoldenSql.assertRendered;
import static dev.quarry.Users.USERS;
import static dev.quarry.dialect.Dialects.MARIADB;
import static dev.quarry.dialect.Dialects.MYSQL;
import static dev.quarry.dialect.Dialects.POSTGRESQL;
import static dev.quarry.dialect.Dialects.SQLITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.sql.Delete;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Table;
import dev.quarry.sql.Update;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WriteRenderingTest {
    private final Insert ada = Insert.into(USERS).set(USERS.name, "Ada").set(USERS.age, 36).set(USERS.active, true);

    @Test
    void insertNamesEveryAssignedColumn() {
        String pg = "INSERT INTO \"users\" (\"name\", \"age\", \"active\") VALUES (?, ?, ?)";
        assertRendered(ada, POSTGRESQL, pg, "Ada", 36, true);
        assertRendered(ada, SQLITE, pg, "Ada", 36, true);
        assertRendered(ada, MYSQL, pg.replace('"', '`'), "Ada", 36, true);
    }

    @Test
    void insertBindsNullForNullableColumns() {
        Insert insert = ada.set(USERS.balance, (BigDecimal) null);
        assertRendered(insert, POSTGRESQL,
                "INSERT INTO \"users\" (\"name\", \"age\", \"active\", \"balance\") VALUES (?, ?, ?, ?)",
                "Ada", 36, true, null);
    }

    @Test
    void insertReturningWhereTheDialectHasIt() {
        Insert insert = ada.returning(USERS.id);
        assertRendered(insert, POSTGRESQL,
                "INSERT INTO \"users\" (\"name\", \"age\", \"active\") VALUES (?, ?, ?) RETURNING \"id\"", "Ada", 36, true);
        assertRendered(insert, SQLITE,
                "INSERT INTO \"users\" (\"name\", \"age\", \"active\") VALUES (?, ?, ?) RETURNING \"id\"", "Ada", 36, true);
        assertRendered(insert, MARIADB,
                "INSERT INTO `users` (`name`, `age`, `active`) VALUES (?, ?, ?) RETURNING `id`", "Ada", 36, true);
        UnsupportedFeatureException error = assertThrows(UnsupportedFeatureException.class, () -> insert.toSql(MYSQL));
        assertEquals("mysql", error.dialect());
        assertEquals("INSERT … RETURNING is not supported on mysql: select the rows in the same transaction instead",
                error.getMessage());
    }

    @Test
    void insertWithNoValuesUsesDefaults() {
        Table events = new Table("events") {
            { bigint("id").autoIncrement(); }
        };
        assertRendered(Insert.into(events), POSTGRESQL, "INSERT INTO \"events\" DEFAULT VALUES");
        assertRendered(Insert.into(events), SQLITE, "INSERT INTO \"events\" DEFAULT VALUES");
        assertRendered(Insert.into(events), MYSQL, "INSERT INTO `events` () VALUES ()");
    }

    @Test
    void updateSetsColumnsWhereTheFilterHolds() {
        Update update = Update.table(USERS).set(USERS.age, 37).setNull(USERS.managerId).where(USERS.id.eq(1L));
        assertRendered(update, POSTGRESQL,
                "UPDATE \"users\" SET \"age\" = ?, \"manager_id\" = ? WHERE \"users\".\"id\" = ?", 37, null, 1L);
        assertRendered(update, SQLITE,
                "UPDATE \"users\" SET \"age\" = ?, \"manager_id\" = ? WHERE \"users\".\"id\" = ?", 37, null, 1L);
        assertRendered(update, MYSQL,
                "UPDATE `users` SET `age` = ?, `manager_id` = ? WHERE `users`.`id` = ?", 37, null, 1L);
    }

    @Test
    void updateWithoutFilterTouchesEveryRow() {
        assertRendered(Update.table(USERS).set(USERS.active, false), POSTGRESQL,
                "UPDATE \"users\" SET \"active\" = ?", false);
    }

    @Test
    void deleteWithAndWithoutFilter() {
        assertRendered(Delete.from(USERS).where(USERS.age.lt(18)), POSTGRESQL,
                "DELETE FROM \"users\" WHERE \"users\".\"age\" < ?", 18);
        assertRendered(Delete.from(USERS).where(USERS.age.lt(18)), MARIADB,
                "DELETE FROM `users` WHERE `users`.`age` < ?", 18);
        assertRendered(Delete.from(USERS), SQLITE, "DELETE FROM \"users\"");
    }

    @Test
    void manyRowsInOneInsert() {
        Insert two = Insert.into(USERS).set(USERS.name, "Ada").set(USERS.age, 36).set(USERS.active, true)
                .newRow().set(USERS.age, 41).set(USERS.name, "Alan").set(USERS.active, false);
        dev.quarry.Golden.everywhere(two, "INSERT INTO \"users\" (\"name\", \"age\", \"active\") VALUES (?, ?, ?),"
                + " (?, ?, ?)", "Ada", 36, true, "Alan", 41, false);
        Insert uneven = Insert.into(USERS).set(USERS.name, "Ada").set(USERS.age, 36).set(USERS.active, true)
                .newRow().set(USERS.name, "Alan").set(USERS.active, false);
        dev.quarry.InvalidQueryException error = assertThrows(dev.quarry.InvalidQueryException.class,
                () -> uneven.toSql(POSTGRESQL));
        assertEquals("INSERT INTO users: row 2 sets [users.name, users.active] but row 1 sets [users.name, users.age,"
                + " users.active]; every row sets the same columns", error.getMessage());
    }

    @Test
    void insertFromAQuery() {
        Insert copy = Insert.into(dev.quarry.Posts.POSTS).select(
                java.util.List.of(dev.quarry.Posts.POSTS.userId, dev.quarry.Posts.POSTS.title,
                        dev.quarry.Posts.POSTS.score, dev.quarry.Posts.POSTS.views),
                dev.quarry.sql.Select.of(USERS.id, USERS.name, dev.quarry.sql.Functions.literal(BigDecimal.ONE),
                        USERS.age).fromTable(USERS).where(USERS.active.eq(true)));
        dev.quarry.Golden.everywhere(copy, "INSERT INTO \"posts\" (\"user_id\", \"title\", \"score\", \"views\")"
                + " SELECT \"users\".\"id\", \"users\".\"name\", 1, \"users\".\"age\" FROM \"users\""
                + " WHERE \"users\".\"active\" = ?", true);
    }

    @Test
    void upsertsInEachDialectsForm() {
        Insert row = Insert.into(USERS).set(USERS.id, 1L).set(USERS.name, "Ada").set(USERS.age, 36).set(USERS.active, true);
        String insert = "INSERT INTO \"users\" (\"id\", \"name\", \"age\", \"active\") VALUES (?, ?, ?, ?)";
        Insert ignore = row.onConflict(USERS.id).doNothing();
        dev.quarry.Golden.onPostgresqlAndSqlite(ignore, insert + " ON CONFLICT (\"id\") DO NOTHING", 1L, "Ada", 36, true);
        dev.quarry.Golden.onMysqlAndMariadb(ignore, insert + " ON DUPLICATE KEY UPDATE \"id\" = \"id\"", 1L, "Ada", 36,
                true);
        Insert merge = row.onConflict(USERS.id).doUpdate(dev.quarry.sql.Assignment.excluded(USERS.name),
                new dev.quarry.sql.Assignment<>(USERS.age, USERS.age.add(1)));
        dev.quarry.Golden.onPostgresqlAndSqlite(merge, insert + " ON CONFLICT (\"id\") DO UPDATE SET \"name\" ="
                + " \"excluded\".\"name\", \"age\" = \"users\".\"age\" + ?", 1L, "Ada", 36, true, 1);
        dev.quarry.Golden.onMysqlAndMariadb(merge, insert + " ON DUPLICATE KEY UPDATE \"name\" = VALUES(\"name\"),"
                + " \"age\" = \"users\".\"age\" + ?", 1L, "Ada", 36, true, 1);
    }

    @Test
    void returningOnUpdateAndDeleteWhereTheDialectHasIt() {
        Update update = Update.table(USERS).set(USERS.age, 37).where(USERS.id.eq(1L)).returning(USERS.id, USERS.age);
        dev.quarry.Golden.onPostgresqlAndSqlite(update, "UPDATE \"users\" SET \"age\" = ? WHERE \"users\".\"id\" = ?"
                + " RETURNING \"id\", \"age\"", 37, 1L);
        dev.quarry.Golden.unsupported(update, MARIADB,
                "UPDATE … RETURNING is not supported on mariadb: select the rows in the same transaction instead");
        Delete delete = Delete.from(USERS).where(USERS.age.lt(18)).returning(USERS.id);
        dev.quarry.Golden.onPostgresqlAndSqlite(delete, "DELETE FROM \"users\" WHERE \"users\".\"age\" < ?"
                + " RETURNING \"id\"", 18);
        assertRendered(delete, MARIADB, "DELETE FROM `users` WHERE `users`.`age` < ? RETURNING `id`", 18);
        dev.quarry.Golden.unsupported(delete, MYSQL,
                "DELETE … RETURNING is not supported on mysql: select the rows in the same transaction instead");
    }

    @Test
    void updateWithAnExpressionAndDeleteWithASubquery() {
        var posts = dev.quarry.Posts.POSTS;
        dev.quarry.Golden.everywhere(Update.table(posts).set(posts.views, posts.views.add(1)),
                "UPDATE \"posts\" SET \"views\" = \"posts\".\"views\" + ?", 1);
        Delete orphans = Delete.from(posts).where(posts.userId.notIn(dev.quarry.sql.Select.of(USERS.id).fromTable(USERS)));
        dev.quarry.Golden.everywhere(orphans, "DELETE FROM \"posts\" WHERE NOT (\"posts\".\"user_id\" IN"
                + " (SELECT \"users\".\"id\" FROM \"users\"))");
    }

    @Test
    void statementsBeyondTheDialectsBindLimitAreRefused() {
        Insert many = Insert.into(USERS).set(USERS.name, "a").set(USERS.age, 1).set(USERS.active, true);
        for (int i = 0; i < 11_000; i++) {
            many = many.newRow().set(USERS.name, "a").set(USERS.age, 1).set(USERS.active, true);
        }
        Insert tooMany = many;
        dev.quarry.InvalidQueryException error = assertThrows(dev.quarry.InvalidQueryException.class,
                () -> tooMany.toSql(SQLITE));
        assertEquals("the statement carries 33003 values, more than the 32766 sqlite accepts in one statement; split it",
                error.getMessage());
        assertEquals(33_003, tooMany.toSql(POSTGRESQL).binds().size());
    }
}
