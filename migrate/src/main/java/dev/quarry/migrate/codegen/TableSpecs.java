package dev.quarry.migrate.codegen;

import dev.quarry.dialect.Dialect;
import dev.quarry.schema.CheckDefinition;
import dev.quarry.schema.ColumnDefinition;
import dev.quarry.schema.ForeignKeyDefinition;
import dev.quarry.schema.IndexDefinition;
import dev.quarry.schema.TableDefinition;
import dev.quarry.schema.UniqueDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@link TableSpec}s of the selected live tables: class and property names, columns
 * through {@link ColumnMapper}, and the constraints. A foreign key to a table that is not
 * generated, to columns that are no key, or closing a cycle of foreign keys is left out with a
 * warning. Not thread-safe; one per generation.
 */
final class TableSpecs {
    private final CodegenSettings settings;
    private final ColumnMapper mapper;
    private final Consumer<String> warnings;

    TableSpecs(CodegenSettings settings, Dialect dialect, Map<String, List<String>> enumLabels, Consumer<String> warnings) {
        this.settings = settings;
        this.mapper = new ColumnMapper(dialect, enumLabels, warnings);
        this.warnings = warnings;
    }

    List<TableSpec> build(List<TableDefinition> tables) {
        Map<String, String> classes = new HashMap<>();
        Set<String> usedClasses = new HashSet<>();
        for (TableDefinition table : tables) {
            classes.put(table.name(), unique(Names.pascal(table.name()), usedClasses));
        }
        Map<String, TableDefinition> byName = new HashMap<>();
        tables.forEach(table -> byName.put(table.name(), table));
        Map<String, Map<String, String>> properties = new HashMap<>();
        List<List<ColumnSpec>> columnsOfTables = new ArrayList<>();
        for (TableDefinition table : tables) {
            Map<String, String> byColumn = new LinkedHashMap<>();
            Set<String> used = new HashSet<>(Set.of("primaryKey", "PrimaryKey"));
            List<ColumnSpec> columns = new ArrayList<>();
            for (ColumnDefinition column : table.columns()) {
                String property = unique(Names.property(column.name(), settings.naming()), used);
                columns.add(mapper.map(table.name(), column, property,
                        settings.typeOverrides().get(table.name() + "." + column.name())));
                byColumn.put(column.name(), property);
            }
            properties.put(table.name(), byColumn);
            columnsOfTables.add(columns);
        }
        Map<String, Set<String>> references = new HashMap<>();
        List<TableSpec> specs = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            TableDefinition table = tables.get(i);
            Map<String, String> own = properties.get(table.name());
            String what = "table " + table.name();
            List<String> primaryKey = mapped(own, table.primaryKey(), what + ": its primary key");
            List<TableSpec.Constraint> uniques = new ArrayList<>();
            for (UniqueDefinition unique : table.uniques()) {
                List<String> columns = mapped(own, unique.columns(), what + ": unique constraint " + unique.name());
                if (columns != null) {
                    uniques.add(new TableSpec.Constraint(unique.name(), columns));
                }
            }
            List<TableSpec.Index> indexes = new ArrayList<>();
            for (IndexDefinition index : table.indexes()) {
                List<String> columns = mapped(own, index.columns(), what + ": index " + index.name());
                if (columns != null) {
                    indexes.add(new TableSpec.Index(index.name(), columns, index.unique()));
                }
            }
            List<TableSpec.ForeignKey> keys = new ArrayList<>();
            for (ForeignKeyDefinition key : table.foreignKeys()) {
                Map<String, String> referenced = properties.get(key.referencedTable());
                if (referenced == null) {
                    warnings.accept(what + ": foreign key " + key.name() + " is left out, since the table it references, "
                            + key.referencedTable() + ", is not generated");
                    continue;
                }
                List<String> columns = mapped(own, key.columns(), what + ": foreign key " + key.name());
                List<String> targets = mapped(referenced, key.referencedColumns(), what + ": foreign key " + key.name());
                TableDefinition target = byName.get(key.referencedTable());
                if (!key.referencedTable().equals(table.name()) && reaches(references, key.referencedTable(), table.name())) {
                    warnings.accept(what + ": foreign key " + key.name() + " is left out, since " + key.referencedTable()
                            + " references " + table.name() + " already and tables in a cycle cannot initialise each"
                            + " other; declare it by hand");
                } else if (columns != null && targets != null && !isKey(target, key.referencedColumns())) {
                    warnings.accept(what + ": foreign key " + key.name() + " is left out, since the columns it"
                            + " references are neither the primary key nor a unique constraint of " + target.name());
                } else if (columns != null && targets != null) {
                    alignKinds(columnsOfTables.get(i), key.columns(), columnsOfTables.get(tables.indexOf(target)),
                            key.referencedColumns());
                    references.computeIfAbsent(table.name(), name -> new HashSet<>()).add(key.referencedTable());
                    keys.add(new TableSpec.ForeignKey(key.name(), columns, classes.get(key.referencedTable()), targets,
                            key.onDelete(), key.onUpdate()));
                }
            }
            List<TableSpec.Check> checks = new ArrayList<>();
            for (CheckDefinition check : table.checks()) {
                checks.add(new TableSpec.Check(check.name(), check.sql()));
            }
            specs.add(new TableSpec(classes.get(table.name()), table.name(), columnsOfTables.get(i),
                    primaryKey == null ? List.of() : primaryKey, uniques, indexes, keys, checks));
        }
        return specs;
    }

    /** Whether {@code from} references {@code to}, directly or through other tables. */
    private static boolean reaches(Map<String, Set<String>> references, String from, String to) {
        Set<String> seen = new HashSet<>();
        List<String> pending = new ArrayList<>(List.of(from));
        while (!pending.isEmpty()) {
            String table = pending.remove(pending.size() - 1);
            if (table.equals(to)) {
                return true;
            }
            if (seen.add(table)) {
                pending.addAll(references.getOrDefault(table, Set.of()));
            }
        }
        return false;
    }

    private static boolean isKey(TableDefinition table, List<String> columns) {
        return table.primaryKey().equals(columns)
                || table.uniques().stream().anyMatch(unique -> unique.columns().equals(columns))
                || table.indexes().stream().anyMatch(index -> index.unique() && index.columns().equals(columns));
    }

    /** Declares each referencing column with the kind of the column it references, where they differ. */
    private static void alignKinds(List<ColumnSpec> columns, List<String> names, List<ColumnSpec> referencedColumns,
            List<String> referencedNames) {
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            String referencedName = referencedNames.get(k);
            ColumnSpec target = referencedColumns.stream().filter(column -> column.name().equals(referencedName))
                    .findFirst().orElseThrow();
            for (int c = 0; c < columns.size(); c++) {
                ColumnSpec column = columns.get(c);
                if (column.name().equals(name) && !column.sameKind(target)) {
                    columns.set(c, column.withKindOf(target));
                }
            }
        }
    }

    /** The properties of the columns, or null (with a warning) when one of them was skipped. */
    private @Nullable List<String> mapped(Map<String, String> properties, List<String> columns, String what) {
        List<String> mapped = new ArrayList<>();
        for (String column : columns) {
            String property = properties.get(column);
            if (property == null) {
                warnings.accept(what + " is left out, since its column " + column + " is not generated");
                return null;
            }
            mapped.add(property);
        }
        return mapped;
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = name + n;
        }
        return candidate;
    }
}
