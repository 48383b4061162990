package dev.quarry.jdbc;

/**
 * Work done inside a transaction that returns a result. It may throw; any exception rolls the
 * transaction back.
 */
@FunctionalInterface
public interface TransactionWork<R> {
    R run(Transaction transaction) throws Exception;
}
