package dev.quarry.migrate.codegen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels of PostgreSQL's enum types in the current schema, by type name, in their sort order.
 * Other databases have no named enum types (MySQL's are spelled out in the column type). Stateless.
 */
final class NativeEnums {
    private NativeEnums() {
    }

    static Map<String, List<String>> read(Connection connection, String dialectName) throws SQLException {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        if (!dialectName.equals("postgresql")) {
            return labels;
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT t.typname, e.enumlabel FROM pg_type t"
                + " JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace"
                + " WHERE n.nspname = current_schema() ORDER BY t.typname, e.enumsortorder");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                labels.computeIfAbsent(rows.getString(1), name -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return labels;
    }
}
