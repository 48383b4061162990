package dev.quarry.sql;

import org.jspecify.annotations.Nullable;

/** Finite values only: NaN and infinities have no portable SQL form. */
public record DoubleType() implements SqlType<Double> {
    @Override
    public SqlType.Category category() {
        return SqlType.Category.FLOAT;
    }

    @Override
    public Class<Double> javaType() {
        return Double.class;
    }

    @Override
    public <R extends @Nullable Object> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitDouble(this);
    }

    @Override
    public @Nullable String violation(Object value) {
        String wrongClass = SqlType.super.violation(value);
        if (wrongClass != null) {
            return wrongClass;
        }
        return Double.isFinite((Double) value) ? null : value + " is not a finite number";
    }
}
