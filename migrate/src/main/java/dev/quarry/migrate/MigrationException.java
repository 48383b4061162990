package dev.quarry.migrate;

import dev.quarry.QuarryException;

/**
 * The migration runner refused or could not complete an operation: a migration out of order, a
 * revert without down scripts, a failed migration awaiting repair, a baseline on a used history.
 * The message names the migrations concerned and says what to do. Subclasses narrow the cause.
 */
public class MigrationException extends QuarryException {
    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
