package dev.quarry.jdbc;

import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.Dialects;
import dev.quarry.testkit.TestTarget;
import dev.quarry.testkit.TestTargets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * The databases of the JDBC suite: one shared pooled database per test target for the whole run,
 * recording every statement it runs, and the databases tests open for themselves. All of them are
 * checked for leaked connections after every test ({@link PoolLeakCheck}).
 */
final class TestDatabases {
    static final int POOL_SIZE = 4;
    private static final Map<String, Database> SHARED = new ConcurrentHashMap<>();
    private static final List<Database> OPENED = new CopyOnWriteArrayList<>();
    private static final List<ExecutedStatement> EXECUTED = new CopyOnWriteArrayList<>();

    private TestDatabases() {
    }

    /** The shared database of a target. */
    static Database of(TestTarget target) {
        return SHARED.computeIfAbsent(target.name(), name ->
                open(target.jdbcUrl(), "jdbc-test-" + name, POOL_SIZE, builder -> builder.statementListener(EXECUTED::add)));
    }

    /** The dialect a target's database must have: the server's, whatever the driver ({@code jdbc:mysql:} may lead to MariaDB). */
    static Dialect serverDialect(TestTarget target) {
        if (!target.family().equals("mysql")) {
            return Dialects.forJdbcUrl(target.jdbcUrl());
        }
        return target.server().equals("mariadb") ? Dialects.MARIADB : Dialects.MYSQL;
    }

    /** Opens a database of its own on the same server as another; closed at the end of the run unless closed before. */
    static Database openLike(Database like, String name, int poolSize, UnaryOperator<DatabaseConfig.Builder> configure) {
        return open(like.config().url(), name, poolSize, configure);
    }

    /** Every database opened so far and not closed. */
    static List<Database> openDatabases() {
        return OPENED.stream().filter(database -> !database.isClosed()).toList();
    }

    /** Statements run since the last call, by any test database. */
    static List<ExecutedStatement> drainExecuted() {
        List<ExecutedStatement> copy = List.copyOf(EXECUTED);
        EXECUTED.clear();
        return copy;
    }

    private static Database open(String url, String name, int poolSize, UnaryOperator<DatabaseConfig.Builder> configure) {
        Database database = Database.connect(configure.apply(DatabaseConfig.builder(url).name(name).poolSize(poolSize)).build());
        OPENED.add(database);
        TestTargets.closeAtEnd(database);
        return database;
    }
}
