package dev.quarry.jdbc;

import dev.quarry.testkit.TestTarget;
import dev.quarry.testkit.TestTargets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;

/**
 * The MySQL-family target reached through MySQL Connector/J, for the tests of the driver's own
 * settings; and a one-connection database on it, so session counters belong to the test alone.
 */
final class ConnectorJTarget {
    private ConnectorJTarget() {
    }

    /** The target; a test run without that driver reports the test as not run, with the reason. */
    static TestTarget get() {
        List<TestTarget> through = TestTargets.enabled().stream().filter(TestTarget::throughConnectorJ).toList();
        Assumptions.assumeFalse(through.isEmpty(), "MySQL Connector/J is not among the drivers of this run"
                + " (quarry.test.dialects / quarry.test.mysql.drivers); the jdbc build runs these tests through it");
        return through.get(0);
    }

    /** A database of one connection on the target, configured further as given. */
    static Database open(String name, UnaryOperator<DatabaseConfig.Builder> configure) {
        TestTarget target = get();
        return Database.connect(configure.apply(DatabaseConfig.builder(target.jdbcUrl()).name(name).poolSize(1)).build());
    }

    /** A counter of the session's status, such as {@code Com_insert}. */
    static long sessionStatus(Transaction tx, String name) {
        List<Row> rows = tx.fetch("SHOW SESSION STATUS LIKE '" + name + "'");
        if (rows.size() != 1) {
            throw new AssertionError("the server has no session status " + name + ": " + rows);
        }
        return Long.parseLong(String.valueOf(rows.get(0).get("Value")));
    }
}
