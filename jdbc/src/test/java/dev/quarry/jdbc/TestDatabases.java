package dev.quarry.jdbc;

import dev.quarry.testkit.TestTarget;
import dev.quarry.testkit.TestTargets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** One pooled {@link Database} per test target for the whole run, recording every statement it runs. */
final class TestDatabases {
    static final int POOL_SIZE = 4;
    private static final Map<String, Database> OPEN = new ConcurrentHashMap<>();
    private static final List<ExecutedStatement> EXECUTED = new CopyOnWriteArrayList<>();

    private TestDatabases() {
    }

    static Database of(TestTarget target) {
        return OPEN.computeIfAbsent(target.name(), name -> {
            Database database = Database.connect(DatabaseConfig.builder(target.jdbcUrl())
                    .name("jdbc-test-" + name)
                    .poolSize(POOL_SIZE)
                    .statementListener(EXECUTED::add)
                    .build());
            TestTargets.closeAtEnd(database);
            return database;
        });
    }

    /** Statements run since the last call, by any test database. */
    static List<ExecutedStatement> drainExecuted() {
        List<ExecutedStatement> copy = List.copyOf(EXECUTED);
        EXECUTED.clear();
        return copy;
    }
}
