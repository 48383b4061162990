package dev.quarry.render;

import static dev.quarry.Golden.everywhere;
import static dev.quarry.Golden.onMysqlAndMariadb;
import static dev.quarry.Golden.onPostgresqlAndSqlite;
import static dev.quarry.GoldenSql.assertRendered;
import static dev.quarry.Posts.POSTS;
import static dev.quarry.Users.USERS;
import static dev.quarry.dialect.Dialects.MARIADB;
import static dev.quarry.dialect.Dialects.MYSQL;
import static dev.quarry.dialect.Dialects.POSTGRESQL;
import static dev.quarry.dialect.Dialects.SQLITE;
import static dev.quarry.sql.Functions.count;
import static dev.quarry.sql.Functions.exists;
import static dev.quarry.sql.Functions.notExists;

import dev.quarry.Golden;
import dev.quarry.sql.DerivedTable;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Select;
import dev.quarry.sql.TableAlias;
import org.junit.jupiter.api.Test;

class JoinAndSubqueryRenderingTest {
    private final Select namesAndTitles = Select.of(USERS.name, POSTS.title).fromTable(USERS);

    @Test
    void everyKindOfJoin() {
        everywhere(namesAndTitles.join(POSTS, POSTS.userId.eq(USERS.id)), "SELECT \"users\".\"name\", \"posts\".\"title\""
                + " FROM \"users\" JOIN \"posts\" ON \"posts\".\"user_id\" = \"users\".\"id\"");
        everywhere(namesAndTitles.leftJoin(POSTS, POSTS.userId.eq(USERS.id)), "SELECT \"users\".\"name\", \"posts\".\"title\""
                + " FROM \"users\" LEFT JOIN \"posts\" ON \"posts\".\"user_id\" = \"users\".\"id\"");
        everywhere(namesAndTitles.rightJoin(POSTS, POSTS.userId.eq(USERS.id)), "SELECT \"users\".\"name\", \"posts\".\"title\""
                + " FROM \"users\" RIGHT JOIN \"posts\" ON \"posts\".\"user_id\" = \"users\".\"id\"");
        everywhere(namesAndTitles.crossJoin(POSTS), "SELECT \"users\".\"name\", \"posts\".\"title\""
                + " FROM \"users\" CROSS JOIN \"posts\"");
        onPostgresqlAndSqlite(namesAndTitles.fullJoin(POSTS, POSTS.userId.eq(USERS.id)), "SELECT \"users\".\"name\","
                + " \"posts\".\"title\" FROM \"users\" FULL JOIN \"posts\" ON \"posts\".\"user_id\" = \"users\".\"id\"");
    }

    @Test
    void fullJoinIsRefusedOnMysqlAndMariadbBeforeAnythingIsSent() {
        Select full = namesAndTitles.fullJoin(POSTS, POSTS.userId.eq(USERS.id));
        Golden.unsupported(full, MYSQL, "FULL JOIN is not supported on mysql: combine a LEFT JOIN and a RIGHT JOIN with union()");
        Golden.unsupported(full, MARIADB, "FULL JOIN is not supported on mariadb: combine a LEFT JOIN and a RIGHT JOIN"
                + " with union()");
    }

    @Test
    void selfJoinThroughAnAlias() {
        TableAlias managers = USERS.as("m");
        Select query = Select.of(USERS.name, managers.get(USERS.name).as("manager")).fromTable(USERS)
                .leftJoin(managers, USERS.managerId.eq(managers.get(USERS.id)));
        everywhere(query, "SELECT \"users\".\"name\", \"m\".\"name\" AS \"manager\" FROM \"users\""
                + " LEFT JOIN \"users\" AS \"m\" ON \"users\".\"manager_id\" = \"m\".\"id\"");
    }

    @Test
    void outerJoinsMakeEveryColumnNullableForOrdering() {
        Select query = namesAndTitles.leftJoin(POSTS, POSTS.userId.eq(USERS.id)).orderBy(POSTS.title.asc());
        assertRendered(query, POSTGRESQL, "SELECT \"users\".\"name\", \"posts\".\"title\" FROM \"users\" LEFT JOIN"
                + " \"posts\" ON \"posts\".\"user_id\" = \"users\".\"id\" ORDER BY \"posts\".\"title\" COLLATE \"C\" ASC NULLS FIRST");
        assertRendered(query, SQLITE, "SELECT \"users\".\"name\", \"posts\".\"title\" FROM \"users\" LEFT JOIN"
                + " \"posts\" ON \"posts\".\"user_id\" = \"users\".\"id\" ORDER BY \"posts\".\"title\" COLLATE \"BINARY\" ASC");
    }

    @Test
    void correlatedScalarSubquery() {
        Expression<Long> postCount = Select.of(count()).fromTable(POSTS).where(POSTS.userId.eq(USERS.id)).asValue();
        everywhere(Select.of(USERS.name, postCount.as("posts")).fromTable(USERS), "SELECT \"users\".\"name\","
                + " (SELECT COUNT(*) FROM \"posts\" WHERE \"posts\".\"user_id\" = \"users\".\"id\") AS \"posts\" FROM \"users\"");
    }

    @Test
    void inSubqueryExistsAndNotExists() {
        Select readers = Select.of(POSTS.userId).fromTable(POSTS).where(POSTS.views.gt(10));
        everywhere(Select.from(USERS).columns(USERS.id).where(USERS.id.in(readers)), "SELECT \"users\".\"id\" FROM \"users\""
                + " WHERE \"users\".\"id\" IN (SELECT \"posts\".\"user_id\" FROM \"posts\" WHERE \"posts\".\"views\" > ?)", 10);
        everywhere(Select.from(USERS).columns(USERS.id).where(USERS.id.notIn(readers)), "SELECT \"users\".\"id\" FROM"
                + " \"users\" WHERE NOT (\"users\".\"id\" IN (SELECT \"posts\".\"user_id\" FROM \"posts\" WHERE"
                + " \"posts\".\"views\" > ?))", 10);
        Select ownPosts = Select.of(POSTS.id).fromTable(POSTS).where(POSTS.userId.eq(USERS.id));
        everywhere(Select.from(USERS).columns(USERS.id).where(exists(ownPosts)), "SELECT \"users\".\"id\" FROM \"users\""
                + " WHERE EXISTS (SELECT \"posts\".\"id\" FROM \"posts\" WHERE \"posts\".\"user_id\" = \"users\".\"id\")");
        everywhere(Select.from(USERS).columns(USERS.id).where(notExists(ownPosts)), "SELECT \"users\".\"id\" FROM \"users\""
                + " WHERE NOT (EXISTS (SELECT \"posts\".\"id\" FROM \"posts\" WHERE \"posts\".\"user_id\" = \"users\".\"id\"))");
    }

    @Test
    void derivedTableInFrom() {
        Expression.Aliased<Long> postCount = count().as("n");
        DerivedTable busy = Select.of(POSTS.userId, postCount).fromTable(POSTS).groupBy(POSTS.userId).asTable("busy");
        Select query = Select.of(USERS.name, busy.get(postCount)).fromTable(USERS)
                .join(busy, busy.get(POSTS.userId).eq(USERS.id)).where(busy.get(postCount).gt(2L));
        everywhere(query, "SELECT \"users\".\"name\", \"busy\".\"n\" FROM \"users\" JOIN (SELECT \"posts\".\"user_id\","
                + " COUNT(*) AS \"n\" FROM \"posts\" GROUP BY \"posts\".\"user_id\") AS \"busy\" ON \"busy\".\"user_id\" ="
                + " \"users\".\"id\" WHERE \"busy\".\"n\" > ?", 2L);
    }
}
