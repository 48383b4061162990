package dev.quarry.migrate;

/**
 * Another runner held the migration lock of the database for longer than the lock timeout. Nothing
 * was run; try again when the other runner has finished, or raise the timeout.
 */
public class MigrationLockException extends MigrationException {
    private static final long serialVersionUID = 1L;

    public MigrationLockException(String message) {
        super(message);
    }

    public MigrationLockException(String message, Throwable cause) {
        super(message, cause);
    }
}
