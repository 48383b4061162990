package dev.quarry.render;

import static dev.quarry.Golden.mysql;
import static dev.quarry.GoldenSql.assertRendered;
import static dev.quarry.Posts.POSTS;
import static dev.quarry.Users.USERS;
import static dev.quarry.dialect.Dialects.MARIADB;
import static dev.quarry.dialect.Dialects.MYSQL;
import static dev.quarry.sql.Functions.byCodePoint;
import static dev.quarry.sql.Functions.lag;
import static dev.quarry.sql.Functions.literal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Golden;
import dev.quarry.dialect.Dialect;
import dev.quarry.schema.CheckDefinition;
import dev.quarry.schema.SchemaChange;
import dev.quarry.sql.CreateTable;
import dev.quarry.sql.Cte;
import dev.quarry.sql.Delete;
import dev.quarry.sql.Insert;
import dev.quarry.sql.JsonFunctions;
import dev.quarry.sql.Select;
import dev.quarry.sql.Update;
import dev.quarry.sql.Window;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The known differences between MySQL 8.0.31+ and MariaDB 10.6+ that the live test servers (all
 * MariaDB) do not exercise on the MySQL side, each as the SQL both dialects render, side by side.
 * docs/databases.md lists the same differences; a MySQL server of one's own runs the live suites
 * (see there).
 */
class MySqlAndMariaDbDifferencesTest {
    private static final Insert ADA = Insert.into(USERS).set(USERS.name, "Ada").set(USERS.age, 36).set(USERS.active, true);

    @Test
    void returningExistsOnMariaDbOnlyAndMySqlSaysWhatToDoInstead() {
        assertRendered(ADA.returning(USERS.id), MARIADB,
                "INSERT INTO `users` (`name`, `age`, `active`) VALUES (?, ?, ?) RETURNING `id`", "Ada", 36, true);
        Golden.unsupported(ADA.returning(USERS.id), MYSQL,
                "INSERT … RETURNING is not supported on mysql: select the rows in the same transaction instead");
        Delete delete = Delete.from(USERS).where(USERS.id.eq(1L)).returning(USERS.name);
        assertRendered(delete, MARIADB, "DELETE FROM `users` WHERE `users`.`id` = ? RETURNING `name`", 1L);
        Golden.unsupported(delete, MYSQL,
                "DELETE … RETURNING is not supported on mysql: select the rows in the same transaction instead");
    }

    @Test
    void jsonIsReadWithTheFunctionsBothServersHave() {
        // MySQL's ->> and MariaDB's JSON_VALUE differ; JSON_EXTRACT, JSON_UNQUOTE, JSON_TYPE and JSON_CONTAINS do not.
        TypeRenderingTest.Gadgets g = TypeRenderingTest.Gadgets.GADGETS;
        Select text = Select.from(g).columns(JsonFunctions.text(g.doc, "a"));
        String textSql = "SELECT CASE JSON_TYPE(JSON_EXTRACT(`gadgets`.`doc`, ?)) WHEN 'NULL' THEN NULL"
                + " ELSE JSON_UNQUOTE(JSON_EXTRACT(`gadgets`.`doc`, ?)) END FROM `gadgets`";
        Select contains = Select.from(g).columns(g.small).where(JsonFunctions.contains(g.doc, "{\"a\": 1}"));
        String containsSql = "SELECT `gadgets`.`small` FROM `gadgets` WHERE JSON_CONTAINS(`gadgets`.`doc`, ?)";
        for (Dialect dialect : List.of(MYSQL, MARIADB)) {
            assertRendered(text, dialect, textSql, "$.\"a\"", "$.\"a\"");
            assertRendered(contains, dialect, containsSql, "{\"a\": 1}");
        }
    }

    @Test
    void binaryTextUsesUtf8mb4_0900_binOnMySqlAndUtf8mb4_nopad_binOnMariaDb() {
        Select byTitle = Select.of(POSTS.id).fromTable(POSTS).where(byCodePoint(POSTS.title).eq("x"));
        String sql = "SELECT `posts`.`id` FROM `posts` WHERE CONVERT(`posts`.`title` USING utf8mb4) COLLATE %s = ?";
        assertRendered(byTitle, MYSQL, sql.formatted("utf8mb4_0900_bin"), "x");
        assertRendered(byTitle, MARIADB, sql.formatted("utf8mb4_nopad_bin"), "x");
        String table = new CreateTable(USERS, false).toSql(MYSQL).sql();
        assertEquals(table.replace("utf8mb4_0900_bin", "utf8mb4_nopad_bin"), new CreateTable(USERS, false).toSql(MARIADB).sql());
        assertTrue(table.endsWith("DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_bin"), table);
    }

