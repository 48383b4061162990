package dev.quarry.render;

import dev.quarry.sql.Computed;
import dev.quarry.sql.DecimalType;
import dev.quarry.sql.Expression;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * Decimal arithmetic made only of literals and bound values ({@code 0.06 - 0.01}), computed exactly
 * in {@link BigDecimal} while rendering and bound as its result. The database would otherwise
 * compute it in binary floating point where decimals are stored as doubles (SQLite), and
 * {@code price BETWEEN 0.06 - 0.01 AND 0.06 + 0.01} could then miss the rows that
 * {@code BETWEEN 0.05 AND 0.07} selects. Division is left to the database, as its quotient has no
 * exact scale.
 */
final class DecimalConstants {
    private DecimalConstants() {
    }

    /** The exact value of a constant decimal computation, or null if it is not one. */
    static @Nullable BigDecimal valueOf(Computed.Arithmetic<?> arithmetic) {
        if (!(arithmetic.sqlType() instanceof DecimalType type)) {
            return null;
        }
        BigDecimal left = constant(arithmetic.left());
        BigDecimal right = left == null ? null : constant(arithmetic.right());
        if (left == null || right == null) {
            return null;
        }
        BigDecimal result = switch (arithmetic.operator()) {
            case ADD -> left.add(right);
            case SUBTRACT -> left.subtract(right);
            case MULTIPLY -> left.multiply(right);
            case MODULO -> right.signum() == 0 ? null : left.remainder(right);
            case DIVIDE -> null;
        };
        if (result == null || result.scale() > type.scale()) {
            return null;
        }
        return result.setScale(type.scale());
    }

    private static @Nullable BigDecimal constant(Expression<?> expression) {
        Object value = expression instanceof Expression.Literal<?> literal ? literal.value()
                : expression instanceof Expression.Param<?> param ? param.value()
                : null;
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Integer || value instanceof Long) {
            return new BigDecimal(BigInteger.valueOf(((Number) value).longValue()));
        }
        if (expression instanceof Computed.Arithmetic<?> nested) {
            return valueOf(nested);
        }
        if (expression instanceof Computed.Negate<?> negate) {
            BigDecimal inner = constant(negate.operand());
            return inner == null ? null : inner.negate();
        }
        return null;
    }
}
