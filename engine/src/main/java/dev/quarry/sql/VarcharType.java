package dev.quarry.sql;

import org.jspecify.annotations.Nullable;

/** @param length the maximum number of characters, at least 1 */
public record VarcharType(int length) implements SqlType<String> {
    public VarcharType {
        if (length < 1) {
            throw new IllegalArgumentException("varchar length must be at least 1, got " + length);
        }
    }

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
        return visitor.visitVarchar(this);
    }

    @Override
    public @Nullable String violation(Object value) {
        String wrongClass = SqlType.super.violation(value);
        return wrongClass != null ? wrongClass : CharacterLimit.violation((String) value, length, "varchar");
    }
}
