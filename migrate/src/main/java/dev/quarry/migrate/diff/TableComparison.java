package dev.quarry.migrate.diff;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Dialect;
import dev.quarry.migrate.schema.SchemaConventions;
import dev.quarry.schema.CheckDefinition;
import dev.quarry.schema.ColumnDefinition;
import dev.quarry.schema.ConstraintDefinition;
import dev.quarry.schema.IndexDefinition;
import dev.quarry.schema.SchemaChange;
import dev.quarry.schema.TableDefinition;
import dev.quarry.schema.UniqueDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The changes that turn one live table into its declaration: columns by name; unique constraints,
 * foreign keys and indexes by what they constrain (a new name alone changes nothing); checks by
 * name. Where the dialect cannot make a change in place, the table is rebuilt instead. Not
 * thread-safe; one per table and diff.
 */
final class TableComparison {
    private final TableDefinition live;
    private final TableDefinition declared;
    private final Dialect dialect;
    private final SchemaConventions conventions;
    private final boolean concurrentIndexes;
    private final Supplier<OptionalLong> rows;
    private final List<Step> steps = new ArrayList<>();

    /**
     * @param concurrentIndexes whether new indexes are built without blocking writes, outside a transaction
     * @param rows how many rows the live table holds, asked only by changes that depend on it
     */
    TableComparison(TableDefinition live, TableDefinition declared, Dialect dialect, SchemaConventions conventions,
            boolean concurrentIndexes, Supplier<OptionalLong> rows) {
        this.rows = once(rows);
        this.live = live;
        this.declared = declared;
        this.dialect = dialect;
        this.conventions = conventions;
        this.concurrentIndexes = concurrentIndexes;
    }

    /** The supplier's answer, asked for at most once. */
    private static Supplier<OptionalLong> once(Supplier<OptionalLong> rows) {
        OptionalLong[] answer = new OptionalLong[1];
        return () -> {
            if (answer[0] == null) {
                answer[0] = rows.get();
            }
            return answer[0];
        };
    }

        void addSteps(List<Step> plan) {
        boolean keyChanged = !live.primaryKey().equals(declared.primaryKey());
        compareColumns();
        compareConstraints(live.uniques(), declared.uniques(), UniqueDefinition::columns, "unique constraint",
                "fails if rows share values in " + declared.name());
        compareConstraints(live.foreignKeys(), declared.foreignKeys(),
                key -> List.of(key.columns(), key.referencedTable(), key.referencedColumns(), key.onDelete(),
                        key.onUpdate()),
                "foreign key", "fails if rows reference keys that do not exist");
        compareConstraints(live.checks(), declared.checks(), CheckDefinition::name, "check",
                "fails if rows break the condition");
        compareIndexes();
        boolean inPlace = !keyChanged && steps.stream().allMatch(step -> dialect.altersInPlace(step.change().change()));
        if (inPlace) {
            plan.addAll(steps);
            return;
        }
        if (!dialect.altersInPlace(new SchemaChange.RebuildTable(live, declared, Map.of()))) {
            throw new UnsupportedFeatureException("changing the primary key of " + declared.name() + " from "
                    + live.primaryKey() + " to " + declared.primaryKey(), dialect.name(),
                    "write this step by hand in a migration file");
        }
        plan.add(rebuild(keyChanged));
    }

    /** One rebuild standing for every change of the table, graded as the worst of them. */
    private Step rebuild(boolean keyChanged) {
        Map<String, String> copied = new HashMap<>();
        for (ColumnDefinition column : declared.columns()) {
            if (live.column(column.name()) != null) {
                copied.put(column.name(), column.name());
            }
        }
        Grade grade = keyChanged ? Grade.CAUTION : Grade.SAFE;
        StringBuilder reason = new StringBuilder("rebuild table " + declared.name() + " (copy its rows into the new"
                + " definition):");
        if (keyChanged) {
            reason.append("\n    CAUTION     primary key ").append(live.primaryKey()).append(" becomes ")
                    .append(declared.primaryKey()).append("; fails if rows share the new key");
        }
        for (Step step : steps) {
            grade = grade.max(step.change().grade());
            reason.append(String.format("\n    %-11s %s", step.change().grade(), step.change().reason()));
        }
        return new Step(Step.Phase.REBUILD_TABLE, new PlannedChange(new SchemaChange.RebuildTable(live, declared,
                copied), grade, reason.toString()));
    }

