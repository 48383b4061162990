package dev.quarry.render;

import static dev.quarry.Golden.asWritten;
import static dev.quarry.GoldenSql.assertRendered;
import static dev.quarry.Users.USERS;
import static dev.quarry.dialect.Dialects.MARIADB;
import static dev.quarry.dialect.Dialects.MYSQL;
import static dev.quarry.dialect.Dialects.POSTGRESQL;
import static dev.quarry.dialect.Dialects.SQLITE;

import dev.quarry.sql.Select;
import org.junit.jupiter.api.Test;

class SelectRenderingTest {
    private static final String ALL_PG = "SELECT \"users\".\"id\", \"users\".\"name\", \"users\".\"age\", "
            + "\"users\".\"manager_id\", \"users\".\"balance\", \"users\".\"active\", \"users\".\"created_at\", "
            + "\"users\".\"seen_at\", \"users\".\"bio\" FROM \"users\"";

    private final Select idAndName = Select.from(USERS).columns(USERS.id, USERS.name);

    @Test
    void selectsEveryColumnInDeclarationOrder() {
        assertRendered(Select.from(USERS), POSTGRESQL, ALL_PG);
        assertRendered(Select.from(USERS), SQLITE, ALL_PG);
        assertRendered(Select.from(USERS), MYSQL, ALL_PG.replace('"', '`'));
        assertRendered(Select.from(USERS), MARIADB, ALL_PG.replace('"', '`'));
    }

    @Test
    void filtersWithBoundValues() {
        Select query = idAndName.where(USERS.age.ge(18));
        assertRendered(query, POSTGRESQL,
                "SELECT \"users\".\"id\", \"users\".\"name\" FROM \"users\" WHERE \"users\".\"age\" >= ?", 18);
        assertRendered(query, SQLITE,
                "SELECT \"users\".\"id\", \"users\".\"name\" FROM \"users\" WHERE \"users\".\"age\" >= ?", 18);
        assertRendered(query, MYSQL,
                "SELECT `users`.`id`, `users`.`name` FROM `users` WHERE `users`.`age` >= ?", 18);
    }

    @Test
    void whereCalledTwiceCombinesWithAnd() {
        Select query = idAndName.where(USERS.age.ge(18)).where(USERS.name.eq("Ada"));
        assertRendered(query, POSTGRESQL, "SELECT \"users\".\"id\", \"users\".\"name\" FROM \"users\" "
                + "WHERE \"users\".\"age\" >= ? AND \"users\".\"name\" = ?", 18, "Ada");
    }

    @Test
    void limitAndOffsetAreBoundExceptOnSqliteWhichTakesThemAsNumbers() {
        Select query = idAndName.orderBy(USERS.id.asc()).limit(10).offset(20);
        String pg = "SELECT \"users\".\"id\", \"users\".\"name\" FROM \"users\" ORDER BY \"users\".\"id\" ASC "
                + "LIMIT ? OFFSET ?";
        assertRendered(query, POSTGRESQL, pg, 10L, 20L);
        assertRendered(query, SQLITE, pg.replace("LIMIT ? OFFSET ?", "LIMIT 10 OFFSET 20"));
        assertRendered(query, MYSQL, pg.replace('"', '`'), 10L, 20L);
    }

    @Test
    void limitWithoutOffset() {
        assertRendered(idAndName.limit(5), POSTGRESQL,
                "SELECT \"users\".\"id\", \"users\".\"name\" FROM \"users\" LIMIT ?", 5L);
        assertRendered(idAndName.limit(5), MARIADB, "SELECT `users`.`id`, `users`.`name` FROM `users` LIMIT ?", 5L);
    }

    @Test
    void offsetWithoutLimitUsesEachDialectsSpelling() {
        Select query = idAndName.offset(3);
        assertRendered(query, POSTGRESQL, "SELECT \"users\".\"id\", \"users\".\"name\" FROM \"users\" OFFSET ?", 3L);
        assertRendered(query, SQLITE,
                "SELECT \"users\".\"id\", \"users\".\"name\" FROM \"users\" LIMIT -1 OFFSET 3");
        assertRendered(query, MYSQL,
                "SELECT `users`.`id`, `users`.`name` FROM `users` LIMIT 18446744073709551615 OFFSET ?", 3L);
    }

