package dev.quarry.jdbc;

import dev.quarry.QuarryException;

/**
 * No connection became free within the configured connection timeout: every pooled connection is
 * held by another transaction.
 */
public class ConnectionUnavailableException extends QuarryException {
    private static final long serialVersionUID = 1L;

    public ConnectionUnavailableException(String message) {
        super(message);
    }
}
