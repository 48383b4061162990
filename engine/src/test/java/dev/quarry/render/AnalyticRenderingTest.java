package dev.quarry.render;

import static dev.quarry.Golden.everywhere;
import static dev.quarry.Golden.mysql;
import static dev.quarry.GoldenSql.assertRendered;
import static dev.quarry.Posts.POSTS;
import static dev.quarry.Users.USERS;
import static dev.quarry.dialect.Dialects.MARIADB;
import static dev.quarry.dialect.Dialects.MYSQL;
import static dev.quarry.dialect.Dialects.POSTGRESQL;
import static dev.quarry.dialect.Dialects.SQLITE;
import static dev.quarry.sql.Functions.avg;
import static dev.quarry.sql.Functions.count;
import static dev.quarry.sql.Functions.countDistinct;
import static dev.quarry.sql.Functions.denseRank;
import static dev.quarry.sql.Functions.lag;
import static dev.quarry.sql.Functions.lead;
import static dev.quarry.sql.Functions.literal;
import static dev.quarry.sql.Functions.max;
import static dev.quarry.sql.Functions.min;
import static dev.quarry.sql.Functions.rank;
import static dev.quarry.sql.Functions.rowNumber;
import static dev.quarry.sql.Functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.InvalidQueryException;
import dev.quarry.sql.Select;
import dev.quarry.sql.Window;
import dev.quarry.sql.Window.Frame.Bound;
import org.junit.jupiter.api.Test;

class AnalyticRenderingTest {

    @Test
    void aggregatesWithGroupByAndHaving() {
        Select query = Select.of(USERS.active, count(), count(USERS.managerId), countDistinct(USERS.age),
                        sum(USERS.balance), avg(USERS.age), min(USERS.age), max(USERS.name))
                .fromTable(USERS).groupBy(USERS.active).having(count().gt(1L));
        assertRendered(query, POSTGRESQL, "SELECT \"users\".\"active\", COUNT(*), COUNT(\"users\".\"manager_id\"),"
                + " COUNT(DISTINCT \"users\".\"age\"), SUM(\"users\".\"balance\"),"
                + " AVG(CAST(\"users\".\"age\" AS DOUBLE PRECISION)), MIN(\"users\".\"age\"), MAX(\"users\".\"name\" COLLATE \"C\")"
                + " FROM \"users\" GROUP BY \"users\".\"active\" HAVING COUNT(*) > ?", 1L);
        assertRendered(query, SQLITE, "SELECT \"users\".\"active\", COUNT(*), COUNT(\"users\".\"manager_id\"),"
                + " COUNT(DISTINCT \"users\".\"age\"), ROUND(SUM(\"users\".\"balance\"), 2),"
                + " AVG(CAST(\"users\".\"age\" AS REAL)), MIN(\"users\".\"age\"), MAX(\"users\".\"name\" COLLATE \"BINARY\")"
                + " FROM \"users\" GROUP BY \"users\".\"active\" HAVING COUNT(*) > ?", 1L);
        String mysql = "SELECT `users`.`active`, COUNT(*), COUNT(`users`.`manager_id`),"
                + " COUNT(DISTINCT `users`.`age`), SUM(`users`.`balance`),"
                + " AVG(CAST(`users`.`age` AS DOUBLE)), MIN(`users`.`age`),"
                + " MAX(CONVERT(`users`.`name` USING utf8mb4) COLLATE utf8mb4_0900_bin)"
                + " FROM `users` GROUP BY `users`.`active` HAVING COUNT(*) > ?";
        assertRendered(query, MYSQL, mysql, 1L);
        assertRendered(query, MARIADB, mysql.replace("utf8mb4_0900_bin", "utf8mb4_nopad_bin"), 1L);
    }

    @Test
    void selectedComputationsAreGroupedAndOrderedThroughTheSelectList() {
        var bucket = dev.quarry.sql.Functions.caseWhen(POSTS.views.gt(100), literal("hot"))
                .otherwise(literal("cold")).as("bucket");
        var doubled = POSTS.views.multiply(2);
        Select query = Select.of(bucket, doubled, count()).fromTable(POSTS).groupBy(bucket, doubled)
                .orderBy(bucket.asc(), doubled.desc());
        // The text value sorted by its alias is selected in its code-point form, which GROUP BY 1 then groups by.
        assertRendered(query, POSTGRESQL, "SELECT CASE WHEN \"posts\".\"views\" > ? THEN 'hot' ELSE 'cold' END COLLATE \"C\""
                + " AS \"bucket\", \"posts\".\"views\" * ?, COUNT(*) FROM \"posts\" GROUP BY 1, 2"
                + " ORDER BY \"bucket\" ASC NULLS FIRST, 2 DESC NULLS LAST", 100, 2);
        assertRendered(query, MYSQL, mysql("SELECT CONVERT(CASE WHEN \"posts\".\"views\" > ? THEN 'hot' ELSE 'cold' END"
                + " USING utf8mb4) COLLATE utf8mb4_0900_bin AS \"bucket\", \"posts\".\"views\" * ?, COUNT(*) FROM \"posts\""
                + " GROUP BY 1, 2 ORDER BY \"bucket\" ASC, 2 DESC"), 100, 2);
    }

