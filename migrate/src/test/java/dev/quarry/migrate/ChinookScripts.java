package dev.quarry.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates the Chinook sample schema with its rows by running the upstream script of a database
 * ({@code /chinook/Chinook_*.sql}), without its lines that drop, create and switch databases:
 * the caller's connection points at an empty schema already.
 */
public final class ChinookScripts {
    private ChinookScripts() {
    }

    /**
     * Runs the script of a test family ({@code sqlite}, {@code postgresql}, {@code mysql}).
     * MySQL's runs with {@code NO_BACKSLASH_ESCAPES}, which the script's data needs.
     */
    public static void load(Connection connection, String family) throws SQLException {
        String file = switch (family) {
            case "postgresql" -> "Chinook_PostgreSql.sql";
            case "mysql" -> "Chinook_MySql.sql";
            default -> "Chinook_Sqlite.sql";
        };
        String script = read("/chinook/" + file).replaceAll("(?im)^(DROP DATABASE|CREATE DATABASE|USE |\\\\c ).*$", "");
        List<String> statements = StatementSplitter.split(script, ScriptSyntax.STANDARD);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            if (family.equals("mysql")) {
                statement.execute("SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')");
            }
            for (String sql : statements) {
                statement.execute(sql);
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String read(String resource) {
        try (InputStream in = ChinookScripts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
