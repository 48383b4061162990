package dev.quarry.migrate;

/**
 * The migrations could not be read: a location that does not exist, a badly named {@code .sql}
 * file, two migrations of one version, a down script without its up script. The message names the
 * files and locations concerned. Nothing was run.
 */
public class MigrationSourceException extends MigrationException {
    private static final long serialVersionUID = 1L;

    public MigrationSourceException(String message) {
        super(message);
    }

    public MigrationSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
