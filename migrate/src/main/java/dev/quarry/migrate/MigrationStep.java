package dev.quarry.migrate;

/**
 * One direction of a code migration, written as a lambda:
 * {@code context -> context.execute("UPDATE users SET active = ?", true)}. It runs on the runner's
 * connection and must not commit, roll back or change the connection's auto-commit mode; the
 * runner decides the transaction. A step may run on any thread, one run at a time per runner;
 * keep it free of shared mutable state.
 */
@FunctionalInterface
public interface MigrationStep {

    /** Changes the database; any exception fails the migration. */
    void run(MigrationContext context) throws Exception;
}