    @Test
    void rankingFunctionsOverPartitions() {
        Window byUser = Window.partitionBy(POSTS.userId).andOrderBy(POSTS.score.desc());
        Select query = Select.of(POSTS.id, rowNumber().over(byUser).as("n"), rank().over(byUser),
                denseRank().over(byUser)).fromTable(POSTS);
        String window = "(PARTITION BY \"posts\".\"user_id\" ORDER BY \"posts\".\"score\" DESC)";
        everywhere(query, "SELECT \"posts\".\"id\", ROW_NUMBER() OVER " + window + " AS \"n\", RANK() OVER " + window
                + ", DENSE_RANK() OVER " + window + " FROM \"posts\"");
    }

    @Test
    void aggregatesOverFramesAndOffsetsOverOrder() {
        Window running = Window.orderBy(POSTS.id.asc()).rows(Bound.UNBOUNDED_PRECEDING, Bound.CURRENT_ROW);
        Window around = Window.orderBy(POSTS.id.asc()).rows(Bound.preceding(2), Bound.following(1));
        Select query = Select.of(sum(POSTS.views).over(running), avg(POSTS.views).over(around),
                lag(POSTS.views).over(Window.orderBy(POSTS.id.asc())),
                lead(POSTS.views, 2, literal(0)).over(Window.orderBy(POSTS.id.asc()))).fromTable(POSTS);
        assertRendered(query, POSTGRESQL, "SELECT SUM(\"posts\".\"views\") OVER (ORDER BY \"posts\".\"id\" ASC"
                + " ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),"
                + " AVG(CAST(\"posts\".\"views\" AS DOUBLE PRECISION)) OVER (ORDER BY \"posts\".\"id\" ASC"
                + " ROWS BETWEEN 2 PRECEDING AND 1 FOLLOWING),"
                + " LAG(\"posts\".\"views\") OVER (ORDER BY \"posts\".\"id\" ASC),"
                + " LEAD(\"posts\".\"views\", 2, 0) OVER (ORDER BY \"posts\".\"id\" ASC) FROM \"posts\"");
    }

    @Test
    void lagAndLeadDefaultsAreEmulatedExactlyOnMariadb() {
        Select query = Select.of(lead(POSTS.views, 2, literal(0)).over(Window.partitionBy(POSTS.userId)
                .andOrderBy(POSTS.id.asc()))).fromTable(POSTS);
        assertRendered(query, MYSQL, mysql("SELECT LEAD(\"posts\".\"views\", 2, 0) OVER (PARTITION BY"
                + " \"posts\".\"user_id\" ORDER BY \"posts\".\"id\" ASC) FROM \"posts\""));
        assertRendered(query, dev.quarry.dialect.Dialects.MARIADB, mysql("SELECT CASE WHEN COUNT(*) OVER (PARTITION BY"
                + " \"posts\".\"user_id\" ORDER BY \"posts\".\"id\" ASC ROWS BETWEEN CURRENT ROW AND 2 FOLLOWING) > 2"
                + " THEN LEAD(\"posts\".\"views\", 2) OVER (PARTITION BY \"posts\".\"user_id\" ORDER BY"
                + " \"posts\".\"id\" ASC) ELSE 0 END FROM \"posts\""));
    }

    @Test
    void windowOrderingPlacesNullsAsEverywhereElse() {
        Select query = Select.of(POSTS.id, rank().over(Window.orderBy(POSTS.rating.desc()))).fromTable(POSTS);
        assertRendered(query, POSTGRESQL,
                "SELECT \"posts\".\"id\", RANK() OVER (ORDER BY \"posts\".\"rating\" DESC NULLS LAST) FROM \"posts\"");
        assertRendered(query, SQLITE, "SELECT \"posts\".\"id\", RANK() OVER (ORDER BY \"posts\".\"rating\" DESC) FROM \"posts\"");
        Select first = Select.of(POSTS.id, rank().over(Window.orderBy(POSTS.rating.desc().nullsFirst()))).fromTable(POSTS);
        assertRendered(first, MYSQL, mysql("SELECT \"posts\".\"id\", RANK() OVER (ORDER BY \"posts\".\"rating\" IS NULL DESC,"
                + " \"posts\".\"rating\" DESC) FROM \"posts\""));
    }

    @Test
    void windowFunctionsNeedAWindow() {
        InvalidQueryException error = assertThrows(InvalidQueryException.class,
                () -> Select.of(rowNumber()).fromTable(POSTS).toSql(POSTGRESQL));
        assertEquals("ROW_NUMBER() is a window function; use it with over(window)", error.getMessage());
    }
}
