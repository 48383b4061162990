package dev.quarry.migrate;

/**
 * One direction of a code migration, written as a lambda:
 * {@code context -> context.execute("UPDATE users SET active = ?", true)}. It runs on the runner's
 * connection and must not commit, roll back or change the connection's auto-commit mode; the
 * runner decides the transaction.
 */
@FunctionalInterface
public interface MigrationStep {

    /** Changes the database; any exception fails the migration. */
    void run(MigrationContext context) throws Exception;
}
