package dev.quarry.migrate.diff;

import dev.quarry.migrate.schema.SchemaConventions;
import dev.quarry.schema.ColumnDefinition;
import dev.quarry.schema.ForeignKeyDefinition;
import dev.quarry.schema.IndexDefinition;
import dev.quarry.schema.SchemaChange;
import dev.quarry.schema.TableDefinition;
import dev.quarry.schema.UniqueDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The live tables while a diff is planned, renamed as the user's renames say so that the rest of
 * the comparison sees them under their new names. Not thread-safe; one per diff.
 */
final class LiveTables {
    private final Map<String, TableDefinition> tables = new LinkedHashMap<>();

    LiveTables(List<TableDefinition> live, SchemaConventions conventions) {
        live.forEach(table -> tables.put(table.name(), comparable(table, conventions)));
    }

    /** A table with unique indexes counted as unique constraints where the dialect makes no difference. */
    static TableDefinition comparable(TableDefinition table, SchemaConventions conventions) {
        if (!conventions.uniqueIndexesAreConstraints()) {
            return table;
        }
        List<UniqueDefinition> uniques = new ArrayList<>(table.uniques());
        List<IndexDefinition> indexes = new ArrayList<>();
        for (IndexDefinition index : table.indexes()) {
            if (index.unique()) {
                uniques.add(new UniqueDefinition(index.name(), index.columns()));
            } else {
                indexes.add(index);
            }
        }
        return new TableDefinition(table.name(), table.columns(), table.primaryKey(), uniques, table.foreignKeys(),
                table.checks(), indexes, table.typeDefinitions());
    }

    @Nullable TableDefinition get(String name) {
        return tables.get(name);
    }

    List<TableDefinition> all() {
        return List.copyOf(tables.values());
    }

    /** Plans the renames and applies them to the live tables; renames already done are skipped. */
    void applyRenames(Renames renames, List<Step> steps) {
        renames.tables().forEach((from, to) -> {
            if (tables.containsKey(to) && !tables.containsKey(from)) {
                return;
            }
            if (!tables.containsKey(from) || tables.containsKey(to)) {
                throw new IllegalArgumentException("cannot rename table " + from + " to " + to + ": "
                        + (tables.containsKey(to) ? "both exist" : "neither exists"));
            }
            steps.add(rename(new SchemaChange.RenameTable(from, to), "rename table " + from + " to " + to));
            TableDefinition renamed = rebuilt(tables.remove(from), to, UnaryOperator.identity());
            tables.put(to, renamed);
            replaceReferences(from, to, UnaryOperator.identity());
        });
        renames.columns().forEach((table, columns) -> columns.forEach((from, to) -> {
            TableDefinition live = tables.get(table);
            if (live == null) {
                throw new IllegalArgumentException("cannot rename column " + table + "." + from + ": table " + table
                        + " does not exist");
            }
            if (live.column(to) != null && live.column(from) == null) {
                return;
            }
            if (live.column(from) == null || live.column(to) != null) {
                throw new IllegalArgumentException("cannot rename column " + table + "." + from + " to " + to + ": "
                        + (live.column(to) != null ? "both exist" : "neither exists"));
            }
            steps.add(rename(new SchemaChange.RenameColumn(table, from, to),
                    "rename column " + table + "." + from + " to " + to));
            UnaryOperator<String> column = name -> name.equals(from) ? to : name;
            tables.put(table, rebuilt(live, table, column));
            replaceReferences(table, table, column);
        }));
    }

    private static Step rename(SchemaChange change, String reason) {
        return new Step(Step.Phase.RENAME, new PlannedChange(change, Grade.SAFE, reason
                + " (applications using the old name stop working)"));
    }

    /** Points the foreign keys that reference a table at its new name and renamed columns. */
    private void replaceReferences(String from, String to, UnaryOperator<String> column) {
        tables.replaceAll((name, table) -> {
            List<ForeignKeyDefinition> keys = table.foreignKeys().stream().map(key -> key.referencedTable().equals(from)
                    ? new ForeignKeyDefinition(key.name(), key.columns(), to,
                            key.referencedColumns().stream().map(column).toList(), key.onDelete(), key.onUpdate())
                    : key).toList();
            return new TableDefinition(table.name(), table.columns(), table.primaryKey(), table.uniques(), keys,
                    table.checks(), table.indexes(), table.typeDefinitions());
        });
    }

    /** The table under a name with its columns renamed wherever they appear. */
    private static TableDefinition rebuilt(TableDefinition table, String name, UnaryOperator<String> column) {
        List<ColumnDefinition> columns = table.columns().stream()
                .map(definition -> definition.withName(column.apply(definition.name()))).toList();
        List<UniqueDefinition> uniques = table.uniques().stream()
                .map(unique -> new UniqueDefinition(unique.name(), unique.columns().stream().map(column).toList()))
                .toList();
        List<ForeignKeyDefinition> keys = table.foreignKeys().stream()
                .map(key -> new ForeignKeyDefinition(key.name(), key.columns().stream().map(column).toList(),
                        key.referencedTable(), key.referencedColumns(), key.onDelete(), key.onUpdate()))
                .toList();
        List<IndexDefinition> indexes = table.indexes().stream()
                .map(index -> new IndexDefinition(index.name(), name, index.columns().stream().map(column).toList(),
                        index.unique()))
                .toList();
        return new TableDefinition(name, columns, table.primaryKey().stream().map(column).toList(), uniques, keys,
                table.checks(), indexes, table.typeDefinitions());
    }
}
