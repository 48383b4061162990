package dev.quarry.testkit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the test run was told, by system property or environment variable (the property wins):
 *
 * <ul>
 *   <li>{@code quarry.test.dialects} / {@code QUARRY_TEST_DIALECTS}: comma-separated subset of
 *       {@code sqlite,postgresql,mysql} ({@code mariadb} is accepted for mysql). Default: all three.
 *   <li>{@code quarry.test.postgresql.url} / {@code QUARRY_TEST_POSTGRESQL_URL}: a JDBC URL with
 *       credentials of an existing PostgreSQL database to use instead of the embedded server.
 *   <li>{@code quarry.test.mysql.url} / {@code QUARRY_TEST_MYSQL_URL}: the same for MySQL or MariaDB;
 *       a {@code jdbc:mariadb:} URL runs through MariaDB Connector/J, a {@code jdbc:mysql:} URL
 *       through MySQL Connector/J.
 *   <li>{@code quarry.test.mysql.drivers} / {@code QUARRY_TEST_MYSQL_DRIVERS}: the drivers the MySQL
 *       family runs through, comma-separated: {@code mariadb} (MariaDB Connector/J, target
 *       {@code mysql}) and {@code connectorj} (MySQL Connector/J, target {@code mysql-connectorj}).
 *       Default: {@code mariadb}; the builds of jdbc, dsl and migrate set both.
 * </ul>
 */
final class TestSettings {
    static final List<String> FAMILIES = List.of("sqlite", "postgresql", "mysql");
    static final List<String> MYSQL_DRIVERS = List.of("mariadb", "connectorj");
    /** The target of the MySQL family through MySQL Connector/J. */
    static final String CONNECTOR_J_TARGET = "mysql-connectorj";

    private TestSettings() {
    }

    static String value(String property) {
        String fromProperty = System.getProperty(property);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return fromProperty.trim();
        }
        String fromEnvironment = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_'));
        return fromEnvironment == null ? "" : fromEnvironment.trim();
    }

    /** The families to test, in a fixed order. */
    static List<String> families() {
        String setting = value("quarry.test.dialects");
        if (setting.isEmpty()) {
            return FAMILIES;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String part : setting.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (name.equals("mariadb")) {
                name = "mysql";
            }
            if (!FAMILIES.contains(name)) {
                throw new IllegalArgumentException("quarry.test.dialects names unknown dialect '" + part.trim()
                        + "'; choose from sqlite, postgresql, mysql");
            }
            chosen.add(name);
        }
        List<String> ordered = new ArrayList<>();
        for (String family : FAMILIES) {
            if (chosen.contains(family)) {
                ordered.add(family);
            }
        }
        return ordered;
    }

    /**
     * The targets to test, in a fixed order: the families, with the MySQL family once per driver
     * ({@code mysql} through MariaDB Connector/J, {@code mysql-connectorj} through MySQL Connector/J).
     */
    static List<String> targets() {
        List<String> targets = new ArrayList<>();
        for (String family : families()) {
            if (!family.equals("mysql")) {
                targets.add(family);
                continue;
            }
            List<String> drivers = mysqlDrivers();
            if (drivers.contains("mariadb")) {
                targets.add("mysql");
            }
            if (drivers.contains("connectorj")) {
                targets.add(CONNECTOR_J_TARGET);
            }
        }
        return targets;
    }

    /** The family of a target: {@code mysql} for both MySQL-family targets. */
    static String familyOf(String target) {
        return target.equals(CONNECTOR_J_TARGET) ? "mysql" : target;
    }

    /** The drivers the MySQL family runs through, in a fixed order. */
    static List<String> mysqlDrivers() {
        String setting = value("quarry.test.mysql.drivers");
        if (setting.isEmpty()) {
            return List.of("mariadb");
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String part : setting.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (!MYSQL_DRIVERS.contains(name)) {
                throw new IllegalArgumentException("quarry.test.mysql.drivers names unknown driver '" + part.trim()
                        + "'; choose from mariadb (MariaDB Connector/J), connectorj (MySQL Connector/J)");
            }
            chosen.add(name);
        }
        return MYSQL_DRIVERS.stream().filter(chosen::contains).toList();
    }
}
