package dev.quarry.migrate.schema;

import dev.quarry.schema.CheckDefinition;
import dev.quarry.schema.ColumnDefinition;
import dev.quarry.schema.ForeignKeyDefinition;
import dev.quarry.schema.IndexDefinition;
import dev.quarry.schema.TableDefinition;
import dev.quarry.schema.UniqueDefinition;
import dev.quarry.sql.ReferenceAction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads MySQL's and MariaDB's information_schema for the tables of {@code DATABASE()}. Unique
 * indexes are read as unique constraints, which they are on these databases; the index MySQL
 * creates for a foreign key under the key's name is not listed; MariaDB's automatic
 * {@code json_valid} check of a JSON column is not listed either.
 */
final class MySqlSchemaReader implements SchemaReader {
    private static final String OF_TABLE = " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?";

    @Override
    public List<TableDefinition> read(Connection connection, List<String> excluded) throws SQLException {
        List<TableDefinition> tables = new ArrayList<>();
        for (String[] row : JdbcRows.query(connection, "SELECT TABLE_NAME FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            if (!excluded.contains(row[0])) {
                tables.add(table(connection, row[0]));
            }
        }
        return tables;
    }

    private TableDefinition table(Connection connection, String table) throws SQLException {
        List<ColumnDefinition> columns = columns(connection, table);
        List<ForeignKeyDefinition> foreignKeys = foreignKeys(connection, table);
        Set<String> foreignKeyNames = foreignKeys.stream().map(ForeignKeyDefinition::name).collect(Collectors.toSet());
        Map<String, List<String>> indexColumns = new LinkedHashMap<>();
        Map<String, Boolean> indexUnique = new LinkedHashMap<>();
        for (String[] row : JdbcRows.query(connection, "SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME"
                + " FROM information_schema.STATISTICS" + OF_TABLE + " ORDER BY INDEX_NAME, SEQ_IN_INDEX", table)) {
            indexColumns.computeIfAbsent(row[0], name -> new ArrayList<>()).add(row[2]);
            indexUnique.put(row[0], "0".equals(row[1]));
        }
        List<String> primaryKey = indexColumns.getOrDefault("PRIMARY", List.of());
        List<UniqueDefinition> uniques = new ArrayList<>();
        List<IndexDefinition> indexes = new ArrayList<>();
        indexColumns.forEach((name, indexed) -> {
            if (name.equals("PRIMARY") || foreignKeyNames.contains(name) && !indexUnique.get(name)) {
                return;
            }
            if (indexUnique.get(name)) {
                uniques.add(new UniqueDefinition(name, indexed));
            } else {
                indexes.add(new IndexDefinition(name, table, indexed, false));
            }
        });
        return new TableDefinition(table, columns, primaryKey, uniques, foreignKeys, checks(connection, table, columns),
                indexes, List.of());
    }

    private List<ColumnDefinition> columns(Connection connection, String table) throws SQLException {
        List<ColumnDefinition> columns = new ArrayList<>();
        for (String[] row : JdbcRows.query(connection, "SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT,"
                + " EXTRA FROM information_schema.COLUMNS" + OF_TABLE + " ORDER BY ORDINAL_POSITION", table)) {
            boolean nullable = "YES".equals(row[2]);
            // MariaDB reports a column without a default as DEFAULT NULL.
            String defaultSql = row[3] == null || row[3].equalsIgnoreCase("NULL") ? null : row[3];
            String extra = row[4] == null ? "" : row[4].toLowerCase(Locale.ROOT);
            columns.add(new ColumnDefinition(row[0], row[1], null, nullable, defaultSql,
                    extra.contains("auto_increment"), SchemaConventions.characterLimit(row[1])));
        }
        return columns;
    }

    private List<ForeignKeyDefinition> foreignKeys(Connection connection, String table) throws SQLException {
        Map<String, String[]> rules = new LinkedHashMap<>();
        for (String[] row : JdbcRows.query(connection, "SELECT CONSTRAINT_NAME, REFERENCED_TABLE_NAME, DELETE_RULE,"
                + " UPDATE_RULE FROM information_schema.REFERENTIAL_CONSTRAINTS"
                + " WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY CONSTRAINT_NAME", table)) {
            rules.put(row[0], row);
        }
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, List<String>> referenced = new LinkedHashMap<>();
        for (String[] row : JdbcRows.query(connection, "SELECT CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_COLUMN_NAME"
                + " FROM information_schema.KEY_COLUMN_USAGE" + OF_TABLE
                + " AND REFERENCED_TABLE_NAME IS NOT NULL ORDER BY CONSTRAINT_NAME, ORDINAL_POSITION", table)) {
            columns.computeIfAbsent(row[0], name -> new ArrayList<>()).add(row[1]);
            referenced.computeIfAbsent(row[0], name -> new ArrayList<>()).add(row[2]);
        }
        List<ForeignKeyDefinition> foreignKeys = new ArrayList<>();
        rules.forEach((name, rule) -> foreignKeys.add(new ForeignKeyDefinition(name, columns.get(name), rule[1],
                referenced.get(name), action(rule[2]), action(rule[3]))));
        return foreignKeys;
    }

    private List<CheckDefinition> checks(Connection connection, String table, List<ColumnDefinition> columns)
            throws SQLException {
        Set<String> columnNames = columns.stream().map(ColumnDefinition::name).collect(Collectors.toSet());
        List<CheckDefinition> checks = new ArrayList<>();
        for (String[] row : JdbcRows.query(connection, "SELECT tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE"
                + " FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.CHECK_CONSTRAINTS cc"
                + " ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                + " WHERE tc.TABLE_SCHEMA = DATABASE() AND tc.TABLE_NAME = ? AND tc.CONSTRAINT_TYPE = 'CHECK'"
                + " ORDER BY tc.CONSTRAINT_NAME", table)) {
            boolean jsonValidity = columnNames.contains(row[0]) && row[1].toLowerCase(Locale.ROOT).startsWith("json_valid(");
            if (!jsonValidity) {
                checks.add(new CheckDefinition(row[0], row[1]));
            }
        }
        return checks;
    }

    private static ReferenceAction action(String rule) {
        return ReferenceAction.valueOf(rule.replace(' ', '_'));
    }
}
