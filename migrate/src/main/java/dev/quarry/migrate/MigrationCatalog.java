package dev.quarry.migrate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Every migration known from the locations and the code migrations, by version. Built by reading
 * the locations; every problem with the files (bad names, two migrations of one version, a down
 * without its up) is reported at once. Immutable.
 */
final class MigrationCatalog {
    private final NavigableMap<Long, ResolvedMigration> migrations;

    private MigrationCatalog(NavigableMap<Long, ResolvedMigration> migrations) {
        this.migrations = migrations;
    }

    /**
     * Reads the locations and joins the code migrations.
     *
     * @throws MigrationSourceException listing every problem found
     */
    static MigrationCatalog load(List<MigrationLocation> locations, List<CodeMigration> codeMigrations,
            ClassLoader classLoader) {
        List<String> problems = new ArrayList<>();
        ScriptPairs pairs = new ScriptPairs(problems);
        for (MigrationLocation location : locations) {
            for (ScriptFile file : location.read(classLoader)) {
                pairs.add(location, file);
            }
        }
        NavigableMap<Long, ResolvedMigration> migrations = new TreeMap<>();
        for (ResolvedMigration migration : pairs.migrations()) {
            migrations.put(migration.version(), migration);
        }
        for (CodeMigration code : codeMigrations) {
            ResolvedMigration migration = ResolvedMigration.of(code);
            ResolvedMigration existing = migrations.putIfAbsent(migration.version(), migration);
            if (existing != null) {
                problems.add("two migrations have version " + migration.version() + ": " + existing.up().source()
                        + " (" + existing.description() + ") and " + migration.up().source() + " ("
                        + migration.description() + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new MigrationSourceException("the migrations cannot be read:\n  - "
                    + String.join("\n  - ", problems));
        }
        return new MigrationCatalog(migrations);
    }

    /** All migrations, in version order. */
    Collection<ResolvedMigration> all() {
        return migrations.values();
    }

    /** The migration of a version, or null. */
    @Nullable ResolvedMigration find(long version) {
        return migrations.get(version);
    }

    Map<Long, ResolvedMigration> byVersion() {
        return migrations;
    }
}
