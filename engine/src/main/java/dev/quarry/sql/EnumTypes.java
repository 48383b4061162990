package dev.quarry.sql;

import java.util.Arrays;
import java.util.List;

/**
 * The by-name and by-ordinal types of enums, built once per enum class so that every column of
 * the same enum shares one equal type. Thread-safe.
 */
final class EnumTypes {
    private static final ClassValue<SqlType<?>> BY_NAME = new ClassValue<>() {
        @Override
        protected SqlType<?> computeValue(Class<?> type) {
            return byNameOf(type.asSubclass(Enum.class));
        }
    };
    private static final ClassValue<SqlType<?>> BY_ORDINAL = new ClassValue<>() {
        @Override
        protected SqlType<?> computeValue(Class<?> type) {
            return byOrdinalOf(type.asSubclass(Enum.class));
        }
    };

    private EnumTypes() {
    }

    @SuppressWarnings("unchecked")
    static <E extends Enum<E>> SqlType<E> byName(Class<E> enumClass) {
        return (SqlType<E>) BY_NAME.get(requireEnum(enumClass));
    }

    @SuppressWarnings("unchecked")
    static <E extends Enum<E>> SqlType<E> byOrdinal(Class<E> enumClass) {
        return (SqlType<E>) BY_ORDINAL.get(requireEnum(enumClass));
    }

    /** The constants' names in declaration order. */
    static List<String> names(Class<? extends Enum<?>> enumClass) {
        return Arrays.stream(enumClass.getEnumConstants()).map(Enum::name).toList();
    }

    private static <E extends Enum<E>> Class<E> requireEnum(Class<E> enumClass) {
        if (!enumClass.isEnum() || enumClass.getEnumConstants().length == 0) {
            throw new IllegalArgumentException(enumClass.getName() + " is not an enum with constants");
        }
        return enumClass;
    }

    private static <E extends Enum<E>> SqlType<E> byNameOf(Class<E> enumClass) {
        int longest = names(enumClass).stream().mapToInt(name -> name.codePointCount(0, name.length())).max().orElse(1);
        return SqlType.mapped(enumClass.getSimpleName() + " by name", enumClass, SqlType.varchar(longest),
                name -> constantNamed(enumClass, name), Enum::name);
    }

    private static <E extends Enum<E>> SqlType<E> byOrdinalOf(Class<E> enumClass) {
        E[] constants = enumClass.getEnumConstants();
        return SqlType.mapped(enumClass.getSimpleName() + " by ordinal", enumClass, SqlType.SMALLINT, ordinal -> {
            if (ordinal < 0 || ordinal >= constants.length) {
                throw new IllegalArgumentException("ordinal " + ordinal + " is not one of " + enumClass.getSimpleName()
                        + "'s 0.." + (constants.length - 1));
            }
            return constants[ordinal];
        }, constant -> (short) constant.ordinal());
    }

    /** The constant of a stored name, with a clear error for a name the enum does not have. */
    static <E extends Enum<E>> E constantNamed(Class<E> enumClass, String name) {
        for (E constant : enumClass.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a constant of " + enumClass.getSimpleName()
                + " " + names(enumClass));
    }
}
