package dev.quarry.jdbc.hooks;

import dev.quarry.jdbc.Transaction;
import dev.quarry.sql.Statement;

/**
 * Code that sees every statement built with the query language before it is rendered: queries,
 * counts, writes and DDL of a database, in every transaction. It returns the statement to run, the
 * one it was given or a replacement of the same kind (a query for a query, an insert for an insert
 * …), or throws to refuse it, and nothing is sent. Interceptors run in the order they were
 * registered, each given what the previous one returned, before the table hooks of a write. SQL
 * written by hand is not a statement tree and does not pass them.
 *
 * <p>Called on the thread that runs the statement, outside its connection, possibly from several
 * threads at once.
 */
@FunctionalInterface
public interface StatementInterceptor {
    /**
     * @param transaction the transaction the statement runs in
     * @param statement the statement about to run
     * @return the statement to run instead, usually {@code statement} itself
     */
    Statement intercept(Transaction transaction, Statement statement);
}
