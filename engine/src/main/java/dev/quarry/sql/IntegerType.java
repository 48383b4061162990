package dev.quarry.sql;

import org.jspecify.annotations.Nullable;

public record IntegerType() implements SqlType<Integer> {
    @Override
    public SqlType.Category category() {
        return SqlType.Category.INTEGER;
    }

    @Override
    public Class<Integer> javaType() {
        return Integer.class;
    }

    @Override
    public <R extends @Nullable Object> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitInteger(this);
    }
}
