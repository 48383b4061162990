package dev.quarry.jdbc;

import static dev.quarry.jdbc.Tenancy.CUSTOMERS;
import static dev.quarry.jdbc.Tenancy.ORDERS;
import static dev.quarry.jdbc.Tenancy.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.policy.PolicyContextMissingException;
import dev.quarry.policy.PolicyViolationException;
import dev.quarry.sql.Cte;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Functions;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Query;
import dev.quarry.sql.Select;
import dev.quarry.sql.TableAlias;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.List;
import java.util.Objects;

/** Tenant policies on every kind of statement, through the Java facade and plain statement trees. */
class RowPolicyTest {

    private static List<Object> column(List<Row> rows, Expression<?> expression) {
        return rows.stream().map(row -> (Object) row.get(expression)).toList();
    }

    private static List<Row> fetch(Database db, long tenant, Query query) {
        return db.transaction(tx -> tx.withPolicyContext(tenant(tenant)).fetch(query));
    }

    @OnEveryDialect
    void selectsSeeOnlyTheirTenantsRows(TestTarget target) {
        Database db = Tenancy.database(target);
        Select orders = Select.from(ORDERS).orderBy(ORDERS.id.asc());
        assertEquals(List.of(10, 11, 12), column(fetch(db, 1, orders), ORDERS.id));
        assertEquals(List.of(20, 21, 22), column(fetch(db, 2, orders), ORDERS.id));
        assertEquals(3L, (long) db.transaction(tx -> tx.withPolicyContext(tenant(2)).selectFrom(CUSTOMERS).count()));
    }

    @OnEveryDialect
    void aMissingContextFailsBeforeAnythingIsSent(TestTarget target) {
        Database db = Tenancy.database(target);
        PolicyContextMissingException failure = assertThrows(PolicyContextMissingException.class,
                () -> db.transaction(tx -> tx.selectFrom(ORDERS).fetch()));
        assertTrue(failure.getMessage().contains("tenant policy on policy_orders_java.tenant_id needs the policy context value 'tenant'"),
                failure.getMessage());
        assertThrows(PolicyContextMissingException.class,
                () -> db.transaction(tx -> tx.withPolicyContext(dev.quarry.policy.PolicyContext.empty()).deleteFrom(CUSTOMERS).execute()));
        assertEquals(6, Tenancy.allOrderIds(db).size(), "nothing was deleted");
    }

    @OnEveryDialect
    void joinsFilterEachSideWhereItsRowsComeFrom(TestTarget target) {
        Database db = Tenancy.database(target);
        Select inner = Select.of(ORDERS.id, CUSTOMERS.name).fromTable(ORDERS).join(CUSTOMERS, Objects.requireNonNull(ORDERS.customerId).eq(CUSTOMERS.id))
                .orderBy(ORDERS.id.asc());
        assertEquals(List.of(20, 21), column(fetch(db, 2, inner), ORDERS.id), "order 22 names another tenant's customer");
        Select left = Select.of(ORDERS.id, CUSTOMERS.name).fromTable(ORDERS).leftJoin(CUSTOMERS, ORDERS.customerId.eq(CUSTOMERS.id))
                .orderBy(ORDERS.id.asc());
        assertEquals(java.util.Arrays.asList("grace", "edsger", null), column(fetch(db, 2, left), CUSTOMERS.name));
        Select right = Select.of(ORDERS.id, CUSTOMERS.name).fromTable(ORDERS).rightJoin(CUSTOMERS, ORDERS.customerId.eq(CUSTOMERS.id))
                .orderBy(CUSTOMERS.id.asc());
        assertEquals(java.util.Arrays.asList(10, 11), column(fetch(db, 1, right), ORDERS.id),
                "tenant 2's order 22 of customer 1 is not joined");
        assertEquals(java.util.Arrays.asList(20, 21, null), column(fetch(db, 2, right), ORDERS.id));
        TableAlias others = CUSTOMERS.as("others");
        Select self = Select.of(CUSTOMERS.name, others.get(CUSTOMERS.name)).fromTable(CUSTOMERS)
                .crossJoin(others).where(CUSTOMERS.id.lt(others.get(CUSTOMERS.id)));
        assertEquals(1, fetch(db, 1, self).size(), "ada × alan only");
        if (db.dialect().supportsFullJoin()) {
            Select full = Select.of(ORDERS.id, CUSTOMERS.name).fromTable(ORDERS).fullJoin(CUSTOMERS, ORDERS.customerId.eq(CUSTOMERS.id));
            List<Row> rows = fetch(db, 2, full);
            assertEquals(4, rows.size(), "20-grace, 21-edsger, 22 alone, barbara alone: " + rows);
            assertTrue(column(rows, CUSTOMERS.name).containsAll(java.util.Arrays.asList("grace", "edsger", "barbara", null)));
        } else {
            assertThrows(dev.quarry.UnsupportedFeatureException.class, () -> fetch(db, 2,
                    Select.of(ORDERS.id).fromTable(ORDERS).fullJoin(CUSTOMERS, ORDERS.customerId.eq(CUSTOMERS.id))),
                    db.dialect().name() + " has no FULL JOIN; the policy does not change that");
        }
    }

