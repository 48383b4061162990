package dev.quarry.migrate.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The column kind closest to a type as the catalogs report it (in the canonical form of
 * {@link dev.quarry.migrate.schema.SchemaConventions#type}), on any of the three databases.
 * Stateless.
 */
final class LiveTypes {
    private static final Pattern SIZED = Pattern.compile(
            "^([a-z0-9 ]+?)\\s*(?:\\((\\d+)(?:,(\\d+))?\\))?((?: (?:with|without) time zone| unsigned)?)$");
    private static final Pattern MYSQL_ENUM = Pattern.compile("^enum\\((.*)\\)$");
    private static final Pattern LABEL = Pattern.compile("'((?:[^']|'')*)'");

    private LiveTypes() {
    }

    /**
     * The kind for a canonical type, or null when none holds its values.
     *
     * @param enumLabels the labels of the database's named enum types (PostgreSQL), by type name
     */
    static @Nullable TypeSpec closest(String type, Map<String, List<String>> enumLabels) {
        if (type.endsWith("[]")) {
            TypeSpec element = closest(type.substring(0, type.length() - 2), Map.of());
            return element == null || element.kind().isEnum() || element.kind() == ColumnKind.ARRAY ? null
                    : TypeSpec.arrayOf(element);
        }
        List<String> labels = enumLabels.get(type);
        if (labels != null) {
            return new TypeSpec(ColumnKind.NATIVE_ENUM, 0, 0, null, null, type, labels);
        }
        Matcher mysqlEnum = MYSQL_ENUM.matcher(type);
        if (mysqlEnum.matches()) {
            List<String> values = new ArrayList<>();
            Matcher label = LABEL.matcher(mysqlEnum.group(1));
            while (label.find()) {
                values.add(label.group(1).replace("''", "'"));
            }
            return new TypeSpec(ColumnKind.NATIVE_ENUM, 0, 0, null, null, null, values);
        }
        Matcher sized = SIZED.matcher(type);
        if (!sized.matches()) {
            return null;
        }
        String base = sized.group(1).trim();
        int first = sized.group(2) == null ? 0 : Integer.parseInt(sized.group(2));
        int second = sized.group(3) == null ? 0 : Integer.parseInt(sized.group(3));
        String suffix = sized.group(4).trim();
        if (suffix.equals("unsigned")) {
            return base.equals("bigint") ? TypeSpec.sized(ColumnKind.DECIMAL, 20, 0)
                    : base.matches("tinyint|smallint|mediumint|int|integer") ? TypeSpec.of(ColumnKind.BIGINT) : null;
        }
        return switch (base) {
            case "int", "integer", "int4", "mediumint", "serial" -> TypeSpec.of(ColumnKind.INTEGER);
            case "bigint", "int8", "bigserial" -> TypeSpec.of(ColumnKind.BIGINT);
            case "smallint", "int2", "smallserial" -> TypeSpec.of(ColumnKind.SMALLINT);
            case "tinyint" -> first == 1 ? TypeSpec.of(ColumnKind.BOOLEAN) : TypeSpec.of(ColumnKind.SMALLINT);
            case "character varying", "varchar", "nvarchar", "varying character", "nvarchar2", "varchar2" ->
                    first > 0 ? TypeSpec.sized(ColumnKind.VARCHAR, first, 0) : TypeSpec.of(ColumnKind.TEXT);
            case "character", "char", "nchar", "native character", "bpchar" ->
                    TypeSpec.sized(ColumnKind.CHAR, Math.max(first, 1), 0);
            case "text", "tinytext", "mediumtext", "longtext", "clob", "citext", "name" -> TypeSpec.of(ColumnKind.TEXT);
            case "boolean", "bool", "bit" -> first > 1 ? null : TypeSpec.of(ColumnKind.BOOLEAN);
            case "numeric", "decimal" -> first > 0 ? TypeSpec.sized(ColumnKind.DECIMAL, first, second)
                    : TypeSpec.sized(ColumnKind.DECIMAL, 38, 10);
            case "double precision", "double", "float8" -> TypeSpec.of(ColumnKind.DOUBLE);
            case "real" -> TypeSpec.of(ColumnKind.REAL);
            case "float", "float4" -> first > 24 ? TypeSpec.of(ColumnKind.DOUBLE) : TypeSpec.of(ColumnKind.REAL);
            case "date" -> TypeSpec.of(ColumnKind.DATE);
            case "datetime" -> TypeSpec.of(ColumnKind.DATETIME);
            case "timestamp" -> suffix.equals("with time zone") ? TypeSpec.of(ColumnKind.TIMESTAMP)
                    : suffix.isEmpty() || suffix.equals("without time zone") ? TypeSpec.of(ColumnKind.DATETIME) : null;
            case "timestamptz" -> TypeSpec.of(ColumnKind.TIMESTAMP);
            case "time" -> suffix.isEmpty() || suffix.equals("without time zone") ? TypeSpec.of(ColumnKind.TIME) : null;
            case "uuid" -> TypeSpec.of(ColumnKind.UUID);
            case "bytea", "blob", "tinyblob", "mediumblob", "longblob", "binary", "varbinary" -> TypeSpec.of(ColumnKind.BINARY);
            case "json", "jsonb" -> TypeSpec.of(ColumnKind.JSON);
            default -> null;
        };
    }
}
