package dev.quarry.sql;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * @param enumClass the enum whose constant names are the type's labels, in declaration order
 * @param typeName the PostgreSQL type's name
 */
public record NativeEnumType<E extends Enum<E>>(Class<E> enumClass, String typeName) implements SqlType<E> {
    public NativeEnumType {
        Identifiers.requireValid(typeName, "enum type name");
        if (enumClass.getEnumConstants().length == 0) {
            throw new IllegalArgumentException("enum " + enumClass.getName() + " has no constants");
        }
    }

    /** The labels, in declaration order. */
    public List<String> labels() {
        return EnumTypes.names(enumClass);
    }

    /** The constant with this label; a clear error for a label the enum lacks. */
    public E constantNamed(String label) {
        return EnumTypes.constantNamed(enumClass, label);
    }

    @Override
    public SqlType.Category category() {
        return SqlType.Category.ENUM;
    }

    @Override
    public Class<E> javaType() {
        return enumClass;
    }

    @Override
    public <R extends @Nullable Object> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitNativeEnum(this);
    }
}
