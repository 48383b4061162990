package dev.quarry.dialect;

import dev.quarry.sql.SqlType;

/**
 * The SQL standard's DDL names of the types, used as they are by PostgreSQL and SQLite. In SQLite
 * the names also decide the column affinity: INTEGER for the integers, TEXT for strings, NUMERIC
 * for decimals, booleans and date-times (stored there as text, which NUMERIC leaves alone).
 * Dialects that differ override single names. Stateless.
 */
public class StandardTypeNames implements SqlType.Visitor<String> {
    @Override
    public String visitInteger(SqlType.IntegerType type) {
        return "INTEGER";
    }

    @Override
    public String visitBigInt(SqlType.BigIntType type) {
        return "BIGINT";
    }

    @Override
    public String visitVarchar(SqlType.VarcharType type) {
        return "VARCHAR(" + type.length() + ")";
    }

    @Override
    public String visitText(SqlType.TextType type) {
        return "TEXT";
    }

    @Override
    public String visitBoolean(SqlType.BooleanType type) {
        return "BOOLEAN";
    }

    @Override
    public String visitDecimal(SqlType.DecimalType type) {
        return "NUMERIC(" + type.precision() + ", " + type.scale() + ")";
    }

    @Override
    public String visitNumeric(SqlType.NumericType type) {
        return "NUMERIC";
    }

    @Override
    public String visitDouble(SqlType.DoubleType type) {
        return "DOUBLE PRECISION";
    }

    @Override
    public String visitDate(SqlType.DateType type) {
        return "DATE";
    }

    @Override
    public String visitDateTime(SqlType.DateTimeType type) {
        return "TIMESTAMP";
    }

    @Override
    public String visitTimestamp(SqlType.TimestampType type) {
        return "TIMESTAMP WITH TIME ZONE";
    }
}
