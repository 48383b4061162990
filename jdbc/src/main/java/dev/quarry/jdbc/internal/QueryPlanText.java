package dev.quarry.jdbc.internal;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows a database returns for EXPLAIN as lines of text, by the shape of the result rather than
 * by the database:
 *
 * <ul>
 *   <li>one column (PostgreSQL, MySQL's EXPLAIN ANALYZE): each value, one line per line of text;</li>
 *   <li>{@code id}, {@code parent} and {@code detail} columns (SQLite's EXPLAIN QUERY PLAN): each
 *       step's detail, indented two spaces per level below its parent;</li>
 *   <li>any other table (MySQL's and MariaDB's EXPLAIN, MariaDB's ANALYZE): one line per row,
 *       {@code label=value} for each column that is not null, separated by {@code ", "}.</li>
 * </ul>
 */
final class QueryPlanText {
    private QueryPlanText() {
    }

    /** Reads every row of the result. */
    static List<String> read(ResultSet result) throws SQLException {
        ResultSetMetaData metadata = result.getMetaData();
        int columns = metadata.getColumnCount();
        List<String> labels = new ArrayList<>(columns);
        for (int i = 1; i <= columns; i++) {
            labels.add(metadata.getColumnLabel(i));
        }
        List<List<String>> rows = new ArrayList<>();
        while (result.next()) {
            List<String> row = new ArrayList<>(columns);
            for (int i = 1; i <= columns; i++) {
                row.add(result.getString(i));
            }
            rows.add(row);
        }
        List<String> lower = labels.stream().map(label -> label.toLowerCase(Locale.ROOT)).toList();
        if (columns == 1) {
            return lines(rows);
        }
        if (lower.contains("id") && lower.contains("parent") && lower.contains("detail")) {
            return tree(rows, lower.indexOf("id"), lower.indexOf("parent"), lower.indexOf("detail"));
        }
        return table(labels, rows);
    }

    private static List<String> lines(List<List<String>> rows) {
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            String value = row.get(0);
            if (value != null) {
                lines.addAll(value.lines().toList());
            }
        }
        return lines;
    }

    private static List<String> tree(List<List<String>> rows, int id, int parent, int detail) {
        Map<String, Integer> depthOf = new HashMap<>();
        List<String> lines = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            int depth = depthOf.getOrDefault(row.get(parent), -1) + 1;
            depthOf.put(row.get(id), depth);
            lines.add("  ".repeat(depth) + row.get(detail));
        }
        return lines;
    }

    private static List<String> table(List<String> labels, List<List<String>> rows) {
        List<String> lines = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < labels.size(); i++) {
                if (row.get(i) != null) {
                    line.append(line.length() == 0 ? "" : ", ").append(labels.get(i)).append('=').append(row.get(i));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