    @Test
    void orderBySeveralKeysAscendingAndDescending() {
        Select query = idAndName.orderBy(USERS.age.desc(), USERS.name.asc());
        String select = "SELECT \"users\".\"id\", \"users\".\"name\" FROM \"users\" ORDER BY \"users\".\"age\" DESC, ";
        // Text sorts by code point: each dialect's code-point form of the key.
        assertRendered(query, POSTGRESQL, select + "\"users\".\"name\" COLLATE \"C\" ASC");
        assertRendered(query, SQLITE, select + "\"users\".\"name\" COLLATE \"BINARY\" ASC");
        assertRendered(query, MYSQL, select.replace('"', '`') + "CONVERT(`users`.`name` USING utf8mb4) COLLATE utf8mb4_0900_bin ASC");
        assertRendered(query, asWritten(MYSQL), (select + "\"users\".\"name\" ASC").replace('"', '`'));
    }

    @Test
    void nullableKeysSortNullsAsSmallestEverywhere() {
        Select query = idAndName.orderBy(USERS.managerId.asc(), USERS.bio.desc());
        assertRendered(query, POSTGRESQL, "SELECT \"users\".\"id\", \"users\".\"name\" FROM \"users\" "
                + "ORDER BY \"users\".\"manager_id\" ASC NULLS FIRST, \"users\".\"bio\" COLLATE \"C\" DESC NULLS LAST");
        assertRendered(query, SQLITE, "SELECT \"users\".\"id\", \"users\".\"name\" FROM \"users\" "
                + "ORDER BY \"users\".\"manager_id\" ASC, \"users\".\"bio\" COLLATE \"BINARY\" DESC");
        assertRendered(query, MYSQL, "SELECT `users`.`id`, `users`.`name` FROM `users` "
                + "ORDER BY `users`.`manager_id` ASC, CONVERT(`users`.`bio` USING utf8mb4) COLLATE utf8mb4_0900_bin DESC");
    }

    @Test
    void explicitNullPlacementIsEmulatedWithoutNullsSyntax() {
        Select query = idAndName.orderBy(USERS.managerId.asc().nullsLast());
        assertRendered(query, POSTGRESQL, "SELECT \"users\".\"id\", \"users\".\"name\" FROM \"users\" "
                + "ORDER BY \"users\".\"manager_id\" ASC");
        assertRendered(query, SQLITE, "SELECT \"users\".\"id\", \"users\".\"name\" FROM \"users\" "
                + "ORDER BY \"users\".\"manager_id\" ASC NULLS LAST");
        assertRendered(query, MARIADB, "SELECT `users`.`id`, `users`.`name` FROM `users` "
                + "ORDER BY `users`.`manager_id` IS NULL ASC, `users`.`manager_id` ASC");
    }

    @Test
    void countWithoutPagingCountsTheFilteredTable() {
        var count = idAndName.where(USERS.active.eq(true)).orderBy(USERS.name.asc()).count();
        assertRendered(count, POSTGRESQL,
                "SELECT COUNT(*) FROM \"users\" WHERE \"users\".\"active\" = ?", true);
        assertRendered(count, MYSQL, "SELECT COUNT(*) FROM `users` WHERE `users`.`active` = ?", true);
    }

    @Test
    void countWithPagingCountsTheWindowOfRows() {
        var count = idAndName.where(USERS.active.eq(true)).limit(10).offset(5).count();
        assertRendered(count, POSTGRESQL, "SELECT COUNT(*) FROM (SELECT \"users\".\"id\" AS \"c1\", \"users\".\"name\" AS \"c2\" "
                + "FROM \"users\" WHERE \"users\".\"active\" = ? LIMIT ? OFFSET ?) AS \"counted\"", true, 10L, 5L);
        assertRendered(count, MYSQL, "SELECT COUNT(*) FROM (SELECT `users`.`id` AS `c1`, `users`.`name` AS `c2` "
                + "FROM `users` WHERE `users`.`active` = ? LIMIT ? OFFSET ?) AS `counted`", true, 10L, 5L);
    }
}
