package dev.quarry.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * Work done inside a transaction that returns a result. It may throw; any exception rolls the
 * transaction back.
 */
@FunctionalInterface
public interface TransactionWork<R extends @Nullable Object> {
    R run(Transaction transaction) throws Exception;
}
