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
 *   <li>{@code quarry.test.mysql.url} / {@code QUARRY_TEST_MYSQL_URL}: the same for MySQL or MariaDB.
 * </ul>
 */
final class TestSettings {
    static final List<String> FAMILIES = List.of("sqlite", "postgresql", "mysql");

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
}
