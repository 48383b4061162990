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
import java.util.List;

/** Reads PostgreSQL's catalogs for the tables of {@code current_schema()}. */
final class PostgresSchemaReader implements SchemaReader {
    private static final String IN_SCHEMA = " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = current_schema() AND c.relname = ?";
    private static final String SEPARATOR = "\u001f";

    @Override
    public List<TableDefinition> read(Connection connection, List<String> excluded) throws SQLException {
        List<TableDefinition> tables = new ArrayList<>();
        for (String[] row : JdbcRows.query(connection, "SELECT c.relname FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname")) {
            if (!excluded.contains(row[0])) {
                tables.add(table(connection, row[0]));
            }
        }
        return tables;
    }

    private TableDefinition table(Connection connection, String table) throws SQLException {
        List<UniqueDefinition> uniques = new ArrayList<>();
        List<ForeignKeyDefinition> foreignKeys = new ArrayList<>();
        List<CheckDefinition> checks = new ArrayList<>();
        for (String[] row : JdbcRows.query(connection, "SELECT con.conname, con.contype::text,"
                + " pg_get_constraintdef(con.oid), " + attributeNames("con.conkey", "con.conrelid") + ", ref.relname, "
                + attributeNames("con.confkey", "con.confrelid") + ", con.confdeltype::text, con.confupdtype::text"
                + " FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid"
                + " LEFT JOIN pg_class ref ON ref.oid = con.confrelid" + IN_SCHEMA
                + " AND con.contype IN ('u', 'f', 'c') ORDER BY con.conname", table)) {
            switch (row[1]) {
                case "u" -> uniques.add(new UniqueDefinition(row[0], split(row[3])));
                case "f" -> foreignKeys.add(new ForeignKeyDefinition(row[0], split(row[3]), row[4], split(row[5]),
                        action(row[6]), action(row[7])));
                default -> checks.add(new CheckDefinition(row[0], checkCondition(row[2])));
            }
        }
        return new TableDefinition(table, columns(connection, table), primaryKey(connection, table), uniques,
                foreignKeys, checks, indexes(connection, table), List.of());
    }

    private List<ColumnDefinition> columns(Connection connection, String table) throws SQLException {
        List<ColumnDefinition> columns = new ArrayList<>();
        for (String[] row : JdbcRows.query(connection, "SELECT a.attname, format_type(a.atttypid, a.atttypmod),"
                + " a.attnotnull::text, pg_get_expr(d.adbin, d.adrelid), a.attidentity::text,"
                + " CASE WHEN a.attcollation <> t.typcollation THEN co.collname END"
                + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid"
                + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                + " LEFT JOIN pg_collation co ON co.oid = a.attcollation" + IN_SCHEMA
                + " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum", table)) {
            String defaultSql = row[3];
            boolean serial = defaultSql != null && defaultSql.startsWith("nextval(");
            boolean identity = row[4] != null && !row[4].isEmpty();
            columns.add(new ColumnDefinition(row[0], row[1], row[5], !"true".equals(row[2]),
                    serial ? null : defaultSql, identity || serial, SchemaConventions.characterLimit(row[1])));
        }
        return columns;
    }

    private List<String> primaryKey(Connection connection, String table) throws SQLException {
        List<String[]> rows = JdbcRows.query(connection, "SELECT " + attributeNames("i.indkey::int2[]", "i.indrelid")
                + " FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid" + IN_SCHEMA + " AND i.indisprimary", table);
        return rows.isEmpty() ? List.of() : split(rows.get(0)[0]);
    }

    /** Indexes that back no constraint. */
    private List<IndexDefinition> indexes(Connection connection, String table) throws SQLException {
        List<IndexDefinition> indexes = new ArrayList<>();
        for (String[] row : JdbcRows.query(connection, "SELECT ic.relname, i.indisunique::text, "
                + attributeNames("i.indkey::int2[]", "i.indrelid")
                + " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class c ON c.oid = i.indrelid"
                + IN_SCHEMA + " AND NOT i.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint con"
                + " WHERE con.conindid = i.indexrelid AND con.contype IN ('u', 'p', 'x')) ORDER BY ic.relname", table)) {
            indexes.add(new IndexDefinition(row[0], table, split(row[2]), "true".equals(row[1])));
        }
        return indexes;
    }

    /** The names of the attributes an array of attribute numbers lists, in order, joined by a separator. */
    private static String attributeNames(String numbers, String relation) {
        return "array_to_string(ARRAY(SELECT a.attname FROM unnest(" + numbers + ") WITH ORDINALITY k(num, ord)"
                + " JOIN pg_attribute a ON a.attrelid = " + relation + " AND a.attnum = k.num ORDER BY k.ord), chr(31))";
    }

    private static List<String> split(String names) {
        return List.of(names.split(SEPARATOR));
    }

    /** {@code CHECK ((age >= 0))} as {@code (age >= 0)}. */
    private static String checkCondition(String definition) {
        String condition = definition.replaceFirst("^CHECK \\(", "").replaceFirst(" NOT VALID$", "");
        return condition.substring(0, condition.length() - 1);
    }

    private static ReferenceAction action(String code) {
        return switch (code) {
            case "r" -> ReferenceAction.RESTRICT;
            case "c" -> ReferenceAction.CASCADE;
            case "n" -> ReferenceAction.SET_NULL;
            case "d" -> ReferenceAction.SET_DEFAULT;
            default -> ReferenceAction.NO_ACTION;
        };
    }
}
