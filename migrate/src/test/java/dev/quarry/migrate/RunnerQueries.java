package dev.quarry.migrate;

import dev.quarry.jdbc.Database;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads what the runner left behind, with plain JDBC on one pooled connection. */
final class RunnerQueries {
    private RunnerQueries() {
    }

    /** The single number a query returns. */
    static long number(Database database, String sql) {
        return database.internals().withConnection(connection -> {
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    /** The first column of every row a query returns, as text. */
    static List<String> texts(Database database, String sql) {
        return database.internals().withConnection(connection -> {
            List<String> values = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
            return values;
        });
    }

    /** Whether a runner test's table exists. */
    static boolean tableExists(Database database, String table) {
        return database.internals().withConnection(connection -> RunnerScratch.tables(connection).stream()
                .anyMatch(name -> name.toLowerCase(Locale.ROOT).equals(table)));
    }

    /** Runs a statement by hand, as a user fixing the database would. */
    static void execute(Database database, String sql) {
        database.internals().withConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
            return null;
        });
    }

    /** The versions recorded in the default history table, in order. */
    static List<Long> historyVersions(Database database) {
        return texts(database, "SELECT version FROM quarry_schema_history ORDER BY version").stream()
                .map(Long::valueOf).toList();
    }

    /** Whether the database commits DDL at once (MySQL, MariaDB), so a failed migration stays half applied. */
    static boolean commitsDdlAtOnce(Database database) {
        return List.of("mysql", "mariadb").contains(database.dialect().name());
    }
}
