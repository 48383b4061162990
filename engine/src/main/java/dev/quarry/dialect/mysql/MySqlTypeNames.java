package dev.quarry.dialect.mysql;

import dev.quarry.dialect.StandardTypeNames;
import dev.quarry.sql.SqlType;

/** MySQL's and MariaDB's DDL names where they differ from the standard ones. */
final class MySqlTypeNames extends StandardTypeNames {
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
}
