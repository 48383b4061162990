package dev.quarry.jdbc.internal;

import dev.quarry.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;

/** Codecs for numbers, strings and booleans. Primitive getters are checked with {@code wasNull()}. */
final class ScalarCodecs {
    static final ValueCodec<Integer> INTEGER = ValueCodec.of(Types.INTEGER,
            (statement, index, value) -> statement.setInt(index, value),
            (resultSet, index) -> {
                int value = resultSet.getInt(index);
                return value == 0 && resultSet.wasNull() ? null : value;
            });

    static final ValueCodec<Long> BIGINT = ValueCodec.of(Types.BIGINT,
            (statement, index, value) -> statement.setLong(index, value),
            (resultSet, index) -> {
                long value = resultSet.getLong(index);
                return value == 0 && resultSet.wasNull() ? null : value;
            });

    static final ValueCodec<String> STRING = ValueCodec.of(Types.VARCHAR,
            (statement, index, value) -> statement.setString(index, value),
            (resultSet, index) -> resultSet.getString(index));

    static final ValueCodec<Boolean> BOOLEAN = ValueCodec.of(Types.BOOLEAN,
            (statement, index, value) -> statement.setBoolean(index, value),
            (resultSet, index) -> {
                boolean value = resultSet.getBoolean(index);
                return !value && resultSet.wasNull() ? null : value;
            });

    static final ValueCodec<Double> DOUBLE = ValueCodec.of(Types.DOUBLE,
            (statement, index, value) -> statement.setDouble(index, value),
            (resultSet, index) -> {
                double value = resultSet.getDouble(index);
                return value == 0 && resultSet.wasNull() ? null : value;
            });

    /** Unconstrained decimals, read in their shortest form so every dialect gives the same value. */
    static final ValueCodec<BigDecimal> NUMERIC = ValueCodec.of(Types.NUMERIC,
            (statement, index, value) -> statement.setBigDecimal(index, value),
            (resultSet, index) -> shortest(resultSet.getBigDecimal(index)));

    /** Unconstrained decimals where decimals are floats (SQLite). */
    static final ValueCodec<BigDecimal> NUMERIC_AS_DOUBLE = ValueCodec.of(Types.DOUBLE,
            (statement, index, value) -> statement.setDouble(index, exactDouble(value)),
            (resultSet, index) -> {
                double value = resultSet.getDouble(index);
                return value == 0 && resultSet.wasNull() ? null : shortest(BigDecimal.valueOf(value));
            });

    private ScalarCodecs() {
    }

    private static BigDecimal shortest(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The double of a decimal, refused when a double cannot hold it exactly. */
    private static double exactDouble(BigDecimal value) {
        double number = value.doubleValue();
        if (BigDecimal.valueOf(number).compareTo(value) != 0) {
            throw new InvalidValueException(value.toPlainString() + " has more significant digits than"
                    + " SQLite keeps: it stores decimals as 8-byte floating point and would store "
                    + BigDecimal.valueOf(number).toPlainString());
        }
        return number;
    }

    /** Exact decimals bound as BigDecimal and read back with the column's scale. */
    static ValueCodec<BigDecimal> decimal(int scale) {
        return ValueCodec.of(Types.DECIMAL,
                (statement, index, value) -> statement.setBigDecimal(index, value),
                (resultSet, index) -> {
                    BigDecimal value = resultSet.getBigDecimal(index);
                    return value == null ? null : value.setScale(scale, RoundingMode.HALF_EVEN);
                });
    }

    /**
     * Decimals bound as doubles, for SQLite, whose driver would bind a BigDecimal as text (and text
     * never equals a number in SQLite). A value a double cannot hold exactly is refused.
     */
    static ValueCodec<BigDecimal> decimalAsDouble(int scale) {
        return ValueCodec.of(Types.DOUBLE,
                (statement, index, value) -> statement.setDouble(index, exactDouble(value)),
                (resultSet, index) -> {
                    double value = resultSet.getDouble(index);
                    return value == 0 && resultSet.wasNull()
                            ? null
                            : BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN);
                });
    }
}