    @OnEveryDialect
    void subqueriesCtesAndSetOperationsAreFilteredToo(TestTarget target) {
        Database db = Tenancy.database(target);
        Select inSubquery = Select.of(ORDERS.id).fromTable(ORDERS)
                .where(new dev.quarry.sql.Condition.InQuery(ORDERS.customerId, Select.of(CUSTOMERS.id).fromTable(CUSTOMERS)))
                .orderBy(ORDERS.id.asc());
        assertEquals(List.of(20, 21), column(fetch(db, 2, inSubquery), ORDERS.id));
        Expression<Long> customers = Select.of(Functions.count()).fromTable(CUSTOMERS).asValue();
        assertEquals(List.of(3L), fetch(db, 2, Select.of(customers)).stream().map(row -> row.get(0)).map(v -> ((Number) v).longValue()).toList());
        Cte pens = Select.of(ORDERS.id, ORDERS.item).fromTable(ORDERS).where(ORDERS.item.eq("pen")).asCte("pens");
        assertEquals(List.of(20), column(fetch(db, 2, Select.of(pens.get(ORDERS.id)).fromTable(pens)), pens.get(ORDERS.id)));
        var derived = Select.of(ORDERS.id, ORDERS.amount).fromTable(ORDERS).asTable("amounts");
        assertEquals(List.of(15), fetch(db, 1, Select.of(Functions.sum(derived.get(ORDERS.amount))).fromTable(derived)).stream()
                .map(row -> ((Number) Objects.requireNonNull(row.get(0))).intValue()).toList());
        Query names = Select.of(ORDERS.item).fromTable(ORDERS).union(Select.of(CUSTOMERS.name).fromTable(CUSTOMERS));
        assertEquals(List.of("ada", "alan", "ink", "paper", "pen"),
                fetch(db, 1, names).stream().map(row -> (String) row.get(0)).sorted().toList());
    }

    @OnEveryDialect
    void updatesAndDeletesChangeOnlyTheirTenantsRows(TestTarget target) {
        Database db = Tenancy.database(target);
        int updated = db.transaction(tx -> tx.withPolicyContext(tenant(1)).update(ORDERS)
                .set(ORDERS.amount, ORDERS.amount.add(1)).execute());
        assertEquals(3, updated);
        int deleted = db.transaction(tx -> tx.withPolicyContext(tenant(2)).deleteFrom(CUSTOMERS).execute());
        assertEquals(3, deleted);
        List<Row> customers = db.transaction(tx -> tx.withoutPolicies("check").selectFrom(CUSTOMERS).fetch());
        assertEquals(List.of(1L, 1L), column(customers, CUSTOMERS.tenantId));
        List<Row> amounts = db.transaction(tx -> tx.withoutPolicies("check").selectFrom(ORDERS).orderBy(ORDERS.id.asc()).fetch());
        assertEquals(List.of(6, 8, 4, 50, 70, 90), column(amounts, ORDERS.amount));
        PolicyViolationException moved = assertThrows(PolicyViolationException.class, () -> db.transaction(
                tx -> tx.withPolicyContext(tenant(1)).update(ORDERS).set(ORDERS.tenantId, 2L).execute()));
        assertTrue(moved.getMessage().contains("UPDATE of policy_orders_java sets policy_orders_java.tenant_id"), moved.getMessage());
    }

