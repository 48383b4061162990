package dev.quarry.migrate.diff;

import dev.quarry.dialect.Dialect;
import dev.quarry.migrate.schema.SchemaConventions;
import dev.quarry.schema.ForeignKeyDefinition;
import dev.quarry.schema.SchemaChange;
import dev.quarry.schema.TableDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a live schema with the declared one and plans the changes between them, graded and in
 * an order that respects foreign keys: renames, dropped keys and indexes, new tables (referenced
 * ones first), new and altered columns, rebuilt tables, dropped columns, new constraints and
 * indexes, new foreign keys, dropped tables (referencing ones first). Renames happen only where
 * {@link Renames} says so. The plan's way back is planned the same way, from the declared schema to
 * the live one, so that it too rebuilds tables where the dialect must. Stateless.
 */
public final class SchemaDiff {
    private SchemaDiff() {
    }

    /**
     * The plan that turns {@code live} into {@code declared}.
     *
     * @param live the tables the database holds, as its catalogs describe them
     * @param declared the tables the code declares, described for the same dialect
     * @throws IllegalArgumentException if a rename names a table or column that is not there
     */
    public static MigrationPlan between(List<TableDefinition> live, List<TableDefinition> declared, Dialect dialect,
            Renames renames) {
        return between(live, declared, dialect, renames, RowCounts.unknown());
    }

    /**
     * {@link #between(List, List, Dialect, Renames)}, grading the changes that need data by the rows
     * the live tables hold: a NOT NULL column without a default and a narrowing type change are
     * CAUTION on an empty table and DESTRUCTIVE on one with rows, the count in the reason.
     *
     * @param rows asked only for the live tables such changes concern
     */
    public static MigrationPlan between(List<TableDefinition> live, List<TableDefinition> declared, Dialect dialect,
            Renames renames, RowCounts rows) {
        List<PlannedChange> up = changes(live, declared, dialect, renames, dialect.supportsConcurrentIndexes(), rows);
        List<PlannedChange> down = changes(declared, live, dialect, renames.inverse(), false, RowCounts.unknown());
        return new MigrationPlan(dialect, up, down);
    }

    private static List<PlannedChange> changes(List<TableDefinition> live, List<TableDefinition> declared,
            Dialect dialect, Renames renames, boolean concurrentIndexes, RowCounts rows) {
        Map<String, String> liveNames = new LinkedHashMap<>();
        renames.tables().forEach((from, to) -> liveNames.put(to, from));
        SchemaConventions conventions = SchemaConventions.of(dialect);
        LiveTables current = new LiveTables(live, conventions);
        List<Step> steps = new ArrayList<>();
        current.applyRenames(renames, steps);
        Map<String, TableDefinition> wanted = new LinkedHashMap<>();
        for (TableDefinition table : declared) {
            wanted.put(table.name(), LiveTables.comparable(table, conventions));
        }
        List<TableDefinition> created = new ArrayList<>();
        for (TableDefinition table : wanted.values()) {
            TableDefinition existing = current.get(table.name());
            if (existing == null) {
                created.add(table);
            } else {
                String liveName = liveNames.getOrDefault(table.name(), table.name());
                new TableComparison(existing, table, dialect, conventions, concurrentIndexes,
                        () -> rows.rows(liveName)).addSteps(steps);
            }
        }
        for (TableDefinition table : referencedFirst(created)) {
            steps.add(new Step(Step.Phase.CREATE_TABLE, new PlannedChange(new SchemaChange.CreateTable(table),
                    Grade.SAFE, "create table " + table.name())));
        }
        List<TableDefinition> dropped = current.all().stream().filter(table -> !wanted.containsKey(table.name()))
                .toList();
        List<TableDefinition> referencedFirst = referencedFirst(dropped);
        for (int i = referencedFirst.size() - 1; i >= 0; i--) {
            TableDefinition table = referencedFirst.get(i);
            steps.add(new Step(Step.Phase.DROP_TABLE, new PlannedChange(new SchemaChange.DropTable(table),
                    Grade.DESTRUCTIVE, "drop table " + table.name() + " with all its rows")));
        }
        steps.sort(Comparator.comparing(Step::phase));
        return steps.stream().map(Step::change).toList();
    }

    /** The tables ordered so that each comes after the tables (of the list) its foreign keys reference. */
    static List<TableDefinition> referencedFirst(List<TableDefinition> tables) {
        Map<String, TableDefinition> byName = new LinkedHashMap<>();
        tables.forEach(table -> byName.put(table.name(), table));
        Set<String> placed = new LinkedHashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String name : byName.keySet()) {
            place(name, byName, placed, visiting);
        }
        return placed.stream().map(byName::get).toList();
    }

    private static void place(String name, Map<String, TableDefinition> byName, Set<String> placed,
            Set<String> visiting) {
        if (placed.contains(name)) {
            return;
        }
        if (!visiting.add(name)) {
            throw new IllegalArgumentException("tables " + String.join(", ", visiting) + " reference each other in a"
                    + " cycle; create them in a migration written by hand, adding one foreign key afterwards");
        }
        for (ForeignKeyDefinition key : byName.get(name).foreignKeys()) {
            if (!key.referencedTable().equals(name) && byName.containsKey(key.referencedTable())) {
                place(key.referencedTable(), byName, placed, visiting);
            }
        }
        visiting.remove(name);
        placed.add(name);
    }
}
