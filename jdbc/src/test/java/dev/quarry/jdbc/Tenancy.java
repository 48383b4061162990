package dev.quarry.jdbc;

import dev.quarry.policy.ColumnMask;
import dev.quarry.policy.PolicyContext;
import dev.quarry.policy.PolicyKey;
import dev.quarry.policy.RowPolicies;
import dev.quarry.policy.SoftDelete;
import dev.quarry.policy.TenantPolicy;
import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import dev.quarry.sql.TextFunctions;
import dev.quarry.testkit.TestTarget;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Two tenants' customers and orders behind tenant policies, soft delete on orders, a SQL-side mask
 * on cards and a client-side mask on e-mail addresses. Tenant 1: customers ada (1), alan (2);
 * orders 10, 11, 12. Tenant 2: customers grace (3), edsger (4), barbara (5, no orders); orders 20,
 * 21 and 22, which names tenant 1's customer 1.
 */
final class Tenancy {
    static final PolicyKey<Long> TENANT = PolicyKey.of("tenant", Long.class);
    static final String SEE_CARDS = "see-cards";
    static final Customers CUSTOMERS = new Customers();
    static final Orders ORDERS = new Orders();
    static final RowPolicies POLICIES = RowPolicies.builder()
            .policy(TenantPolicy.of(CUSTOMERS.tenantId, TENANT))
            .policy(TenantPolicy.of(ORDERS.tenantId, TENANT))
            .policy(SoftDelete.of(ORDERS.deletedAt))
            .mask(ColumnMask.sql(CUSTOMERS.card, SEE_CARDS, card -> TextFunctions.lpad(TextFunctions.right(card, 4), 8, "*")))
            .mask(ColumnMask.client(CUSTOMERS.email, SEE_CARDS, email -> email.charAt(0) + "***"))
            .build();

    private Tenancy() {
    }

    static final class Customers extends Table {
        final Column<Integer> id = integer("id");
        final Column<Long> tenantId = bigint("tenant_id");
        final Column<String> name = varchar("name", 32);
        final Column<String> card = varchar("card", 19);
        final Column<String> email = varchar("email", 64);

        private Customers() {
            super("policy_customers_java");
            primaryKey(id);
        }
    }

    static final class Orders extends Table {
        final Column<Integer> id = integer("id");
        final Column<Long> tenantId = bigint("tenant_id");
        final Column<@Nullable Integer> customerId = integer("customer_id").nullable();
        final Column<String> item = varchar("item", 32);
        final Column<Integer> amount = integer("amount");
        final Column<@Nullable Instant> deletedAt = timestamp("deleted_at").nullable();

        private Orders() {
            super("policy_orders_java");
            primaryKey(id);
        }
    }

    static PolicyContext tenant(long tenant) {
        return PolicyContext.of(TENANT, tenant);
    }

    /** The statements the policed databases ran, SQL as sent. */
    static final List<ExecutedStatement> EXECUTED = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final java.util.Map<String, Database> DATABASES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A database of the target's server with the policies (one per target), its tables filled afresh. */
    static Database database(TestTarget target) {
        Database db = DATABASES.computeIfAbsent(target.name(), name -> TestDatabases.openLike(TestDatabases.of(target),
                "policy-java-" + name, 2, builder -> builder.policies(POLICIES).statementListener(EXECUTED::add)));
        db.inTransaction(plain -> {
            Transaction tx = plain.withoutPolicies("test fixture");
            tx.dropTableIfExists(ORDERS);
            tx.dropTableIfExists(CUSTOMERS);
            tx.createTable(CUSTOMERS);
            tx.createTable(ORDERS);
            customer(tx, 1, 1, "ada", "4111111111111111");
            customer(tx, 2, 1, "alan", "5500000000000004");
            customer(tx, 3, 2, "grace", "340000000000009");
            customer(tx, 4, 2, "edsger", "6011000000000012");
            customer(tx, 5, 2, "barbara", "3530111333300000");
            order(tx, 10, 1, 1, "pen", 5);
            order(tx, 11, 1, 2, "ink", 7);
            order(tx, 12, 1, null, "paper", 3);
            order(tx, 20, 2, 3, "pen", 50);
            order(tx, 21, 2, 4, "lamp", 70);
            order(tx, 22, 2, 1, "desk", 90);
        });
        return db;
    }

    private static void customer(Transaction tx, int id, long tenant, String name, String card) {
        tx.insertInto(CUSTOMERS).set(CUSTOMERS.id, id).set(CUSTOMERS.tenantId, tenant).set(CUSTOMERS.name, name)
                .set(CUSTOMERS.card, card).set(CUSTOMERS.email, name + "@example.com").execute();
    }

    private static void order(Transaction tx, int id, long tenant, @Nullable Integer customer, String item, int amount) {
        tx.insertInto(ORDERS).set(ORDERS.id, id).set(ORDERS.tenantId, tenant).set(ORDERS.customerId, customer)
                .set(ORDERS.item, item).set(ORDERS.amount, amount).execute();
    }

    /** The ids of every order, deleted or not, of every tenant. */
    static List<Integer> allOrderIds(Database db) {
        return db.transaction(tx -> tx.withoutPolicies("test check").selectFrom(ORDERS).orderBy(ORDERS.id.asc()).fetch())
                .stream().map(row -> row.get(ORDERS.id)).toList();
    }
}
