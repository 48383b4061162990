package dev.quarry.dialect.mysql;

import dev.quarry.dialect.StandardTypeNames;
import dev.quarry.sql.BinaryType;
import dev.quarry.sql.DateTimeType;
import dev.quarry.sql.DecimalType;
import dev.quarry.sql.DoubleType;
import dev.quarry.sql.IntegerType;
import dev.quarry.sql.NativeEnumType;
import dev.quarry.sql.NumericType;
import dev.quarry.sql.RealType;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.TextType;
import dev.quarry.sql.TimeType;
import dev.quarry.sql.TimestampType;
import dev.quarry.sql.UuidType;

/** MySQL's and MariaDB's DDL names where they differ from the standard ones. */
final class MySqlTypeNames extends StandardTypeNames {
    MySqlTypeNames(String dialectName) {
        super(dialectName);
    }

    @Override
    public String visitInteger(IntegerType type) {
        return "INT";
    }

    /** LONGTEXT, because TEXT stops at 64 KiB where PostgreSQL and SQLite have no limit. */
    @Override
    public String visitText(TextType type) {
        return "LONGTEXT";
    }

    @Override
    public String visitDecimal(DecimalType type) {
        return "DECIMAL(" + type.precision() + ", " + type.scale() + ")";
    }

    @Override
    public String visitNumeric(NumericType type) {
        return "DECIMAL(65, 30)";
    }

    @Override
    public String visitDouble(DoubleType type) {
        return "DOUBLE";
    }

    @Override
    public String visitDateTime(DateTimeType type) {
        return "DATETIME(6)";
    }

    /** DATETIME holding UTC: TIMESTAMP would stop in 2038 and shift with the session time zone. */
    @Override
    public String visitTimestamp(TimestampType type) {
        return "DATETIME(6)";
    }

    /** DOUBLE holds every float exactly; MariaDB sends FLOAT values with six significant digits only. */
    @Override
    public String visitReal(RealType type) {
        return "DOUBLE";
    }

    @Override
    public String visitBinary(BinaryType type) {
        return "LONGBLOB";
    }

    /** Big-endian bytes, which order like PostgreSQL's uuid and SQLite's lower-case text. */
    @Override
    public String visitUuid(UuidType type) {
        return "BINARY(16)";
    }

    @Override
    public String visitTime(TimeType type) {
        return "TIME(6)";
    }

    @Override
    public String visitNativeEnum(NativeEnumType<?> type) {
        return "ENUM(" + String.join(", ", type.labels().stream().map(label -> "'" + label + "'").toList()) + ")";
    }
}
