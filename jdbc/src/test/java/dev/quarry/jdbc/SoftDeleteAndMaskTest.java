package dev.quarry.jdbc;

import static dev.quarry.jdbc.Tenancy.CUSTOMERS;
import static dev.quarry.jdbc.Tenancy.ORDERS;
import static dev.quarry.jdbc.Tenancy.SEE_CARDS;
import static dev.quarry.jdbc.Tenancy.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.policy.SoftDelete;
import dev.quarry.sql.Select;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.List;

/** Soft delete as a ready-made policy, and SQL-side and client-side column masks. */
class SoftDeleteAndMaskTest {

    record Card(int id, String name, String card, String email) {
    }

    @OnEveryDialect
    void aDeleteMarksTheRowAndSelectsHideItUnlessAsked(TestTarget target) {
        Database db = Tenancy.database(target);
        int deleted = db.transaction(tx -> tx.withPolicyContext(tenant(1)).deleteFrom(ORDERS).where(ORDERS.id.in(List.of(10, 11, 20))).execute());
        assertEquals(2, deleted, "orders 10 and 11 of tenant 1; order 20 belongs to tenant 2");
        assertEquals(List.of(10, 11, 12, 20, 21, 22), Tenancy.allOrderIds(db), "the rows are still there");
        List<Row> visible = db.transaction(tx -> tx.withPolicyContext(tenant(1)).selectFrom(ORDERS).fetch());
        assertEquals(List.of(12), visible.stream().map(row -> row.get(ORDERS.id)).toList());
        List<Row> all = db.transaction(tx -> tx.withPolicyContext(tenant(1).with(SoftDelete.INCLUDE_DELETED, true))
                .selectFrom(ORDERS).orderBy(ORDERS.id.asc()).fetch());
        assertEquals(List.of(10, 11, 12), all.stream().map(row -> row.get(ORDERS.id)).toList());
        assertNotNull(all.get(0).get(ORDERS.deletedAt), "the deletion time is recorded");
        assertEquals(0, (int) db.transaction(tx -> tx.withPolicyContext(tenant(1)).deleteFrom(ORDERS).where(ORDERS.id.eq(10)).execute()),
                "a deleted row is not deleted again");
        int purged = db.transaction(tx -> tx.withoutPolicies("purge").deleteFrom(ORDERS).where(ORDERS.deletedAt.isNotNull()).execute());
        assertEquals(2, purged);
        assertEquals(List.of(12, 20, 21, 22), Tenancy.allOrderIds(db));
    }

    @OnEveryDialect
    void masksHideColumnsFromContextsWithoutTheRight(TestTarget target) {
        Database observed = Tenancy.database(target);
        Tenancy.EXECUTED.clear();
        Select customers = Select.of(CUSTOMERS.id, CUSTOMERS.name, CUSTOMERS.card, CUSTOMERS.email).fromTable(CUSTOMERS)
                .orderBy(CUSTOMERS.id.asc());
        List<Row> masked = observed.transaction(tx -> tx.withPolicyContext(tenant(1)).fetch(customers));
        assertEquals(List.of("****1111", "****0004"), masked.stream().map(row -> row.get(CUSTOMERS.card)).toList());
        assertEquals(List.of("a***", "a***"), masked.stream().map(row -> row.get(CUSTOMERS.email)).toList());
        List<ExecutedStatement> executed = List.copyOf(Tenancy.EXECUTED);
        assertEquals(1, executed.size(), "one statement: " + executed);
        String sql = executed.get(0).sql();
        assertTrue(sql.toUpperCase(java.util.Locale.ROOT).contains("PAD("), "the database computes the card mask: " + sql);
        List<Card> records = observed.transaction(tx -> tx.withPolicyContext(tenant(2)).fetchInto(customers, Card.class));
        assertEquals(new Card(3, "grace", "****0009", "g***"), records.get(0));
        List<Row> clear = observed.transaction(tx -> tx.withPolicyContext(tenant(1).withRight(SEE_CARDS)).fetch(customers));
        assertEquals(List.of("4111111111111111", "5500000000000004"), clear.stream().map(row -> row.get(CUSTOMERS.card)).toList());
        assertEquals("ada@example.com", clear.get(0).get(CUSTOMERS.email));
        List<String> streamed = observed.transaction(tx -> {
            try (var rows = tx.withPolicyContext(tenant(2)).stream(customers, 2)) {
                return rows.map(row -> row.get(CUSTOMERS.card)).toList();
            }
        });
        assertEquals(List.of("****0009", "****0012", "****0000"), streamed);
        List<String> bypassed = observed.transaction(tx -> tx.withoutPolicies("audit").fetch(customers))
                .stream().map(row -> row.get(CUSTOMERS.card)).toList();
        assertEquals(5, bypassed.size());
        assertTrue(bypassed.stream().allMatch(card -> card.startsWith("****")), "bypassing policies keeps masks: " + bypassed);
    }
}
