package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.tour.Projects.PROJECTS;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.jdbc.PolicyScope;
import dev.quarry.policy.ColumnMask;
import dev.quarry.policy.PolicyContext;
import dev.quarry.policy.PolicyKey;
import dev.quarry.policy.RowPolicies;
import dev.quarry.policy.SoftDelete;
import dev.quarry.policy.TenantPolicy;
import dev.quarry.sql.TextFunctions;
import java.util.List;

/**
 * Row policies, soft delete and masking in Java. docs/governance.md shows each region between
 * "docs:" markers; the samples' tests run them on SQLite.
 */
public final class PolicyTour {
    private PolicyTour() {
    }

    // docs:policy-setup
    static final PolicyKey<Long> TENANT = PolicyKey.of("tenant", Long.class);

    static final RowPolicies POLICIES = RowPolicies.builder()
            .policy(TenantPolicy.of(PROJECTS.tenantId, TENANT))
            .policy(SoftDelete.of(PROJECTS.deletedAt))
            .mask(ColumnMask.sql(PROJECTS.budgetCode, "finance",
                    code -> TextFunctions.lpad(TextFunctions.right(code, 2), 6, "*")))
            .build();

    static Database openPoliced(String url) {
        return Database.connect(DatabaseConfig.builder(url).policies(POLICIES).build());
    }
    // docs:end

    // docs:policy-tenant
    /** Statements run through the view read and write only the tenant's projects. */
    static long startProject(Database db, long tenant, String name) {
        return db.transaction(tx -> tx.withPolicyContext(PolicyContext.of(TENANT, tenant))
                .insertInto(PROJECTS).set(PROJECTS.name, name).set(PROJECTS.budgetCode, "BC-" + name)
                .executeAndGetId()); // tenant_id is set by the policy
    }

    static List<String> projectNames(Database db, long tenant) {
        return db.transaction(tx -> tx.withPolicyContext(PolicyContext.of(TENANT, tenant))
                .selectFrom(PROJECTS).orderBy(PROJECTS.name.asc()).fetch())
                .stream().map(row -> row.get(PROJECTS.name)).toList();
    }
    // docs:end

    // docs:policy-soft-delete
    /** A delete marks the project; it disappears from reads unless they ask for deleted rows. */
    static int archive(Database db, long tenant, long project) {
        return db.transaction(tx -> tx.withPolicyContext(PolicyContext.of(TENANT, tenant))
                .deleteFrom(PROJECTS).where(PROJECTS.id.eq(project)).execute());
    }

    static long countWithArchived(Database db, long tenant) {
        PolicyContext context = PolicyContext.of(TENANT, tenant).with(SoftDelete.INCLUDE_DELETED, true);
        return db.transaction(tx -> tx.withPolicyContext(context).selectFrom(PROJECTS).count());
    }

    /** Maintenance across tenants bypasses the policies explicitly; the bypass is logged. */
    static int purgeArchived(Database db) {
        return db.transaction(tx -> tx.withoutPolicies("nightly purge of archived projects")
                .deleteFrom(PROJECTS).where(PROJECTS.deletedAt.isNotNull()).execute());
    }
    // docs:end

    // docs:policy-mask
    /** Budget codes as most users see them ({@code ****-x}), and in clear for the finance right. */
    static List<String> budgetCodes(Database db, long tenant, boolean finance) {
        PolicyContext context = PolicyContext.of(TENANT, tenant);
        PolicyContext seen = finance ? context.withRight("finance") : context;
        return db.transaction(tx -> tx.withPolicyContext(seen).selectFrom(PROJECTS).orderBy(PROJECTS.id.asc()).fetch())
                .stream().map(row -> row.get(PROJECTS.budgetCode)).toList();
    }
    // docs:end

    // docs:policy-scope
    /** Work for one tenant, such as a request: every transaction the block opens on this thread runs in its context. */
    static List<String> renameAndList(Database db, long tenant, long project, String name) {
        return PolicyScope.call(PolicyContext.of(TENANT, tenant), () -> {
            db.inTransaction(tx -> tx.update(PROJECTS).set(PROJECTS.name, name).where(PROJECTS.id.eq(project)).execute());
            return db.transaction(tx -> tx.selectFrom(PROJECTS).orderBy(PROJECTS.name.asc()).fetch())
                    .stream().map(row -> row.get(PROJECTS.name)).toList();
        });
    }
    // docs:end

    static void createProjects(Database db) {
        db.inTransaction(tx -> tx.createTableIfNotExists(PROJECTS));
    }
}
