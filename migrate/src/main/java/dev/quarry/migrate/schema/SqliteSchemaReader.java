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
import java.util.TreeMap;

/**
 * Reads SQLite's pragmas for the tables of the main database. Constraint names, which the pragmas
 * do not report, and check conditions are taken from the table's CREATE TABLE text
 * ({@link CreateTableText}).
 */
final class SqliteSchemaReader implements SchemaReader {

    @Override
    public List<TableDefinition> read(Connection connection, List<String> excluded) throws SQLException {
        List<TableDefinition> tables = new ArrayList<>();
        for (String[] row : JdbcRows.query(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
            if (!excluded.contains(row[0])) {
                tables.add(table(connection, row[0], new CreateTableText(row[1])));
            }
        }
        return tables;
    }

    private TableDefinition table(Connection connection, String table, CreateTableText text) throws SQLException {
        String quoted = "'" + table.replace("'", "''") + "'";
        List<ColumnDefinition> columns = new ArrayList<>();
        TreeMap<Integer, String> keyByPosition = new TreeMap<>();
        List<String[]> rows = JdbcRows.query(connection, "SELECT name, type, \"notnull\", dflt_value, pk"
                + " FROM pragma_table_info(" + quoted + ") ORDER BY cid");
        boolean autoIncrement = text.sql().toUpperCase(Locale.ROOT).contains("AUTOINCREMENT");
        long keyColumns = rows.stream().filter(row -> !"0".equals(row[4])).count();
        for (String[] row : rows) {
            boolean generated = autoIncrement && keyColumns == 1 && !"0".equals(row[4]);
            columns.add(new ColumnDefinition(row[0], row[1], null, "0".equals(row[2]), row[3], generated,
                    SchemaConventions.characterLimit(row[1])));
            if (!"0".equals(row[4])) {
                keyByPosition.put(Integer.parseInt(row[4]), row[0]);
            }
        }
        List<UniqueDefinition> uniques = new ArrayList<>();
        List<IndexDefinition> indexes = new ArrayList<>();
        for (String[] index : JdbcRows.query(connection, "SELECT name, \"unique\", origin FROM pragma_index_list("
                + quoted + ") ORDER BY name")) {
            List<String> indexed = JdbcRows.query(connection, "SELECT name FROM pragma_index_info('"
                    + index[0].replace("'", "''") + "') ORDER BY seqno").stream().map(row -> row[0]).toList();
            if ("u".equals(index[2])) {
                uniques.add(new UniqueDefinition(text.constraintName("UNIQUE", indexed, index[0]), indexed));
            } else if ("c".equals(index[2])) {
                indexes.add(new IndexDefinition(index[0], table, indexed, "1".equals(index[1])));
            }
        }
        return new TableDefinition(table, columns, List.copyOf(keyByPosition.values()), uniques,
                foreignKeys(connection, table, quoted, text), checks(text), indexes, List.of());
    }

    private List<ForeignKeyDefinition> foreignKeys(Connection connection, String table, String quoted,
            CreateTableText text) throws SQLException {
        Map<String, List<String[]>> byId = new LinkedHashMap<>();
        for (String[] row : JdbcRows.query(connection, "SELECT id, \"table\", \"from\", \"to\", on_delete, on_update"
                + " FROM pragma_foreign_key_list(" + quoted + ") ORDER BY id, seq")) {
            byId.computeIfAbsent(row[0], id -> new ArrayList<>()).add(row);
        }
        List<ForeignKeyDefinition> foreignKeys = new ArrayList<>();
        for (List<String[]> rows : byId.values()) {
            List<String> columns = rows.stream().map(row -> row[2]).toList();
            List<String> referenced = rows.stream().map(row -> row[3]).toList();
            String[] first = rows.get(0);
            String name = text.constraintName("FOREIGN KEY", columns, "fk_" + table + "_" + String.join("_", columns));
            foreignKeys.add(new ForeignKeyDefinition(name, columns, first[1], referenced, action(first[4]),
                    action(first[5])));
        }
        return foreignKeys;
    }

    private static List<CheckDefinition> checks(CreateTableText text) {
        List<CheckDefinition> checks = new ArrayList<>();
        text.namedChecks().forEach((name, condition) -> checks.add(new CheckDefinition(name, condition)));
        return checks;
    }

    private static ReferenceAction action(String rule) {
        return ReferenceAction.valueOf(rule.toUpperCase(Locale.ROOT).replace(' ', '_'));
    }
}
