package dev.quarry.policy;

import static dev.quarry.Posts.POSTS;
import static dev.quarry.Users.USERS;
import static dev.quarry.dialect.Dialects.SQLITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.render.RenderedSql;
import dev.quarry.sql.Delete;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Select;
import dev.quarry.sql.Statement;
import dev.quarry.sql.Update;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree transformation without a database: where conditions go, what is refused, what stays the same. */
class RowPoliciesTest {
    private static final PolicyKey<Long> OWNER = PolicyKey.of("owner", Long.class);
    private static final RowPolicies POLICIES = RowPolicies.builder()
            .policy(TenantPolicy.of(POSTS.userId, OWNER))
            .policy(SoftDelete.of(USERS.seenAt))
            .build();
    private static final PolicyContext OWNER_7 = PolicyContext.of(OWNER, 7L);

    private static RenderedSql policed(Statement statement) {
        return POLICIES.apply(statement, OWNER_7).toSql(SQLITE);
    }

    @Test
    void theFromTableIsFilteredInWhereAndAJoinedTableInItsOn() {
        RenderedSql sql = policed(Select.of(USERS.name, POSTS.title).fromTable(USERS).leftJoin(POSTS, POSTS.userId.eq(USERS.id)));
        assertEquals("SELECT \"users\".\"name\", \"posts\".\"title\" FROM \"users\" LEFT JOIN \"posts\" ON \"posts\".\"user_id\""
                + " = \"users\".\"id\" AND \"posts\".\"user_id\" = ? WHERE \"users\".\"seen_at\" IS NULL", sql.sql());
        assertEquals(List.of(7L), sql.values());
    }

    @Test
    void aRightJoinedTableIsReadThroughAFilteredSubqueryUnderItsOwnName() {
        String sql = policed(Select.of(USERS.name, POSTS.title).fromTable(USERS).rightJoin(POSTS, POSTS.userId.eq(USERS.id))).sql();
        assertTrue(sql.contains("FROM (SELECT \"users\".\"id\""), sql);
        assertTrue(sql.contains("WHERE \"users\".\"seen_at\" IS NULL) AS \"users\" RIGHT JOIN (SELECT"), sql);
        assertTrue(sql.contains("WHERE \"posts\".\"user_id\" = ?) AS \"posts\" ON"), sql);
    }

    @Test
    void subqueriesAndBothSidesOfASetOperationAreFiltered() {
        Select titles = Select.of(POSTS.title).fromTable(POSTS);
        String sql = policed(Select.of(USERS.name).fromTable(USERS).where(USERS.id.in(Select.of(POSTS.userId).fromTable(POSTS)))
                .union(titles)).sql();
        assertEquals(2, sql.split("\"posts\".\"user_id\" = \\?", -1).length - 1, sql);
    }

    @Test
    void insertsGetTheTenantAndRefuseAnother() {
        Insert insert = Insert.into(POSTS).set(POSTS.title, "t").set(POSTS.score, java.math.BigDecimal.ONE).set(POSTS.views, 1);
        String sql = policed(insert).sql();
        assertTrue(sql.contains("\"user_id\""), sql);
        PolicyViolationException refused = assertThrows(PolicyViolationException.class,
                () -> POLICIES.apply(insert.set(POSTS.userId, 8L), OWNER_7));
        assertTrue(refused.getMessage().contains("posts.user_id"), refused.getMessage());
        Insert own = insert.set(POSTS.userId, 7L);
        assertSame(own, POLICIES.apply(own, OWNER_7), "a row naming the context's tenant passes unchanged");
    }

    @Test
    void softDeleteTurnsADeleteIntoAnUpdate() {
        Statement statement = POLICIES.apply(Delete.from(USERS).where(USERS.age.gt(90)), OWNER_7);
        assertTrue(statement instanceof Update, statement.toString());
        String sql = statement.toSql(SQLITE).sql();
        assertTrue(sql.startsWith("UPDATE \"users\" SET \"seen_at\" = "), sql);
        assertTrue(sql.endsWith(" WHERE \"users\".\"age\" > ? AND \"users\".\"seen_at\" IS NULL"), sql);
    }

    @Test
    void aMissingValueFailsAndABypassOrAnUnpolicedStatementComesBackUnchanged() {
        Select posts = Select.from(POSTS);
        assertThrows(PolicyContextMissingException.class, () -> POLICIES.apply(posts, PolicyContext.empty()));
        assertSame(posts, POLICIES.apply(posts, PolicyContext.empty().bypassingPolicies("test")));
        Select unpoliced = Select.of(dev.quarry.sql.Functions.literal(1));
        assertSame(unpoliced, POLICIES.apply(unpoliced, PolicyContext.empty()));
    }
}
