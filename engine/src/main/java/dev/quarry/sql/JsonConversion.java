package dev.quarry.sql;

import org.jspecify.annotations.Nullable;

/**
 * One direction of a JSON library's mapping, which may throw a checked exception as Jackson's
 * {@code readValue} and {@code writeValueAsString} do: {@code mapper::writeValueAsString}. A failure
 * becomes an {@link dev.quarry.InvalidValueException} naming the column's type.
 *
 * @param <F> what is converted
 * @param <T> what it becomes
 */
@FunctionalInterface
public interface JsonConversion<F extends @Nullable Object, T extends @Nullable Object> {
    T convert(F value) throws Exception;
}
