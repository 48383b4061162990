package dev.quarry.dialect.mysql;

import dev.quarry.dialect.StandardTypeNames;
import dev.quarry.sql.SqlType;

/** MySQL's and MariaDB's DDL names where they differ from the standard ones. */
final class MySqlTypeNames extends StandardTypeNames {
    MySqlTypeNames(String dialectName) {
        super(dialectName);
    }

    @Override
    public String visitInteger(SqlType.IntegerType type) {
        return "INT";
    }

    /** LONGTEXT, because TEXT stops at 64 KiB where PostgreSQL and SQLite have no limit. */
    @Override
    public String visitText(SqlType.TextType type) {
        return "LONGTEXT";
    }

    @Override
    public String visitDecimal(SqlType.DecimalType type) {
        return "DECIMAL(" + type.precision() + ", " + type.scale() + ")";
    }

    @Override
    public String visitNumeric(SqlType.NumericType type) {
        return "DECIMAL(65, 30)";
    }

    @Override
    public String visitDouble(SqlType.DoubleType type) {
        return "DOUBLE";
    }

    @Override
    public String visitDateTime(SqlType.DateTimeType type) {
        return "DATETIME(6)";
    }

    /** DATETIME holding UTC: TIMESTAMP would stop in 2038 and shift with the session time zone. */
    @Override
    public String visitTimestamp(SqlType.TimestampType type) {
        return "DATETIME(6)";
    }

    /** DOUBLE holds every float exactly; MariaDB sends FLOAT values with six significant digits only. */
    @Override
    public String visitReal(SqlType.RealType type) {
        return "DOUBLE";
    }

    @Override
    public String visitBinary(SqlType.BinaryType type) {
        return "LONGBLOB";
    }

    /** Big-endian bytes, which order like PostgreSQL's uuid and SQLite's lower-case text. */
    @Override
    public String visitUuid(SqlType.UuidType type) {
        return "BINARY(16)";
    }

    @Override
    public String visitTime(SqlType.TimeType type) {
        return "TIME(6)";
    }

    @Override
    public String visitNativeEnum(SqlType.NativeEnumType<?> type) {
        return "ENUM(" + String.join(", ", type.labels().stream().map(label -> "'" + label + "'").toList()) + ")";
    }
}