    @Test
    void intersectAndExceptAreWrittenAlikeForMySql8_0_31AndMariaDb() {
        Select young = Select.of(USERS.name).fromTable(USERS).where(USERS.age.lt(30));
        Select old = Select.of(USERS.name).fromTable(USERS).where(USERS.age.gt(60));
        String sql = "SELECT \"users\".\"name\" FROM \"users\" WHERE \"users\".\"age\" < ? %s"
                + " SELECT \"users\".\"name\" FROM \"users\" WHERE \"users\".\"age\" > ?";
        for (Dialect dialect : List.of(MYSQL, MARIADB)) {
            assertRendered(young.intersect(old), Golden.asWritten(dialect), mysql(sql.formatted("INTERSECT")), 30, 60);
            assertRendered(young.except(old), Golden.asWritten(dialect), mysql(sql.formatted("EXCEPT")), 30, 60);
        }
    }

    @Test
    void checkConstraintsAreAddedAlikeAndDroppedByEachServersKeyword() {
        // Enforced by MySQL since 8.0.16 and by MariaDB since 10.2; Quarry's MySQL dialect starts at 8.0.31.
        CheckDefinition check = new CheckDefinition("ck_people_age", "`age` >= 0");
        for (Dialect dialect : List.of(MYSQL, MARIADB)) {
            assertEquals(List.of("ALTER TABLE `people` ADD CONSTRAINT `ck_people_age` CHECK (`age` >= 0)"),
                    SchemaChangeRenderer.render(new SchemaChange.AddConstraint("people", check), dialect));
        }
        assertEquals(List.of("ALTER TABLE `people` DROP CHECK `ck_people_age`"),
                SchemaChangeRenderer.render(new SchemaChange.DropConstraint("people", check), MYSQL));
        assertEquals(List.of("ALTER TABLE `people` DROP CONSTRAINT `ck_people_age`"),
                SchemaChangeRenderer.render(new SchemaChange.DropConstraint("people", check), MARIADB));
    }

    @Test
    void sharedLocksAreForShareOnMySqlAndLockInShareModeOnMariaDb() {
        Select base = Select.from(USERS).columns(USERS.id).where(USERS.age.gt(1));
        String sql = "SELECT `users`.`id` FROM `users` WHERE `users`.`age` > ?";
        assertRendered(base.forShare(), MYSQL, sql + " FOR SHARE", 1);
        assertRendered(base.forShare(), MARIADB, sql + " LOCK IN SHARE MODE", 1);
    }

    @Test
    void withBeforeUpdateAndDeleteIsMySqlOnly() {
        Cte active = Select.of(USERS.id).fromTable(USERS).where(USERS.active.eq(true)).asCte("active_users");
        Update update = Update.table(POSTS).set(POSTS.views, 0)
                .where(POSTS.userId.in(Select.of(active.get(USERS.id)).fromTable(active)));
        assertRendered(update, MYSQL, "WITH `active_users` (`id`) AS (SELECT `users`.`id` FROM `users` WHERE `users`.`active` = ?)"
                + " UPDATE `posts` SET `views` = ? WHERE `posts`.`user_id` IN (SELECT `active_users`.`id` FROM `active_users`)",
                true, 0);
        Golden.unsupported(update, MARIADB,
                "WITH in UPDATE is not supported on mariadb: read active_users through a subquery of its query instead");
    }

    @Test
    void lagWithADefaultIsNativeOnMySqlAndEmulatedOnMariaDb() {
        Select query = Select.of(lag(POSTS.views, 1, literal(0)).over(Window.orderBy(POSTS.id.asc()))).fromTable(POSTS);
        assertRendered(query, MYSQL, "SELECT LAG(`posts`.`views`, 1, 0) OVER (ORDER BY `posts`.`id` ASC) FROM `posts`");
        assertRendered(query, MARIADB, "SELECT CASE WHEN COUNT(*) OVER (ORDER BY `posts`.`id` ASC ROWS BETWEEN 1 PRECEDING"
                + " AND CURRENT ROW) > 1 THEN LAG(`posts`.`views`, 1) OVER (ORDER BY `posts`.`id` ASC) ELSE 0 END FROM `posts`");
    }

    @Test
    void anAnalyzedPlanIsExplainAnalyzeOnMySqlAndAnalyzeOnMariaDb() {
        RenderedSql query = new RenderedSql("SELECT 1", List.of());
        assertEquals("EXPLAIN ANALYZE SELECT 1", MYSQL.renderExplain(query, true).sql());
        assertEquals("ANALYZE SELECT 1", MARIADB.renderExplain(query, true).sql());
        assertEquals(MYSQL.renderExplain(query, false).sql(), MARIADB.renderExplain(query, false).sql());
    }
}
