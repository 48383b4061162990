package dev.quarry.policy;

import java.util.Objects;

/**
 * The name and type of one value in a {@link PolicyContext}, such as the current tenant. Keys
 * compare by name and type; declare each once as a constant. Immutable and thread-safe.
 *
 * @param name how errors and logs name the value
 * @param type the class of the value
 * @param <T> the type of the value
 */
public record PolicyKey<T>(String name, Class<T> type) {
    public PolicyKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a policy key needs a name");
        }
    }

    /** A key named {@code name} for values of {@code type}. */
    public static <T> PolicyKey<T> of(String name, Class<T> type) {
        return new PolicyKey<>(name, type);
    }

    @Override
    public String toString() {
        return name;
    }
}