    @OnEveryDialect
    void insertsCarryTheTenantAndRefuseAnother(TestTarget target) {
        Database db = Tenancy.database(target);
        db.inTransaction(tx -> tx.withPolicyContext(tenant(2)).insertInto(ORDERS).set(ORDERS.id, 30)
                .set(ORDERS.item, "chair").set(ORDERS.amount, 40).execute());
        db.inTransaction(tx -> tx.withPolicyContext(tenant(2)).insertInto(ORDERS).set(ORDERS.id, 31).set(ORDERS.tenantId, 2L)
                .set(ORDERS.item, "rug").set(ORDERS.amount, 41).execute());
        PolicyViolationException refused = assertThrows(PolicyViolationException.class, () -> db.inTransaction(
                tx -> tx.withPolicyContext(tenant(2)).insertInto(ORDERS).set(ORDERS.id, 32).set(ORDERS.tenantId, 1L)
                        .set(ORDERS.item, "rug").set(ORDERS.amount, 41).execute()));
        assertTrue(refused.getMessage().contains("requires"), refused.getMessage());
        db.inTransaction(tx -> tx.withPolicyContext(tenant(1)).insertInto(ORDERS)
                .select(List.of(ORDERS.id, ORDERS.item, ORDERS.amount), Select.of(CUSTOMERS.id.add(100), CUSTOMERS.name, CUSTOMERS.id).fromTable(CUSTOMERS))
                .execute());
        List<Row> rows = db.transaction(tx -> tx.withoutPolicies("check").selectFrom(ORDERS).where(ORDERS.id.ge(30))
                .orderBy(ORDERS.id.asc()).fetch());
        assertEquals(List.of(30, 31, 101, 102), column(rows, ORDERS.id), "INSERT … SELECT read tenant 1's customers only");
        assertEquals(List.of(2L, 2L, 1L, 1L), column(rows, ORDERS.tenantId));
    }

    @OnEveryDialect
    void anUpsertLeavesAConflictingRowOfAnotherTenantAlone(TestTarget target) {
        Database db = Tenancy.database(target);
        db.inTransaction(tx -> tx.withPolicyContext(tenant(1)).execute(Insert.into(ORDERS).set(ORDERS.id, 20).set(ORDERS.item, "stolen")
                .set(ORDERS.amount, 1).onConflict(ORDERS.id).doUpdateWithNewValues(ORDERS.item, ORDERS.amount)));
        db.inTransaction(tx -> tx.withPolicyContext(tenant(1)).execute(Insert.into(ORDERS).set(ORDERS.id, 10).set(ORDERS.item, "pencil")
                .set(ORDERS.amount, 6).onConflict(ORDERS.id).doUpdateWithNewValues(ORDERS.item, ORDERS.amount)));
        List<Row> rows = db.transaction(tx -> tx.withoutPolicies("check").selectFrom(ORDERS).where(ORDERS.id.in(List.of(10, 20)))
                .orderBy(ORDERS.id.asc()).fetch());
        assertEquals(List.of("pencil", "pen"), column(rows, ORDERS.item));
        assertEquals(List.of(1L, 2L), column(rows, ORDERS.tenantId));
    }

    @OnEveryDialect
    void withoutPoliciesSeesEveryRowAndIsLogged(TestTarget target) {
        Database db = Tenancy.database(target);
        try (CapturedLog log = CapturedLog.start().level("dev.quarry.policy", ch.qos.logback.classic.Level.INFO)) {
            List<Row> rows = db.transaction(tx -> tx.withoutPolicies("nightly report").selectFrom(ORDERS).fetch());
            assertEquals(6, rows.size());
            assertTrue(log.lines("dev.quarry.policy", ch.qos.logback.classic.Level.INFO).stream()
                    .anyMatch(line -> line.contains("nightly report")), log.allText().toString());
        }
    }
}
