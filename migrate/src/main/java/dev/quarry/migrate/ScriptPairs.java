package dev.quarry.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pairs the up and down scripts of each version while the locations are read, noting each file
 * that is badly named, duplicates a version or has no partner. Mutable while a catalog is built;
 * not thread-safe.
 */
final class ScriptPairs {
    private final List<String> problems;
    private final Map<Long, Found> ups = new TreeMap<>();
    private final Map<Long, Found> downs = new TreeMap<>();

    private record Found(MigrationFileName name, ScriptFile file) {
    }

    ScriptPairs(List<String> problems) {
        this.problems = problems;
    }

    void add(MigrationLocation location, ScriptFile file) {
        MigrationFileName name = MigrationFileName.parse(file.name());
        if (name == null) {
            problems.add("'" + file.name() + "' in location '" + location + "' (" + file.origin()
                    + ") is not a migration file name; expected " + MigrationFileName.EXPECTED);
            return;
        }
        Map<Long, Found> side = name.up() ? ups : downs;
        Found earlier = side.putIfAbsent(name.version(), new Found(name, file));
        if (earlier != null) {
            problems.add("two " + (name.up() ? "up" : "down") + " scripts have version " + name.version() + ": "
                    + earlier.file().origin() + " and " + file.origin());
        }
    }

    /** The migrations of the scripts that pair up; problems are noted for the others. */
    List<ResolvedMigration> migrations() {
        for (Map.Entry<Long, Found> down : downs.entrySet()) {
            Found up = ups.get(down.getKey());
            if (up == null) {
                problems.add("down script " + down.getValue().file().origin() + " has no up script of version "
                        + down.getKey());
            } else if (!up.name().description().equals(down.getValue().name().description())) {
                problems.add("down script " + down.getValue().file().origin() + " does not match up script "
                        + up.file().origin() + ": their descriptions differ");
            }
        }
        List<ResolvedMigration> migrations = new ArrayList<>();
        for (Found up : ups.values()) {
            Found down = downs.get(up.name().version());
            SqlScript script = new SqlScript(up.file().text());
            migrations.add(new ResolvedMigration(up.name().version(), up.name().description(), MigrationKind.SQL,
                    script.checksum(), MigrationAction.of(up.file()),
                    down == null ? null : MigrationAction.of(down.file())));
        }
        return migrations;
    }
}
