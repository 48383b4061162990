package dev.quarry.jdbc;

import dev.quarry.QuarryException;

/** A query expected to return at most one row returned more. */
public class TooManyRowsException extends QuarryException {
    private static final long serialVersionUID = 1L;

    public TooManyRowsException(String message) {
        super(message);
    }
}
