package dev.quarry.migrate;

import dev.quarry.jdbc.Database;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Empties the scratch schema of what runner tests create: every table named {@code mr_…}, the
 * default history table, and PostgreSQL types named {@code mr_…}. Foreign keys are ignored while
 * dropping, so the order does not matter.
 */
final class RunnerScratch {
    static final String PREFIX = "mr_";

    private RunnerScratch() {
    }

    static void clean(Database database) {
        String family = database.dialect().name();
        database.internals().withConnection(connection -> {
            List<String> tables = tables(connection);
            switch (family) {
                case "postgresql" -> {
                    for (String table : tables) {
                        run(connection, "DROP TABLE IF EXISTS \"" + table + "\" CASCADE");
                    }
                    run(connection, "DROP TYPE IF EXISTS mr_mood CASCADE");
                }
                case "sqlite" -> {
                    run(connection, "PRAGMA foreign_keys = OFF");
                    for (String table : tables) {
                        run(connection, "DROP TABLE IF EXISTS \"" + table + "\"");
                    }
                    run(connection, "PRAGMA foreign_keys = ON");
                }
                default -> {
                    run(connection, "SET FOREIGN_KEY_CHECKS = 0");
                    for (String table : tables) {
                        run(connection, "DROP TABLE IF EXISTS `" + table + "`");
                    }
                    run(connection, "SET FOREIGN_KEY_CHECKS = 1");
                }
            }
            return null;
        });
    }

    /** The tables the runner tests own, in the connection's schema. */
    static List<String> tables(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.startsWith(PREFIX) || lower.equals(SchemaHistoryTable.DEFAULT_NAME)) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
