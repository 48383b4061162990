package dev.quarry.samples.java.tour;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Projects of many tenants in one table, for the policy tour. */
public final class Projects extends Table {
    public static final Projects PROJECTS = new Projects();

    public final Column<Long> id = bigint("id").autoIncrement();
    public final Column<Long> tenantId = bigint("tenant_id");
    public final Column<String> name = varchar("name", 64);
    public final Column<String> budgetCode = varchar("budget_code", 16);
    public final Column<@Nullable Instant> deletedAt = timestamp("deleted_at").nullable();

    private Projects() {
        super("tour_projects");
    }
}
