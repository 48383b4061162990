package dev.quarry.sql;

import org.jspecify.annotations.Nullable;

public record BinaryType() implements SqlType<byte[]> {
    @Override
    public SqlType.Category category() {
        return SqlType.Category.BINARY;
    }

    @Override
    public Class<byte[]> javaType() {
        return byte[].class;
    }

    @Override
    public <R extends @Nullable Object> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitBinary(this);
    }
}
