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
    public <R> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitVarchar(this);
    }

    @Override
    public @Nullable String violation(Object value) {
        String wrongClass = SqlType.super.violation(value);
        if (wrongClass != null) {
            return wrongClass;
        }
        String text = (String) value;
        int characters = text.codePointCount(0, text.length());
        return characters > length
                ? "a string of " + characters + " characters does not fit varchar(" + length + ")"
                : null;
    }
}
