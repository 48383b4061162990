package dev.quarry.sql;

import org.jspecify.annotations.Nullable;

public record TextType() implements SqlType<String> {
    @Override
    public SqlType.Category category() {
        return SqlType.Category.TEXT;
    }

    @Override
    public Class<String> javaType() {
        return String.class;
    }

    @Override
    public <R extends @Nullable Object> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitText(this);
    }
}
