package dev.quarry.migrate;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.testkit.TestTarget;
import dev.quarry.testkit.TestTargets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases of the runner suite: one shared pooled database per test target for the whole
 * run, and databases tests open for themselves. All are checked for leaked connections after
 * every test ({@link RunnerPoolCheck}) and closed at the end of the run unless closed before.
 */
public final class RunnerDatabases {
    static final int POOL_SIZE = 4;
    private static final Map<String, Database> SHARED = new ConcurrentHashMap<>();
    private static final List<Database> OPENED = new CopyOnWriteArrayList<>();
    private static final AtomicInteger NAMES = new AtomicInteger();

    private RunnerDatabases() {
    }

    /** The shared database of a target, its schema cleaned of what runner tests create. */
    public static Database clean(TestTarget target) {
        Database database = SHARED.computeIfAbsent(target.name(), name -> open(target, "runner-" + name, POOL_SIZE));
        RunnerScratch.clean(database);
        return database;
    }

    /** A database of its own on the target's server. */
    static Database open(TestTarget target, String name, int poolSize) {
        Database database = Database.connect(DatabaseConfig.builder(target.jdbcUrl())
                .name(name + "-" + NAMES.incrementAndGet()).poolSize(poolSize).build());
        OPENED.add(database);
        TestTargets.closeAtEnd(database);
        return database;
    }

    /** Every database opened and not closed. */
    static List<Database> openDatabases() {
        return OPENED.stream().filter(database -> !database.isClosed()).toList();
    }
}
