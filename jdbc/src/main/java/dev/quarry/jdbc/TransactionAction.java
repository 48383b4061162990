package dev.quarry.jdbc;

/** Work done inside a transaction without a result; see {@link TransactionWork}. */
@FunctionalInterface
public interface TransactionAction {
    void run(Transaction transaction) throws Exception;
}
