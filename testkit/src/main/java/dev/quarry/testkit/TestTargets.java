package dev.quarry.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * The databases the integration suites run against: SQLite, PostgreSQL and MySQL/MariaDB unless
 * {@code quarry.test.dialects} restricts them. See {@link TestSettings} for the settings.
 */
public final class TestTargets {
    private TestTargets() {
    }

    /**
     * The enabled targets in a fixed order, servers started on first call. Used as the argument
     * source of {@link OnEveryDialect}.
     */
    public static List<TestTarget> enabled() {
        List<TestTarget> targets = new ArrayList<>();
        for (String target : TestSettings.targets()) {
            targets.add(get(target));
        }
        return targets;
    }

    /**
     * The targets enabled for this run, by name, without starting anything: {@code sqlite},
     * {@code postgresql}, {@code mysql} (the MySQL family through MariaDB Connector/J) and
     * {@code mysql-connectorj} (the same family through MySQL Connector/J), as
     * {@code quarry.test.dialects} and {@code quarry.test.mysql.drivers} choose. Each is accepted by
     * {@link #get}.
     */
    public static List<String> enabledFamilies() {
        return TestSettings.targets();
    }

    /** Closes a client of the servers (a connection pool) when the test session ends, before the servers stop. */
    public static void closeAtEnd(AutoCloseable client) {
        TestServers.closeBeforeStop(client);
    }

    /** A target by a name of {@link #enabledFamilies()}, or its family's name; starts its server if needed. */
    public static TestTarget get(String target) {
        List<String> enabled = TestSettings.targets();
        String chosen = target.equals("mysql") && !enabled.contains("mysql") && enabled.contains(TestSettings.CONNECTOR_J_TARGET)
                ? TestSettings.CONNECTOR_J_TARGET : target;
        return new TestTarget(TestSettings.familyOf(chosen), TestServers.urlFor(chosen));
    }
}
