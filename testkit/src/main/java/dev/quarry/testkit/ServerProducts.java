package dev.quarry.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which server a MySQL-family URL leads to, asked of the server once per URL: {@code mariadb} or
 * {@code mysql}. Either driver may talk to either server, so the URL's scheme does not tell.
 * Thread-safe.
 */
final class ServerProducts {
    private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();

    private ServerProducts() {
    }

    /**
     * {@code mariadb} or {@code mysql}, by the server's version string; while the server cannot be
     * reached, the vendor the URL's scheme names (not remembered), so a report can still name the
     * test whose connection then fails with the reason.
     */
    static String of(String jdbcUrl) {
        String known = KNOWN.get(jdbcUrl);
        if (known != null) {
            return known;
        }
        try {
            String asked = ask(jdbcUrl);
            KNOWN.put(jdbcUrl, asked);
            return asked;
        } catch (SQLException unreachable) {
            return jdbcUrl.startsWith("jdbc:mariadb:") ? "mariadb" : "mysql";
        }
    }

    private static String ask(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("SELECT VERSION()")) {
            version.next();
            return version.getString(1).toLowerCase(Locale.ROOT).contains("mariadb") ? "mariadb" : "mysql";
        }
    }
}
