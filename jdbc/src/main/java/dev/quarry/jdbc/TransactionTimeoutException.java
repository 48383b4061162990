package dev.quarry.jdbc;

import dev.quarry.QuarryException;
import org.jspecify.annotations.Nullable;

/**
 * A transaction ran longer than its timeout: the statement running at that moment was cancelled
 * on the server, and the transaction was rolled back.
 */
public class TransactionTimeoutException extends QuarryException {
    private static final long serialVersionUID = 1L;

    public TransactionTimeoutException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
