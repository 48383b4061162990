package dev.quarry.testkit;

import java.util.Objects;

/**
 * One database the integration suites run against, through one driver.
 *
 * @param family {@code sqlite}, {@code postgresql} or {@code mysql} (MySQL or MariaDB)
 * @param jdbcUrl a URL with credentials, pointing at a scratch database the tests may fill and empty
 */
public record TestTarget(String family, String jdbcUrl) {
    public TestTarget {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    /**
     * The server: sqlite, postgresql, or for the MySQL family mariadb or mysql as the server
     * itself says (asked once per URL), whatever the driver.
     */
    public String server() {
        return family.equals("mysql") ? ServerProducts.of(jdbcUrl) : family;
    }

    /** Whether the URL runs through MySQL Connector/J ({@code jdbc:mysql:}). */
    public boolean throughConnectorJ() {
        return jdbcUrl.startsWith("jdbc:mysql:");
    }

    /**
     * The name in test reports, unique per server and driver: sqlite, postgresql, mariadb, mysql;
     * a MySQL-family server through the other vendor's driver adds it: {@code mariadb-connectorj}
     * (MariaDB through MySQL Connector/J), {@code mysql-mariadb-driver}.
     */
    public String name() {
        if (!family.equals("mysql")) {
            return family;
        }
        String server = server();
        if (server.equals("mariadb") && throughConnectorJ()) {
            return "mariadb-connectorj";
        }
        if (server.equals("mysql") && !throughConnectorJ()) {
            return "mysql-mariadb-driver";
        }
        return server;
    }

    @Override
    public String toString() {
        return name();
    }
}
