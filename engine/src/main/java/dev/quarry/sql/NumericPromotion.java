package dev.quarry.sql;

import java.math.BigDecimal;

/**
 * The result type of arithmetic, the same on every dialect: integers stay integers (the wider of
 * the two), decimals keep an exact scale where one is known, a quotient of decimals is an
 * unconstrained {@link SqlType#NUMERIC}, and any double makes a double.
 */
final class NumericPromotion {
    private static final int MAX_PRECISION = 65;
    private static final int MAX_SCALE = 30;

    private NumericPromotion() {
    }

    static SqlType<?> resultOf(SqlType<?> left, ArithmeticOperator operator, SqlType<?> right) {
        SqlType.Category l = left.category();
        SqlType.Category r = right.category();
        if (!l.isNumeric() || !r.isNumeric()) {
            throw new IllegalArgumentException("arithmetic needs numeric operands, got " + left + " and " + right);
        }
        if (l == SqlType.Category.FLOAT || r == SqlType.Category.FLOAT) {
            return SqlType.DOUBLE;
        }
        if (l == SqlType.Category.INTEGER && r == SqlType.Category.INTEGER) {
            return left instanceof BigIntType || right instanceof BigIntType ? SqlType.BIGINT : SqlType.INTEGER;
        }
        if (operator == ArithmeticOperator.DIVIDE
                || left instanceof NumericType || right instanceof NumericType) {
            return SqlType.NUMERIC;
        }
        DecimalType a = asDecimal(left);
        DecimalType b = asDecimal(right);
        return switch (operator) {
            case ADD, SUBTRACT -> decimal(Math.max(a.precision() - a.scale(), b.precision() - b.scale()) + 1,
                    Math.max(a.scale(), b.scale()));
            case MULTIPLY -> decimal(a.precision() - a.scale() + b.precision() - b.scale(), a.scale() + b.scale());
            case MODULO -> decimal(Math.max(a.precision() - a.scale(), b.precision() - b.scale()),
                    Math.max(a.scale(), b.scale()));
            case DIVIDE -> SqlType.NUMERIC;
        };
    }

    /** The type a numeric Java value is bound as when it meets an expression of another numeric type. */
    static SqlType<?> typeOfValue(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return SqlType.INTEGER;
        }
        if (value instanceof Long) {
            return SqlType.BIGINT;
        }
        if (value instanceof BigDecimal decimal) {
            int scale = Math.max(decimal.scale(), 0);
            return SqlType.decimal(Math.max(decimal.precision(), scale + 1), scale);
        }
        if (value instanceof Double || value instanceof Float) {
            return SqlType.DOUBLE;
        }
        throw new IllegalArgumentException("not a number for arithmetic: " + value + " (" + value.getClass().getName() + ")");
    }

    private static DecimalType asDecimal(SqlType<?> type) {
        if (type instanceof DecimalType decimal) {
            return decimal;
        }
        return new DecimalType(type instanceof BigIntType ? 19 : 10, 0);
    }

    private static DecimalType decimal(int integerDigits, int scale) {
        int boundedScale = Math.min(scale, MAX_SCALE);
        int precision = Math.min(Math.max(integerDigits, 1) + boundedScale, MAX_PRECISION);
        return new DecimalType(precision, Math.min(boundedScale, precision));
    }
}
