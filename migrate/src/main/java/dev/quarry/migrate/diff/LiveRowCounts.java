package dev.quarry.migrate.diff;

import dev.quarry.jdbc.Database;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * {@link RowCounts} of a database, each table counted with {@code COUNT(*)} on first request and
 * remembered. Not thread-safe; one per plan.
 */
final class LiveRowCounts implements RowCounts {
    private final Database database;
    private final Map<String, Long> counted = new HashMap<>();

    LiveRowCounts(Database database) {
        this.database = database;
    }

    @Override
    public OptionalLong rows(String liveTable) {
        return OptionalLong.of(counted.computeIfAbsent(liveTable, this::count));
    }

    private long count(String table) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM ");
        database.dialect().quoteIdentifier(sql, table);
        return database.internals().withConnection(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(sql.toString())) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
