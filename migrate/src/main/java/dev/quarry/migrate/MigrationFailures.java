package dev.quarry.migrate;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Turns a failure while running a migration into a {@link MigrationFailedException} whose message
 * names the migration, the failing statement and the database's message, and says what remains.
 */
final class MigrationFailures {
    static final int STATEMENT_PREVIEW = 200;

    private final ResolvedMigration migration;
    private final MigrationAction action;
    private final boolean reverting;
    private final @Nullable String statement;
    private final int statementsRun;
    private final String databaseMessage;
    private final Throwable failure;

    MigrationFailures(ResolvedMigration migration, boolean reverting, MigrationContext context, Throwable failure) {
        this.migration = migration;
        this.action = reverting && migration.down() != null ? migration.down() : migration.up();
        this.reverting = reverting;
        this.statement = failure instanceof StatementCheckFailure check ? check.statement()
                : context.runningStatement();
        this.statementsRun = context.statementsRun();
        this.databaseMessage = databaseMessage(failure);
        this.failure = failure;
    }

    /** The failure of a migration whose transaction was rolled back. */
    MigrationFailedException rolledBack() {
        String outcome = (reverting ? "The revert was rolled back: the migration stays applied"
                : "The migration was rolled back: nothing of it remains")
                + " and the history is unchanged; fix the "
                + (migration.kind() == MigrationKind.CODE ? "code" : "script")
                + " and run " + (reverting ? "down" : "up") + " again.";
        return exception(summary() + "\n" + outcome, false);
    }

    /** The failure of a migration that ran outside a transaction and is now recorded as failed. */
    MigrationFailedException recorded(String databaseName) {
        String why = action.transactional() ? databaseName + " commits DDL at once, so"
                : "the " + (reverting ? "revert" : "migration") + " runs outside a transaction"
                        + " (-- " + SqlScript.NO_TRANSACTION_DIRECTIVE + "), so";
        String outcome = why + " " + statementsRunBefore() + ". The history table records migration "
                + migration.version() + " as failed, and up and down are refused until it is repaired. "
                + (reverting ? "Finish the revert by hand so that none of its changes remain, then run repair"
                        + " (which deletes its history row, so it counts as not applied)."
                        : FailedRuns.REPAIR_ADVICE);
        return exception(summary() + "\n" + outcome, true);
    }

    private String statementsRunBefore() {
        return switch (statementsRun) {
            case 0 -> "nothing had run before the failure";
            case 1 -> "the 1 statement run before the failure stays applied";
            default -> "the " + statementsRun + " statements run before the failure stay applied";
        };
    }

    /** What the history table records about the failure. */
    String historyMessage() {
        return (reverting ? "revert failed" : "failed") + " after " + statementsRun + " statement"
                + (statementsRun == 1 ? "" : "s") + " had run"
                + (statement == null ? "" : ", at: " + preview(statement)) + ": " + databaseMessage;
    }

    private String summary() {
        String where = statement == null ? " in " + action.source()
                : " in " + action.source() + " at statement " + (statementsRun + 1) + ": " + preview(statement);
        return (reverting ? "reverting migration " : "migration ") + migration.label() + " failed" + where
                + "\n  database says: " + databaseMessage;
    }

    private MigrationFailedException exception(String message, boolean recorded) {
        return new MigrationFailedException(message, migration.version(), migration.description(), statement,
                databaseMessage, recorded, failure);
    }

    /** The first 200 characters of a statement, its blanks collapsed. */
    static String preview(String statement) {
        String oneLine = statement.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= STATEMENT_PREVIEW ? oneLine : oneLine.substring(0, STATEMENT_PREVIEW) + "…";
    }

    private static String databaseMessage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException && cause.getMessage() != null) {
                return cause.getMessage().strip();
            }
        }
        return failure.toString();
    }
}
