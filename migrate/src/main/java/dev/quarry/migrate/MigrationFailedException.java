package dev.quarry.migrate;

import org.jspecify.annotations.Nullable;

/**
 * A migration (or its revert) failed while running. The message names the version, the
 * description, the failing statement (its first 200 characters) and the database's message, and
 * says what remains: on databases with transactional DDL nothing of the migration remains and
 * nothing is recorded; otherwise the statements before the failing one stay applied, the history
 * records the migration as failed, and further runs are refused until it is repaired.
 */
public class MigrationFailedException extends MigrationException {
    private static final long serialVersionUID = 1L;

    private final long version;
    private final String description;
    private final @Nullable String statement;
    private final String databaseMessage;
    private final boolean recordedAsFailed;

    public MigrationFailedException(String message, long version, String description, @Nullable String statement,
            String databaseMessage, boolean recordedAsFailed, Throwable cause) {
        super(message, cause);
        this.version = version;
        this.description = description;
        this.statement = statement;
        this.databaseMessage = databaseMessage;
        this.recordedAsFailed = recordedAsFailed;
    }

    /** The version of the migration that failed. */
    public long version() {
        return version;
    }

    public String description() {
        return description;
    }

    /** The statement that failed, or null if the failure was not in a statement (code of a code migration). */
    public @Nullable String statement() {
        return statement;
    }

    /** What the database (or the code migration) reported. */
    public String databaseMessage() {
        return databaseMessage;
    }

    /**
     * Whether the history now records the migration as failed, which blocks further runs until
     * {@link Migrator#repair()}; false when the failure was rolled back completely.
     */
    public boolean recordedAsFailed() {
        return recordedAsFailed;
    }
}
