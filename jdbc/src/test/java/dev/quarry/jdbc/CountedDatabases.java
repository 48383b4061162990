package dev.quarry.jdbc;

import dev.quarry.testkit.TestTarget;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A database per test target whose statements a test counts with a {@link StatementListener}. */
final class CountedDatabases {
    private static final Map<String, Database> DATABASES = new ConcurrentHashMap<>();
    private static final List<ExecutedStatement> EXECUTED = new CopyOnWriteArrayList<>();

    private CountedDatabases() {
    }

    /** The counting database on the target's server, opened once. */
    static Database of(TestTarget target) {
        return DATABASES.computeIfAbsent(target.name(), name -> TestDatabases.openLike(TestDatabases.of(target),
                "counted-" + name, 2, builder -> builder.statementListener(EXECUTED::add)));
    }

    /** Forgets the statements run so far. */
    static void reset() {
        EXECUTED.clear();
    }

    /** The statements run since the last {@link #reset()}. */
    static List<ExecutedStatement> executed() {
        return List.copyOf(EXECUTED);
    }
}
