package dev.quarry.sql;

import org.jspecify.annotations.Nullable;

public record SmallIntType() implements SqlType<Short> {
    @Override
    public SqlType.Category category() {
        return SqlType.Category.INTEGER;
    }

    @Override
    public Class<Short> javaType() {
        return Short.class;
    }

    @Override
    public <R extends @Nullable Object> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitSmallInt(this);
    }
}
