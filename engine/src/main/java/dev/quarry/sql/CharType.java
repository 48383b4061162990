package dev.quarry.sql;

import org.jspecify.annotations.Nullable;

/** @param length the fixed number of characters, 1 to 255 (MySQL's limit) */
public record CharType(int length) implements SqlType<String> {
    public CharType {
        if (length < 1 || length > 255) {
            throw new IllegalArgumentException("char length must be 1..255, got " + length);
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
        return visitor.visitChar(this);
    }

    @Override
    public @Nullable String violation(Object value) {
        String wrongClass = SqlType.super.violation(value);
        return wrongClass != null ? wrongClass : CharacterLimit.violation((String) value, length, "char");
    }
}
