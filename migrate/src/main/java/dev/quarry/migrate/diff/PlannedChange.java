package dev.quarry.migrate.diff;

import dev.quarry.schema.SchemaChange;
import java.util.Objects;

/**
 * One change of a {@link MigrationPlan} with its grade and the reason for it. Immutable.
 *
 * @param change the schema change
 * @param grade how dangerous it is
 * @param reason what it does and, for CAUTION and DESTRUCTIVE, what may fail or be lost
 */
public record PlannedChange(SchemaChange change, Grade grade, String reason) {
    public PlannedChange {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(reason, "reason");
    }
}
