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

    /** {@code mariadb} or {@code mysql}, by the server's version string. */
    static String of(String jdbcUrl) {
        return KNOWN.computeIfAbsent(jdbcUrl, ServerProducts::ask);
    }

    private static String ask(String jdbcUrl) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("SELECT VERSION()")) {
            version.next();
            return version.getString(1).toLowerCase(Locale.ROOT).contains("mariadb") ? "mariadb" : "mysql";
        } catch (SQLException e) {
            throw new IllegalStateException("could not ask the server at " + redacted(jdbcUrl) + " which it is: " + e.getMessage(), e);
        }
    }

    private static String redacted(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }
}
