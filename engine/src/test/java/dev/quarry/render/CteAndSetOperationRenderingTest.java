package dev.quarry.render;

import static dev.quarry.Golden.asWritten;
import static dev.quarry.Golden.everywhere;
import static dev.quarry.Golden.everywhereAsWritten;
import static dev.quarry.Golden.mysql;
import static dev.quarry.Golden.onMysqlAndMariadb;
import static dev.quarry.Golden.onPostgresqlAndSqlite;
import static dev.quarry.GoldenSql.assertRendered;
import static dev.quarry.Posts.POSTS;
import static dev.quarry.Users.USERS;
import static dev.quarry.dialect.Dialects.MARIADB;
import static dev.quarry.dialect.Dialects.MYSQL;
import static dev.quarry.dialect.Dialects.POSTGRESQL;
import static dev.quarry.dialect.Dialects.SQLITE;
import static dev.quarry.sql.Functions.literal;

import dev.quarry.Golden;
import dev.quarry.sql.Column;
import dev.quarry.sql.Cte;
import dev.quarry.sql.Delete;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Query;
import dev.quarry.sql.Select;
import dev.quarry.sql.SetQuery;
import dev.quarry.sql.Update;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CteAndSetOperationRenderingTest {
    private static final Cte ACTIVE = Select.of(USERS.id, USERS.name).fromTable(USERS).where(USERS.active.eq(true))
            .asCte("active_users");
    private static final String ACTIVE_SQL = "WITH \"active_users\" (\"id\", \"name\") AS (SELECT \"users\".\"id\","
            + " \"users\".\"name\" FROM \"users\" WHERE \"users\".\"active\" = ?)";

    /** The chain of managers above each user: a recursive CTE declared as an object. */
    static final class Chain extends Cte {
        final Column<Long> id = bigint("id");
        final Column<Integer> depth = integer("depth");

        Chain() {
            super("chain", true);
        }

        @Override
        protected Query definition() {
            return Select.of(USERS.id, literal(0)).fromTable(USERS).where(USERS.managerId.isNull())
                    .unionAll(Select.of(USERS.id, depth.add(1)).fromTable(USERS).join(this, USERS.managerId.eq(id)));
        }
    }

    @Test
    void aCteReadInFromIsDefinedInTheWithClause() {
        Select query = Select.of(ACTIVE.get(USERS.name)).fromTable(ACTIVE).where(ACTIVE.get(USERS.id).gt(5L));
        everywhere(query, ACTIVE_SQL + " SELECT \"active_users\".\"name\" FROM \"active_users\""
                + " WHERE \"active_users\".\"id\" > ?", true, 5L);
    }

    @Test
    void cteDefinitionsComeAfterTheCtesTheyRead() {
        Cte senior = Select.of(ACTIVE.get(USERS.id)).fromTable(ACTIVE).where(ACTIVE.get(USERS.id).gt(10L)).asCte("senior");
        Select query = Select.from(USERS).columns(USERS.name)
                .where(USERS.id.in(Select.of(senior.get(ACTIVE.get(USERS.id))).fromTable(senior)));
        everywhere(query, ACTIVE_SQL + ", \"senior\" (\"id\") AS (SELECT \"active_users\".\"id\" FROM \"active_users\""
                + " WHERE \"active_users\".\"id\" > ?) SELECT \"users\".\"name\" FROM \"users\""
                + " WHERE \"users\".\"id\" IN (SELECT \"senior\".\"id\" FROM \"senior\")", true, 10L);
    }

    @Test
    void recursiveCte() {
        Chain chain = new Chain();
        Select query = Select.of(chain.id, chain.depth).fromTable(chain).orderBy(chain.depth.asc());
        everywhere(query, "WITH RECURSIVE \"chain\" (\"id\", \"depth\") AS (SELECT \"users\".\"id\", 0 FROM \"users\""
                + " WHERE \"users\".\"manager_id\" IS NULL UNION ALL SELECT \"users\".\"id\", \"chain\".\"depth\" + ?"
                + " FROM \"users\" JOIN \"chain\" ON \"users\".\"manager_id\" = \"chain\".\"id\")"
                + " SELECT \"chain\".\"id\", \"chain\".\"depth\" FROM \"chain\" ORDER BY \"chain\".\"depth\" ASC", 1);
    }

    @Test
    void insertFromACteHasItsWithClauseWhereEachDialectWantsIt() {
        Insert insert = Insert.into(POSTS).select(List.of(POSTS.userId, POSTS.title, POSTS.score, POSTS.views),
                Select.of(ACTIVE.get(USERS.id), ACTIVE.get(USERS.name), literal(BigDecimal.ZERO), literal(0))
                        .fromTable(ACTIVE));
        String select = "SELECT \"active_users\".\"id\", \"active_users\".\"name\", 0, 0 FROM \"active_users\"";
        onPostgresqlAndSqlite(insert, ACTIVE_SQL + " INSERT INTO \"posts\" (\"user_id\", \"title\", \"score\", \"views\") "
                + select, true);
        onMysqlAndMariadb(insert, "INSERT INTO \"posts\" (\"user_id\", \"title\", \"score\", \"views\") " + ACTIVE_SQL + " "
                + select, true);
    }

    @Test
    void updateAndDeleteReadingACte() {
        Update update = Update.table(POSTS).set(POSTS.views, 0)
                .where(POSTS.userId.in(Select.of(ACTIVE.get(USERS.id)).fromTable(ACTIVE)));
        String updateSql = ACTIVE_SQL + " UPDATE \"posts\" SET \"views\" = ? WHERE \"posts\".\"user_id\" IN"
                + " (SELECT \"active_users\".\"id\" FROM \"active_users\")";
        onPostgresqlAndSqlite(update, updateSql, true, 0);
        assertRendered(update, MYSQL, mysql(updateSql), true, 0);
        Golden.unsupported(update, MARIADB,
                "WITH in UPDATE is not supported on mariadb: read active_users through a subquery of its query instead");
        Delete delete = Delete.from(POSTS).where(POSTS.userId.in(Select.of(ACTIVE.get(USERS.id)).fromTable(ACTIVE)));
        Golden.unsupported(delete, MARIADB,
                "WITH in DELETE is not supported on mariadb: read active_users through a subquery of its query instead");
    }

    // The structure of set operations, with text as written; code-point text in set operations is in
    // TextSemanticsRenderingTest.

    @Test
    void setOperations() {
        Select a = Select.of(USERS.name).fromTable(USERS).where(USERS.age.lt(30));
        Select b = Select.of(USERS.name).fromTable(USERS).where(USERS.age.gt(60));
        String aSql = "SELECT \"users\".\"name\" FROM \"users\" WHERE \"users\".\"age\" < ?";
        String bSql = "SELECT \"users\".\"name\" FROM \"users\" WHERE \"users\".\"age\" > ?";
        everywhereAsWritten(a.union(b), aSql + " UNION " + bSql, 30, 60);
        everywhereAsWritten(a.unionAll(b), aSql + " UNION ALL " + bSql, 30, 60);
        everywhereAsWritten(a.intersect(b), aSql + " INTERSECT " + bSql, 30, 60);
        everywhereAsWritten(a.except(b), aSql + " EXCEPT " + bSql, 30, 60);
        everywhereAsWritten(a.union(b).union(a), aSql + " UNION " + bSql + " UNION " + aSql, 30, 60, 30);
    }

    @Test
    void setOperationsApplyLeftToRightOnEveryDialect() {
        Select a = Select.of(USERS.name).fromTable(USERS).where(USERS.age.lt(30));
        Select b = Select.of(USERS.name).fromTable(USERS).where(USERS.age.gt(60));
        String aSql = "SELECT \"users\".\"name\" FROM \"users\" WHERE \"users\".\"age\" < ?";
        String bSql = "SELECT \"users\".\"name\" FROM \"users\" WHERE \"users\".\"age\" > ?";
        everywhereAsWritten(a.union(b).intersect(a), "SELECT * FROM (" + aSql + " UNION " + bSql + ") AS \"q1\" INTERSECT "
                + aSql, 30, 60, 30);
        everywhereAsWritten(a.union(b.intersect(a)), aSql + " UNION SELECT * FROM (" + bSql + " INTERSECT " + aSql + ") AS \"q1\"",
                30, 60, 30);
    }

    @Test
    void orderedOrLimitedOperandsAndWholesBecomeDerivedTables() {
        Select a = Select.of(USERS.name).fromTable(USERS).where(USERS.age.lt(30));
        Select newest = Select.of(USERS.name).fromTable(USERS).orderBy(USERS.id.desc()).limit(3);
        String aSql = "SELECT \"users\".\"name\" FROM \"users\" WHERE \"users\".\"age\" < ?";
        // SQLite writes limits as numbers; the others bind them.
        String newestSql = "SELECT \"users\".\"name\" FROM \"users\" ORDER BY \"users\".\"id\" DESC LIMIT ";
        assertRendered(a.unionAll(newest), asWritten(POSTGRESQL), aSql + " UNION ALL SELECT * FROM (" + newestSql + "?) AS \"q1\"", 30, 3L);
        assertRendered(a.unionAll(newest), asWritten(SQLITE), aSql + " UNION ALL SELECT * FROM (" + newestSql + "3) AS \"q1\"", 30);
        SetQuery limitedUnion = a.union(newest).orderBy(USERS.name.asc()).limit(5);
        String limitedSql = "SELECT \"q1\".\"name\" FROM (" + aSql + " UNION SELECT * FROM (" + newestSql + "?)"
                + " AS \"q2\") AS \"q1\" ORDER BY \"q1\".\"name\" ASC LIMIT ?";
        assertRendered(limitedUnion, asWritten(POSTGRESQL), limitedSql, 30, 3L, 5L);
        assertRendered(limitedUnion, asWritten(MYSQL), mysql(limitedSql), 30, 3L, 5L);
        assertRendered(limitedUnion, asWritten(MARIADB), mysql(limitedSql), 30, 3L, 5L);
        assertRendered(limitedUnion, asWritten(SQLITE), limitedSql.replace("DESC LIMIT ?", "DESC LIMIT 3")
                .replace("ASC LIMIT ?", "ASC LIMIT 5"), 30);
        assertRendered(a.union(newest).count(), asWritten(SQLITE), "SELECT COUNT(*) FROM (" + aSql
                + " UNION SELECT * FROM (" + newestSql + "3) AS \"q1\") AS \"counted\"", 30);
        assertRendered(a.union(newest), asWritten(POSTGRESQL), aSql + " UNION SELECT * FROM (SELECT \"users\".\"name\" FROM"
                + " \"users\" ORDER BY \"users\".\"id\" DESC LIMIT ?) AS \"q1\"", 30, 3L);
    }
}
