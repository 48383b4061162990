package dev.quarry.opentelemetry.internal;

import java.util.Locale;

/**
 * The names of an enum's constants in lower case, computed once, for attribute values written on
 * every transaction. Immutable and thread-safe.
 */
public final class LowerCaseNames<E extends Enum<E>> {
    private final String[] names;

    public LowerCaseNames(Class<E> type) {
        E[] constants = type.getEnumConstants();
        names = new String[constants.length];
        for (E constant : constants) {
            names[constant.ordinal()] = constant.name().toLowerCase(Locale.ROOT);
        }
    }

    /** The constant's name in lower case. */
    public String of(E constant) {
        return names[constant.ordinal()];
    }
}
