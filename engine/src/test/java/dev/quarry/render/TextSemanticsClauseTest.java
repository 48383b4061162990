package dev.quarry.render;

import static dev.quarry.Golden.everywhereAsWritten;
import static dev.quarry.Golden.mysql;
import static dev.quarry.GoldenSql.assertRendered;
import static dev.quarry.Users.USERS;
import static dev.quarry.dialect.Dialects.MARIADB;
import static dev.quarry.dialect.Dialects.MYSQL;
import static dev.quarry.dialect.Dialects.POSTGRESQL;
import static dev.quarry.dialect.Dialects.SQLITE;
import static dev.quarry.sql.Functions.count;
import static dev.quarry.sql.Functions.countDistinct;
import static dev.quarry.sql.Functions.max;
import static dev.quarry.sql.Functions.min;
import static dev.quarry.sql.Functions.rowNumber;

import dev.quarry.sql.Select;
import dev.quarry.sql.Window;
import org.junit.jupiter.api.Test;

/**
 * ORDER BY, GROUP BY, DISTINCT, set operations, aggregates and windows over text under the default
 * code-point text semantics, and as written under the database's own.
 */
class TextSemanticsClauseTest {
    private static final String MARIA = " USING utf8mb4) COLLATE utf8mb4_nopad_bin";

    @Test
    void orderByKeysOfTextTakeTheCodePointCollation() {
        Select query = Select.of(USERS.id).fromTable(USERS).orderBy(USERS.name.asc(), USERS.age.asc());
        String select = "SELECT \"users\".\"id\" FROM \"users\" ORDER BY ";
        assertRendered(query, POSTGRESQL, select + "\"users\".\"name\" COLLATE \"C\" ASC, \"users\".\"age\" ASC");
        assertRendered(query, SQLITE, select + "\"users\".\"name\" COLLATE \"BINARY\" ASC, \"users\".\"age\" ASC");
        assertRendered(query, MARIADB, mysql(select) + "CONVERT(`users`.`name`" + MARIA + " ASC, `users`.`age` ASC");
        everywhereAsWritten(query, select + "\"users\".\"name\" ASC, \"users\".\"age\" ASC");
    }

    @Test
    void groupByKeepsASelectedColumnAGroupingColumn() {
        Select query = Select.of(USERS.name, count()).fromTable(USERS).groupBy(USERS.name);
        String select = "SELECT \"users\".\"name\", COUNT(*) FROM \"users\" GROUP BY ";
        assertRendered(query, POSTGRESQL, select + "\"users\".\"name\"");
        assertRendered(query, SQLITE, select + "\"users\".\"name\" COLLATE \"BINARY\"");
        // The bare key keeps `name` a grouping column under ONLY_FULL_GROUP_BY; the second makes the groups code points.
        assertRendered(query, MARIADB, mysql(select) + "`users`.`name`, CONVERT(`users`.`name`" + MARIA);
        everywhereAsWritten(query, select + "\"users\".\"name\"");
    }

    @Test
    void distinctValuesOfTextAreComparedByCodePointAndKeepTheirNames() {
        Select names = Select.of(USERS.name, USERS.age).fromTable(USERS).distinct();
        assertRendered(names, POSTGRESQL, "SELECT DISTINCT \"users\".\"name\", \"users\".\"age\" FROM \"users\"");
        assertRendered(names, SQLITE, "SELECT DISTINCT \"users\".\"name\" COLLATE \"BINARY\" AS \"name\", \"users\".\"age\" FROM \"users\"");
        assertRendered(names, MARIADB, "SELECT DISTINCT CONVERT(`users`.`name`" + MARIA + " AS `name`, `users`.`age` FROM `users`");
        everywhereAsWritten(names, "SELECT DISTINCT \"users\".\"name\", \"users\".\"age\" FROM \"users\"");
    }

    @Test
    void anOrderedDistinctValueIsSelectedAsItIsSorted() {
        // PostgreSQL requires the ORDER BY expression of a DISTINCT select among the selected values.
        Select names = Select.of(USERS.name).fromTable(USERS).distinct().orderBy(USERS.name.asc());
        assertRendered(names, POSTGRESQL, "SELECT DISTINCT \"users\".\"name\" COLLATE \"C\" AS \"name\" FROM \"users\""
                + " ORDER BY \"users\".\"name\" COLLATE \"C\" ASC");
        assertRendered(names, SQLITE, "SELECT DISTINCT \"users\".\"name\" COLLATE \"BINARY\" AS \"name\" FROM \"users\""
                + " ORDER BY \"users\".\"name\" COLLATE \"BINARY\" ASC");
        assertRendered(names, MYSQL, "SELECT DISTINCT CONVERT(`users`.`name` USING utf8mb4) COLLATE utf8mb4_0900_bin AS `name`"
                + " FROM `users` ORDER BY CONVERT(`users`.`name` USING utf8mb4) COLLATE utf8mb4_0900_bin ASC");
    }

