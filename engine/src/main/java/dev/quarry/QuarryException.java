package dev.quarry;

import org.jspecify.annotations.Nullable;

/**
 * Base of every exception Quarry throws on purpose. Unchecked, so Java and Kotlin callers handle
 * it the same way. Messages name what was wrong and where (the table, column, statement or
 * dialect concerned).
 */
public class QuarryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QuarryException(String message) {
        super(message);
    }

    public QuarryException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
