package dev.quarry.dialect;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.sql.SqlType;

/**
 * The SQL standard's DDL names of the types, used as they are by PostgreSQL and SQLite. In SQLite
 * the names also decide the column affinity: INTEGER for the integers, TEXT for strings, NUMERIC
 * for decimals, booleans and date-times (stored there as text, which NUMERIC leaves alone).
 * Dialects that differ override single names; types a dialect lacks are a clear error naming it.
 * Stateless.
 */
public class StandardTypeNames implements SqlType.Visitor<String> {
    private final String dialectName;

    /** @param dialectName the dialect named in errors for types it lacks */
    public StandardTypeNames(String dialectName) {
        this.dialectName = dialectName;
    }

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

    @Override
    public String visitSmallInt(SqlType.SmallIntType type) {
        return "SMALLINT";
    }

    @Override
    public String visitReal(SqlType.RealType type) {
        return "REAL";
    }

    @Override
    public String visitChar(SqlType.CharType type) {
        return "CHAR(" + type.length() + ")";
    }

    @Override
    public String visitBinary(SqlType.BinaryType type) {
        return "BLOB";
    }

    @Override
    public String visitUuid(SqlType.UuidType type) {
        return "UUID";
    }

    @Override
    public String visitTime(SqlType.TimeType type) {
        return "TIME";
    }

    @Override
    public String visitJson(SqlType.JsonType type) {
        return "JSON";
    }

    @Override
    public String visitNativeEnum(SqlType.NativeEnumType<?> type) {
        throw unsupported("native enum type " + type.typeName(), "store " + type.enumClass().getSimpleName()
                + " by name or by ordinal instead");
    }

    @Override
    public String visitArray(SqlType.ArrayType<?> type) {
        throw unsupported("array column type", "arrays are available on PostgreSQL only");
    }

    /** The error for a type this dialect cannot store. */
    protected final UnsupportedFeatureException unsupported(String feature, String advice) {
        return new UnsupportedFeatureException(feature, dialectName, advice);
    }
}