    @Test
    void distinctOnKeysMatchTheirOrderByKeys() {
        Select latest = Select.of(USERS.name, USERS.age).fromTable(USERS).distinctOn(USERS.name)
                .orderBy(USERS.name.asc(), USERS.age.desc());
        assertRendered(latest, POSTGRESQL, "SELECT DISTINCT ON (\"users\".\"name\" COLLATE \"C\") \"users\".\"name\","
                + " \"users\".\"age\" FROM \"users\" ORDER BY \"users\".\"name\" COLLATE \"C\" ASC, \"users\".\"age\" DESC");
    }

    @Test
    void minAndMaxOfTextSortByCodePointAndCountDistinctComparesByIt() {
        Select query = Select.of(min(USERS.name), max(USERS.name), countDistinct(USERS.name), min(USERS.age)).fromTable(USERS);
        assertRendered(query, POSTGRESQL, "SELECT MIN(\"users\".\"name\" COLLATE \"C\"), MAX(\"users\".\"name\" COLLATE \"C\"),"
                + " COUNT(DISTINCT \"users\".\"name\"), MIN(\"users\".\"age\") FROM \"users\"");
        assertRendered(query, SQLITE, "SELECT MIN(\"users\".\"name\" COLLATE \"BINARY\"), MAX(\"users\".\"name\" COLLATE \"BINARY\"),"
                + " COUNT(DISTINCT \"users\".\"name\" COLLATE \"BINARY\"), MIN(\"users\".\"age\") FROM \"users\"");
        assertRendered(query, MARIADB, "SELECT MIN(CONVERT(`users`.`name`" + MARIA + "), MAX(CONVERT(`users`.`name`" + MARIA + "),"
                + " COUNT(DISTINCT CONVERT(`users`.`name`" + MARIA + "), MIN(`users`.`age`) FROM `users`");
        everywhereAsWritten(query, "SELECT MIN(\"users\".\"name\"), MAX(\"users\".\"name\"), COUNT(DISTINCT \"users\".\"name\"),"
                + " MIN(\"users\".\"age\") FROM \"users\"");
    }

    @Test
    void windowPartitionsCompareAndWindowOrdersSortByCodePoint() {
        Select query = Select.of(rowNumber().over(Window.partitionBy(USERS.name).andOrderBy(USERS.bio.asc()))).fromTable(USERS);
        assertRendered(query, POSTGRESQL, "SELECT ROW_NUMBER() OVER (PARTITION BY \"users\".\"name\""
                + " ORDER BY \"users\".\"bio\" COLLATE \"C\" ASC NULLS FIRST) FROM \"users\"");
        assertRendered(query, SQLITE, "SELECT ROW_NUMBER() OVER (PARTITION BY \"users\".\"name\" COLLATE \"BINARY\""
                + " ORDER BY \"users\".\"bio\" COLLATE \"BINARY\" ASC) FROM \"users\"");
        assertRendered(query, MARIADB, "SELECT ROW_NUMBER() OVER (PARTITION BY CONVERT(`users`.`name`" + MARIA
                + " ORDER BY CONVERT(`users`.`bio`" + MARIA + " ASC) FROM `users`");
    }

    @Test
    void setOperationsThatRemoveDuplicatesCompareTextByCodePoint() {
        Select young = Select.of(USERS.name).fromTable(USERS).where(USERS.age.lt(30));
        Select old = Select.of(USERS.name).fromTable(USERS).where(USERS.age.gt(60));
        assertRendered(young.union(old), POSTGRESQL, "SELECT \"users\".\"name\" FROM \"users\" WHERE \"users\".\"age\" < ?"
                + " UNION SELECT \"users\".\"name\" FROM \"users\" WHERE \"users\".\"age\" > ?", 30, 60);
        assertRendered(young.except(old), SQLITE, "SELECT \"users\".\"name\" COLLATE \"BINARY\" AS \"name\" FROM \"users\""
                + " WHERE \"users\".\"age\" < ? EXCEPT SELECT \"users\".\"name\" COLLATE \"BINARY\" AS \"name\" FROM \"users\""
                + " WHERE \"users\".\"age\" > ?", 30, 60);
        assertRendered(young.intersect(old), MARIADB, "SELECT CONVERT(`users`.`name`" + MARIA + " AS `name` FROM `users`"
                + " WHERE `users`.`age` < ? INTERSECT SELECT CONVERT(`users`.`name`" + MARIA + " AS `name` FROM `users`"
                + " WHERE `users`.`age` > ?", 30, 60);
        assertRendered(young.unionAll(old), SQLITE, "SELECT \"users\".\"name\" FROM \"users\" WHERE \"users\".\"age\" < ?"
                + " UNION ALL SELECT \"users\".\"name\" FROM \"users\" WHERE \"users\".\"age\" > ?", 30, 60);
        assertRendered(young.union(old).orderBy(USERS.name.asc()), POSTGRESQL, "SELECT \"q1\".\"name\" FROM (SELECT"
                + " \"users\".\"name\" FROM \"users\" WHERE \"users\".\"age\" < ? UNION SELECT \"users\".\"name\" FROM \"users\""
                + " WHERE \"users\".\"age\" > ?) AS \"q1\" ORDER BY \"q1\".\"name\" COLLATE \"C\" ASC", 30, 60);
    }
}
