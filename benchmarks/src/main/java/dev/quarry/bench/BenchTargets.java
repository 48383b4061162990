package dev.quarry.bench;

import dev.quarry.testkit.TestTargets;
import java.util.List;

/**
 * The databases the benchmarks run on: a URL given as {@code quarry.bench.url.DIALECT} (how the
 * runner hands its servers to forked JVMs), otherwise the server the test kit obtains. MariaDB runs
 * through MariaDB Connector/J ({@code mariadb}); {@code -p dialect=mariadb-connectorj} runs it
 * through MySQL Connector/J, outside the default set because Exposed cannot read MariaDB's metadata
 * through that driver.
 */
public final class BenchTargets {
    /** The dialects benchmarked, in report order. */
    public static final List<String> DIALECTS = List.of("sqlite", "postgresql", "mariadb");

    private BenchTargets() {
    }

    /** The JDBC URL of a dialect's database, starting its server if needed. */
    public static String url(String dialect) {
        String given = System.getProperty(property(dialect));
        if (given != null && !given.isBlank()) {
            return given;
        }
        if (System.getProperty("quarry.test.mysql.drivers") == null) {
            System.setProperty("quarry.test.mysql.drivers", "mariadb,connectorj");
        }
        String target = switch (dialect) {
            case "mariadb" -> "mysql";
            case "mariadb-connectorj" -> "mysql-connectorj";
            default -> dialect;
        };
        return TestTargets.get(target).jdbcUrl();
    }

    /** The system property that passes a dialect's URL to a forked JVM. */
    public static String property(String dialect) {
        return "quarry.bench.url." + dialect;
    }
}
