package dev.quarry.sql;

import org.jspecify.annotations.Nullable;

public record BigIntType() implements SqlType<Long> {
    @Override
    public SqlType.Category category() {
        return SqlType.Category.INTEGER;
    }

    @Override
    public Class<Long> javaType() {
        return Long.class;
    }

    @Override
    public <R extends @Nullable Object> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitBigInt(this);
    }
}
