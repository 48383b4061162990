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
        for (String family : TestSettings.families()) {
            targets.add(new TestTarget(family, TestServers.urlFor(family)));
        }
        return targets;
    }

    /** The families enabled for this run, without starting anything. */
    public static List<String> enabledFamilies() {
        return TestSettings.families();
    }

    /** Closes a client of the servers (a connection pool) when the test session ends, before the servers stop. */
    public static void closeAtEnd(AutoCloseable client) {
        TestServers.closeBeforeStop(client);
    }

    /** The target of one family; starts its server if needed. */
    public static TestTarget get(String family) {
        return new TestTarget(family, TestServers.urlFor(family));
    }
}
