package dev.quarry.sql;

import org.jspecify.annotations.Nullable;

/** Finite values only, as for {@link DoubleType}. */
public record RealType() implements SqlType<Float> {
    @Override
    public SqlType.Category category() {
        return SqlType.Category.FLOAT;
    }

    @Override
    public Class<Float> javaType() {
        return Float.class;
    }

    @Override
    public <R extends @Nullable Object> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitReal(this);
    }

    @Override
    public @Nullable String violation(Object value) {
        String wrongClass = SqlType.super.violation(value);
        if (wrongClass != null) {
            return wrongClass;
        }
        return Float.isFinite((Float) value) ? null : value + " is not a finite number";
    }
}
