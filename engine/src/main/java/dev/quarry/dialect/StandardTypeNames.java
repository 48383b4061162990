package dev.quarry.dialect;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.sql.ArrayType;
import dev.quarry.sql.BigIntType;
import dev.quarry.sql.BinaryType;
import dev.quarry.sql.BooleanType;
import dev.quarry.sql.CharType;
import dev.quarry.sql.DateTimeType;
import dev.quarry.sql.DateType;
import dev.quarry.sql.DecimalType;
import dev.quarry.sql.DoubleType;
import dev.quarry.sql.IntegerType;
import dev.quarry.sql.JsonType;
import dev.quarry.sql.NativeEnumType;
import dev.quarry.sql.NumericType;
import dev.quarry.sql.RealType;
import dev.quarry.sql.SmallIntType;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.TextType;
import dev.quarry.sql.TimeType;
import dev.quarry.sql.TimestampType;
import dev.quarry.sql.UuidType;
import dev.quarry.sql.VarcharType;

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
    public String visitInteger(IntegerType type) {
        return "INTEGER";
    }

    @Override
    public String visitBigInt(BigIntType type) {
        return "BIGINT";
    }

    @Override
    public String visitVarchar(VarcharType type) {
        return "VARCHAR(" + type.length() + ")";
    }

    @Override
    public String visitText(TextType type) {
        return "TEXT";
    }

    @Override
    public String visitBoolean(BooleanType type) {
        return "BOOLEAN";
    }

    @Override
    public String visitDecimal(DecimalType type) {
        return "NUMERIC(" + type.precision() + ", " + type.scale() + ")";
    }

    @Override
    public String visitNumeric(NumericType type) {
        return "NUMERIC";
    }

    @Override
    public String visitDouble(DoubleType type) {
        return "DOUBLE PRECISION";
    }

    @Override
    public String visitDate(DateType type) {
        return "DATE";
    }

    @Override
    public String visitDateTime(DateTimeType type) {
        return "TIMESTAMP";
    }

    @Override
    public String visitTimestamp(TimestampType type) {
        return "TIMESTAMP WITH TIME ZONE";
    }

    @Override
    public String visitSmallInt(SmallIntType type) {
        return "SMALLINT";
    }

    @Override
    public String visitReal(RealType type) {
        return "REAL";
    }

    @Override
    public String visitChar(CharType type) {
        return "CHAR(" + type.length() + ")";
    }

    @Override
    public String visitBinary(BinaryType type) {
        return "BLOB";
    }

    @Override
    public String visitUuid(UuidType type) {
        return "UUID";
    }

    @Override
    public String visitTime(TimeType type) {
        return "TIME";
    }

    @Override
    public String visitJson(JsonType type) {
        return "JSON";
    }

    @Override
    public String visitNativeEnum(NativeEnumType<?> type) {
        throw unsupported("native enum type " + type.typeName(), "store " + type.enumClass().getSimpleName()
                + " by name or by ordinal instead");
    }

    @Override
    public String visitArray(ArrayType<?> type) {
        throw unsupported("array column type", "arrays are available on PostgreSQL only");
    }

    /** The error for a type this dialect cannot store. */
    protected final UnsupportedFeatureException unsupported(String feature, String advice) {
        return new UnsupportedFeatureException(feature, dialectName, advice);
    }
}
