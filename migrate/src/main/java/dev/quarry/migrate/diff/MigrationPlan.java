package dev.quarry.migrate.diff;

import dev.quarry.dialect.Dialect;
import dev.quarry.render.SchemaChangeRenderer;
import dev.quarry.schema.SchemaChange;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered, graded changes that turn a live schema into the declared one on one dialect, with
 * the DDL that applies them and the DDL that reverts them. Immutable.
 */
public final class MigrationPlan {
    private final Dialect dialect;
    private final List<PlannedChange> changes;
    private final List<PlannedChange> reverting;

    /**
     * @param changes the changes that apply the plan
     * @param reverting the changes that undo them, in order
     */
    MigrationPlan(Dialect dialect, List<PlannedChange> changes, List<PlannedChange> reverting) {
        this.dialect = dialect;
        this.changes = List.copyOf(changes);
        this.reverting = List.copyOf(reverting);
    }

    /** The changes in the order they run. */
    public List<PlannedChange> changes() {
        return changes;
    }

    /** Whether the live schema already is the declared one. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The most dangerous grade of the plan; SAFE when empty. */
    public Grade grade() {
        return changes.stream().map(PlannedChange::grade).reduce(Grade.SAFE, Grade::max);
    }

    /** The destructive changes. */
    public List<PlannedChange> destructiveChanges() {
        return changes.stream().filter(change -> change.grade() == Grade.DESTRUCTIVE).toList();
    }

    /**
     * Checks that the plan may run.
     *
     * @throws DestructiveChangeException listing each destructive change unless they are allowed
     */
    public MigrationPlan requireAllowed(boolean allowDestructive) {
        List<PlannedChange> refused = destructiveChanges();
        if (!allowDestructive && !refused.isEmpty()) {
            throw new DestructiveChangeException(refused);
        }
        return this;
    }

    /**
     * The plan without the index builds that run outside a transaction (PostgreSQL's concurrent
     * ones); its way back leaves those indexes to {@link #nonTransactionalPart()}.
     */
    public MigrationPlan transactionalPart() {
        List<PlannedChange> outside = changes.stream().filter(MigrationPlan::isConcurrent).toList();
        List<String> outsideIndexes = outside.stream()
                .map(change -> ((SchemaChange.CreateIndex) change.change()).index().name()).toList();
        return new MigrationPlan(dialect, changes.stream().filter(change -> !isConcurrent(change)).toList(),
                reverting.stream().filter(change -> !(change.change() instanceof SchemaChange.DropIndex drop
                        && outsideIndexes.contains(drop.index().name()))).toList());
    }

    /** Only the index builds that must run outside a transaction, undone by dropping the indexes. */
    public MigrationPlan nonTransactionalPart() {
        List<PlannedChange> outside = changes.stream().filter(MigrationPlan::isConcurrent).toList();
        List<PlannedChange> back = new ArrayList<>();
        for (PlannedChange change : outside) {
            SchemaChange.CreateIndex create = (SchemaChange.CreateIndex) change.change();
            back.add(new PlannedChange(new SchemaChange.DropIndex(create.index()), Grade.SAFE,
                    "drop index " + create.index().name()));
        }
        return new MigrationPlan(dialect, outside, back);
    }

    /** The DDL that applies the plan, in order. */
    public List<String> upStatements() {
        return render(changes);
    }

    private List<String> render(List<PlannedChange> planned) {
        List<String> statements = new ArrayList<>();
        for (PlannedChange change : planned) {
            statements.addAll(SchemaChangeRenderer.render(change.change(), dialect));
        }
        return statements;
    }

    /** The DDL that reverts the plan. */
    public List<String> downStatements() {
        return render(reverting);
    }

    /** One line per change: its grade and reason. */
    public String describe() {
        if (changes.isEmpty()) {
            return "The schema is up to date.";
        }
        StringBuilder text = new StringBuilder();
        for (PlannedChange change : changes) {
            text.append(String.format("%-11s %s\n", change.grade(), change.reason()));
        }
        return text.toString();
    }

    private static boolean isConcurrent(PlannedChange change) {
        return change.change() instanceof SchemaChange.CreateIndex index && index.concurrently();
    }

    @Override
    public String toString() {
        return describe();
    }
}
