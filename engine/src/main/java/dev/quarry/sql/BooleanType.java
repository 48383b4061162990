package dev.quarry.sql;

import org.jspecify.annotations.Nullable;

public record BooleanType() implements SqlType<Boolean> {
    @Override
    public SqlType.Category category() {
        return SqlType.Category.BOOLEAN;
    }

    @Override
    public Class<Boolean> javaType() {
        return Boolean.class;
    }

    @Override
    public <R extends @Nullable Object> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitBoolean(this);
    }
}
