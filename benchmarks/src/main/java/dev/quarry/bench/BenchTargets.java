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

    /** The property that narrows a run to some dialects, comma-separated (e.g. {@code mariadb,mariadb-connectorj}). */
    static final String DIALECTS_PROPERTY = "quarry.bench.dialects";
    /** The property that narrows a run to some benchmarks: a regular expression of {@code Workload.method} names. */
    static final String INCLUDE_PROPERTY = "quarry.bench.include";
    /** The benchmarks of a run that is not narrowed: every {@code Workload.method}. */
    static final String EVERY_BENCHMARK = "\\w+\\.\\w+";

    private BenchTargets() {
    }

    /** The dialects of this run: those {@value #DIALECTS_PROPERTY} names, otherwise {@link #DIALECTS}. */
    public static List<String> selected() {
        String given = System.getProperty(DIALECTS_PROPERTY, "");
        return given.isBlank() ? DIALECTS : List.of(given.trim().split("\\s*,\\s*"));
    }

    /** The benchmarks of this run, as a regular expression of {@code Workload.method}: {@value #INCLUDE_PROPERTY}, otherwise every one. */
    static String included() {
        String given = System.getProperty(INCLUDE_PROPERTY, "");
        return given.isBlank() ? EVERY_BENCHMARK : given;
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
