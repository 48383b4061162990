package dev.quarry.sql;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * @param precision total significant digits, 1 to 65 (the smallest maximum of the dialects)
 * @param scale digits after the decimal point, 0 to {@code precision}
 */
public record DecimalType(int precision, int scale) implements SqlType<BigDecimal> {
    public DecimalType {
        if (precision < 1 || precision > 65) {
            throw new IllegalArgumentException("decimal precision must be 1..65, got " + precision);
        }
        if (scale < 0 || scale > precision) {
            throw new IllegalArgumentException(
                    "decimal scale must be 0.." + precision + ", got " + scale);
        }
    }

    @Override
    public SqlType.Category category() {
        return SqlType.Category.DECIMAL;
    }

    @Override
    public Class<BigDecimal> javaType() {
        return BigDecimal.class;
    }

    @Override
    public <R extends @Nullable Object> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitDecimal(this);
    }

    @Override
    public @Nullable String violation(Object value) {
        String wrongClass = SqlType.super.violation(value);
        if (wrongClass != null) {
            return wrongClass;
        }
        BigDecimal number = (BigDecimal) value;
        if (number.scale() > scale && number.stripTrailingZeros().scale() > scale) {
            return number.toPlainString() + " has more than " + scale
                    + " digits after the point for decimal(" + precision + "," + scale + ")";
        }
        int integerDigits = number.precision() - number.scale();
        if (integerDigits > precision - scale) {
            return number.toPlainString() + " has more than " + (precision - scale)
                    + " digits before the point for decimal(" + precision + "," + scale + ")";
        }
        return null;
    }
}
