package dev.quarry.sql;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** @param elementType the type of the elements; not itself an array */
public record ArrayType<E extends @Nullable Object>(SqlType<E> elementType) implements SqlType<List<@Nullable E>> {
    public ArrayType {
        switch (elementType.category()) {
            case INTEGER, FLOAT, DECIMAL, TEXT, BOOLEAN, UUID -> {
            }
            default -> throw new IllegalArgumentException("arrays of " + elementType
                    + " are not supported; elements are numbers, text, booleans or UUIDs");
        }
        if (elementType instanceof MappedType<?, ?>) {
            throw new IllegalArgumentException("arrays of mapped types are not supported, got " + elementType);
        }
    }

    @Override
    public SqlType.Category category() {
        return SqlType.Category.ARRAY;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Class<List<@Nullable E>> javaType() {
        return (Class<List<@Nullable E>>) (Class<?>) List.class;
    }

    @Override
    public <R extends @Nullable Object> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitArray(this);
    }

    @Override
    public @Nullable String violation(Object value) {
        String wrongClass = SqlType.super.violation(value);
        if (wrongClass != null) {
            return wrongClass;
        }
        List<?> elements = (List<?>) value;
        for (int i = 0; i < elements.size(); i++) {
            Object element = elements.get(i);
            String problem = element == null ? null : elementType.violation(element);
            if (problem != null) {
                return "element " + i + ": " + problem;
            }
        }
        return null;
    }
}
