package dev.quarry.jdbc;

import dev.quarry.QuarryException;

/** A {@link Database} was used after {@link Database#close()}. */
public class DatabaseClosedException extends QuarryException {
    private static final long serialVersionUID = 1L;

    public DatabaseClosedException(String databaseName) {
        super("database '" + databaseName + "' is closed");
    }
}
