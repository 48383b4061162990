package dev.quarry.sql;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A user's type stored as another: see {@link SqlType#mapped}. Equal only to itself (the
 * conversions are functions), so declare each mapped type once and reuse it.
 *
 * @param name what the type is called in messages
 */
public record MappedType<T extends @Nullable Object, S extends @Nullable Object>(String name, Class<T> javaType, SqlType<S> storage,
        Function<? super S, ? extends T> fromStorage, Function<? super T, ? extends S> toStorage)
        implements SqlType<T> {
    @Override
    public SqlType.Category category() {
        return storage.category();
    }

    @Override
    public <R extends @Nullable Object> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitMapped(this);
    }

    /** The stored form of a value. */
    @SuppressWarnings("unchecked")
    public S store(Object value) {
        return toStorage.apply((T) value);
    }

    /** The value of a stored form. */
    public T load(S stored) {
        return fromStorage.apply(stored);
    }

    @Override
    public @Nullable String violation(Object value) {
        String wrongClass = SqlType.super.violation(value);
        if (wrongClass != null) {
            return wrongClass;
        }
        S stored;
        try {
            stored = store(value);
        } catch (RuntimeException conversionFailed) {
            return value + " cannot be stored as " + name + ": " + conversionFailed.getMessage();
        }
        return stored == null ? value + " is stored as null by " + name : storage.violation(stored);
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return name + " stored as " + storage;
    }
}
