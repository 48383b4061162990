package dev.quarry.migrate.codegen;

import dev.quarry.sql.SqlType;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The column factories generated code calls, with what each needs: its name in Kotlin and Java,
 * its Java value type, how many size arguments it takes and the {@link SqlType} constant for
 * arrays and raw defaults. Enum kinds need a class and have no fixed type.
 */
enum ColumnKind {
    INTEGER("integer", "integer", "Integer", 0, "INTEGER"),
    BIGINT("long", "bigint", "Long", 0, "BIGINT"),
    SMALLINT("short", "smallint", "Short", 0, "SMALLINT"),
    VARCHAR("varchar", "varchar", "String", 1, "varchar"),
    CHAR("char", "fixedChar", "String", 1, "fixedChar"),
    TEXT("text", "text", "String", 0, "TEXT"),
    BOOLEAN("bool", "bool", "Boolean", 0, "BOOLEAN"),
    DECIMAL("decimal", "decimal", "BigDecimal", 2, "decimal"),
    DOUBLE("doublePrecision", "doublePrecision", "Double", 0, "DOUBLE"),
    REAL("float", "real", "Float", 0, "REAL"),
    DATE("date", "date", "LocalDate", 0, "DATE"),
    DATETIME("datetime", "datetime", "LocalDateTime", 0, "DATETIME"),
    TIMESTAMP("timestamp", "timestamp", "Instant", 0, "TIMESTAMP"),
    TIME("time", "time", "LocalTime", 0, "TIME"),
    UUID("uuid", "uuid", "UUID", 0, "UUID_TYPE"),
    BINARY("binary", "binary", "byte[]", 0, "BINARY"),
    JSON("json", "json", "String", 0, "JSON"),
    ARRAY("array", "array", "List", 0, ""),
    NATIVE_ENUM("nativeEnum", "nativeEnum", "", 0, ""),
    ENUM_BY_NAME("enumByName", "enumByName", "", 0, ""),
    ENUM_BY_ORDINAL("enumByOrdinal", "enumByOrdinal", "", 0, "");

    final String kotlinFactory;
    final String javaFactory;
    final String javaType;
    final int sizeArguments;
    private final String sqlTypeName;

    ColumnKind(String kotlinFactory, String javaFactory, String javaType, int sizeArguments, String sqlTypeName) {
        this.kotlinFactory = kotlinFactory;
        this.javaFactory = javaFactory;
        this.javaType = javaType;
        this.sizeArguments = sizeArguments;
        this.sqlTypeName = sqlTypeName;
    }

    boolean isEnum() {
        return this == NATIVE_ENUM || this == ENUM_BY_NAME || this == ENUM_BY_ORDINAL;
    }

    /** The engine type of a kind that needs no class, or null for arrays and enums. */
    @Nullable SqlType<?> sqlType(int first, int second) {
        return switch (this) {
            case INTEGER -> SqlType.INTEGER;
            case BIGINT -> SqlType.BIGINT;
            case SMALLINT -> SqlType.SMALLINT;
            case VARCHAR -> SqlType.varchar(first);
            case CHAR -> SqlType.fixedChar(first);
            case TEXT -> SqlType.TEXT;
            case BOOLEAN -> SqlType.BOOLEAN;
            case DECIMAL -> SqlType.decimal(first, second);
            case DOUBLE -> SqlType.DOUBLE;
            case REAL -> SqlType.REAL;
            case DATE -> SqlType.DATE;
            case DATETIME -> SqlType.DATETIME;
            case TIMESTAMP -> SqlType.TIMESTAMP;
            case TIME -> SqlType.TIME;
            case UUID -> SqlType.UUID_TYPE;
            case BINARY -> SqlType.BINARY;
            case JSON -> SqlType.JSON;
            default -> null;
        };
    }

    /** The Java expression of the engine type: {@code SqlType.varchar(20)}; empty for arrays and enums. */
    String sqlTypeCode(int first, int second) {
        return switch (sizeArguments) {
            case 0 -> sqlTypeName.isEmpty() ? "" : "SqlType." + sqlTypeName;
            case 1 -> "SqlType." + sqlTypeName + "(" + first + ")";
            default -> "SqlType." + sqlTypeName + "(" + first + ", " + second + ")";
        };
    }

    /** The kind an override names, without its class. */
    static ColumnKind overridden(String kind) {
        String base = kind.contains(":") ? kind.substring(0, kind.indexOf(':')) : kind;
        return switch (base.toLowerCase(Locale.ROOT)) {
            case "integer", "int" -> INTEGER;
            case "bigint", "long" -> BIGINT;
            case "smallint", "short" -> SMALLINT;
            case "varchar" -> VARCHAR;
            case "char" -> CHAR;
            case "text" -> TEXT;
            case "boolean", "bool" -> BOOLEAN;
            case "decimal" -> DECIMAL;
            case "double" -> DOUBLE;
            case "real", "float" -> REAL;
            case "date" -> DATE;
            case "datetime" -> DATETIME;
            case "timestamp" -> TIMESTAMP;
            case "time" -> TIME;
            case "uuid" -> UUID;
            case "binary" -> BINARY;
            case "json" -> JSON;
            case "enum" -> ENUM_BY_NAME;
            case "enum-ordinal" -> ENUM_BY_ORDINAL;
            default -> throw new IllegalArgumentException("unknown column kind \"" + kind + "\": use integer, bigint,"
                    + " smallint, varchar, char, text, boolean, decimal, double, real, date, datetime, timestamp, time,"
                    + " uuid, binary, json, enum:CLASS or enum-ordinal:CLASS");
        };
    }

    /** Checks an override's kind, and that enum kinds name a class. */
    static void requireOverride(String column, String kind) {
        ColumnKind parsed = overridden(kind);
        boolean hasClass = kind.contains(":") && kind.indexOf(':') < kind.length() - 1;
        if (parsed.isEnum() != hasClass) {
            throw new IllegalArgumentException("type override " + column + "=" + kind + ": "
                    + (parsed.isEnum() ? "name the enum class, as in enum:com.example.Status" : "only enum kinds take a class"));
        }
    }
}
