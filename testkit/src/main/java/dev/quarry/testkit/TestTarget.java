package dev.quarry.testkit;

import java.util.Objects;

/**
 * One database the integration suites run against.
 *
 * @param family {@code sqlite}, {@code postgresql} or {@code mysql} (MySQL or MariaDB)
 * @param jdbcUrl a URL with credentials, pointing at a scratch database the tests may fill and empty
 */
public record TestTarget(String family, String jdbcUrl) {
    public TestTarget {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    /** The server's name in test reports: sqlite, postgresql, mariadb or mysql. */
    public String name() {
        return jdbcUrl.startsWith("jdbc:mariadb:") ? "mariadb" : family;
    }

    @Override
    public String toString() {
        return name();
    }
}