    private void compareColumns() {
        String table = declared.name();
        for (ColumnDefinition wanted : declared.columns()) {
            ColumnDefinition existing = live.column(wanted.name());
            if (existing == null) {
                add(Step.Phase.ADD_COLUMN, new SchemaChange.AddColumn(table, wanted), ColumnGrades.added(table, wanted, rows, conventions));
            } else if (!conventions.sameColumn(existing, wanted)) {
                add(Step.Phase.ALTER_COLUMN, new SchemaChange.AlterColumn(table, existing, wanted),
                        ColumnGrades.altered(table, existing, wanted, conventions, rows));
            }
        }
        for (ColumnDefinition existing : live.columns()) {
            if (declared.column(existing.name()) == null) {
                add(Step.Phase.DROP_COLUMN, new SchemaChange.DropColumn(table, existing), new GradedReason(
                        Grade.DESTRUCTIVE, "drop column " + table + "." + existing.name() + " and its values"));
            }
        }
    }

    private <C extends ConstraintDefinition> void compareConstraints(List<C> existing, List<C> wanted,
            Function<C, Object> identity, String kind, String risk) {
        boolean foreignKeys = kind.equals("foreign key");
        match(existing, wanted, identity,
                dropped -> add(foreignKeys ? Step.Phase.DROP_FOREIGN_KEY : Step.Phase.DROP_CONSTRAINT,
                        new SchemaChange.DropConstraint(declared.name(), dropped),
                        new GradedReason(Grade.SAFE, "drop " + kind + " " + dropped.name() + " of " + declared.name())),
                added -> add(foreignKeys ? Step.Phase.ADD_FOREIGN_KEY : Step.Phase.ADD_CONSTRAINT,
                        new SchemaChange.AddConstraint(declared.name(), added),
                        new GradedReason(Grade.CAUTION, "add " + kind + " " + added.name() + " to "
                                + declared.name() + "; " + risk)));
    }

    private void compareIndexes() {
        boolean concurrently = concurrentIndexes;
        match(live.indexes(), declared.indexes(), index -> List.of(index.columns(), index.unique()),
                dropped -> add(Step.Phase.DROP_CONSTRAINT, new SchemaChange.DropIndex(dropped),
                        new GradedReason(Grade.SAFE, "drop index " + dropped.name() + " of " + declared.name())),
                index -> add(Step.Phase.CREATE_INDEX, new SchemaChange.CreateIndex(index, concurrently),
                        new GradedReason(index.unique() ? Grade.CAUTION : Grade.SAFE, "create "
                                + (index.unique() ? "unique index " : "index ") + index.name() + " on " + declared.name()
                                + (concurrently ? " concurrently (outside a transaction, without blocking writes)" : "")
                                + (index.unique() ? "; fails if rows share values" : ""))));
    }

    /** Calls back for each existing item no wanted one matches, then for each wanted item no existing one matches. */
    private static <T extends @Nullable Object> void match(List<T> existing, List<T> wanted, Function<T, Object> identity,
            Consumer<T> dropped, Consumer<T> added) {
        Set<Object> existingIdentities = new HashSet<>();
        existing.forEach(item -> existingIdentities.add(identity.apply(item)));
        Set<Object> wantedIdentities = new HashSet<>();
        wanted.forEach(item -> wantedIdentities.add(identity.apply(item)));
        existing.stream().filter(item -> !wantedIdentities.contains(identity.apply(item))).forEach(dropped);
        wanted.stream().filter(item -> !existingIdentities.contains(identity.apply(item))).forEach(added);
    }

    private void add(Step.Phase phase, SchemaChange change, GradedReason graded) {
        steps.add(new Step(phase, new PlannedChange(change, graded.grade(), graded.reason())));
    }
}
