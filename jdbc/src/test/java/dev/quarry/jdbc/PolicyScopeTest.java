package dev.quarry.jdbc;

import static dev.quarry.jdbc.Tenancy.CUSTOMERS;
import static dev.quarry.jdbc.Tenancy.ORDERS;
import static dev.quarry.jdbc.Tenancy.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.policy.PolicyContext;
import dev.quarry.policy.PolicyContextMissingException;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link PolicyScope}: a policy context bound to the calling thread for a block, which the
 * transactions run on that thread pick up; an explicit context still wins, nested scopes add to
 * the enclosing one and end with their block, other threads do not see it, and outside a scope a
 * statement on a policed table still fails.
 */
class PolicyScopeTest {
    private static List<Integer> orderIds(Transaction tx) {
        return tx.selectFrom(ORDERS).orderBy(ORDERS.id.asc()).fetch().stream().map(row -> row.get(ORDERS.id)).toList();
    }

    @OnEveryDialect
    void transactionsInAScopeRunInItsContext(TestTarget target) {
        Database db = Tenancy.database(target);
        assertEquals(List.of(20, 21, 22), PolicyScope.call(tenant(2), () -> db.transaction(PolicyScopeTest::orderIds)));
        PolicyScope.run(tenant(1), () -> {
            db.inTransaction(tx -> tx.insertInto(ORDERS).set(ORDERS.id, 13).set(ORDERS.item, "clip").set(ORDERS.amount, 1)
                    .execute());
            assertEquals(4, (int) db.transaction(tx -> tx.update(ORDERS).set(ORDERS.amount, 2).where(ORDERS.amount.lt(100)).execute()),
                    "the update changed tenant 1's four orders only");
            assertEquals(2L, (long) db.transaction(tx -> tx.selectFrom(CUSTOMERS).count()));
        });
        assertEquals(1L, (long) db.transaction(tx -> tx.withPolicyContext(tenant(1)).selectFrom(ORDERS)
                .where(ORDERS.id.eq(13)).count()), "the insert set tenant 1");
        assertEquals(List.of(50, 70, 90), db.transaction(tx -> tx.withPolicyContext(tenant(2)).selectFrom(ORDERS)
                .orderBy(ORDERS.id.asc()).fetch()).stream().map(row -> row.get(ORDERS.amount)).toList(), "tenant 2 untouched");
    }

    @OnEveryDialect
    void anExplicitContextWinsOverTheScope(TestTarget target) {
        Database db = Tenancy.database(target);
        List<Integer> ids = PolicyScope.call(tenant(1), () ->
                db.transaction(tx -> orderIds(tx.withPolicyContext(tenant(2)))));
        assertEquals(List.of(20, 21, 22), ids);
        long all = PolicyScope.call(tenant(1), () ->
                db.transaction(tx -> tx.withoutPolicies("test: explicit bypass in a scope").selectFrom(ORDERS).count()));
        assertEquals(6L, all);
    }

    @OnEveryDialect
    void nestedScopesAddToTheEnclosingOneAndEndWithTheirBlock(TestTarget target) {
        Database db = Tenancy.database(target);
        PolicyScope.run(tenant(1), () -> {
            String masked = db.transaction(tx -> tx.selectFrom(CUSTOMERS).where(CUSTOMERS.id.eq(1)).fetchOne()).get(CUSTOMERS.card);
            assertEquals("****1111", masked);
            String clear = PolicyScope.call(PolicyContext.empty().withRight(Tenancy.SEE_CARDS), () ->
                    db.transaction(tx -> tx.selectFrom(CUSTOMERS).where(CUSTOMERS.id.eq(1)).fetchOne()).get(CUSTOMERS.card));
            assertEquals("4111111111111111", clear, "the inner scope adds the right, the tenant stays");
            assertEquals(List.of(20, 21, 22), PolicyScope.call(tenant(2), () -> db.transaction(PolicyScopeTest::orderIds)),
                    "an inner value replaces the outer one");
            assertEquals(List.of(10, 11, 12), db.transaction(PolicyScopeTest::orderIds), "the outer scope again");
        });
        assertThrows(PolicyContextMissingException.class, () -> db.transaction(PolicyScopeTest::orderIds));
    }

    @OnEveryDialect
    void theScopeEndsWhenItsBlockThrowsAndStaysOnItsThread(TestTarget target) throws Exception {
        Database db = Tenancy.database(target);
        IllegalStateException failure = new IllegalStateException("the block failed");
        assertSame(failure, assertThrows(IllegalStateException.class, () -> PolicyScope.run(tenant(1), () -> {
            throw failure;
        })));
        assertThrows(PolicyContextMissingException.class, () -> db.transaction(PolicyScopeTest::orderIds),
                "a missing context is still an error after a scope ended by an exception");
        ExecutionException elsewhere = PolicyScope.call(tenant(1), () -> assertThrows(ExecutionException.class, () ->
                db.transactionAsync(PolicyScopeTest::orderIds).get(30, TimeUnit.SECONDS)));
        assertTrue(elsewhere.getCause() instanceof PolicyContextMissingException, String.valueOf(elsewhere.getCause()));
    }

    @Test
    void outsideAnyScopeTheContextIsEmpty() {
        assertSame(PolicyContext.empty(), PolicyScope.current());
        PolicyScope.run(tenant(3), () -> assertEquals(tenant(3), PolicyScope.current()));
        assertSame(PolicyContext.empty(), PolicyScope.current());
    }
}
