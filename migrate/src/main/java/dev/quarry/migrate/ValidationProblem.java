package dev.quarry.migrate;

import java.util.Objects;

/**
 * One disagreement between the migrations and the history table. Immutable.
 *
 * @param kind what kind of problem
 * @param version the migration concerned
 * @param message the problem in words, naming the migration and its file
 */
public record ValidationProblem(Kind kind, long version, String message) {

    /** The kinds of problems. */
    public enum Kind {
        /** An applied script was changed afterwards. */
        CHECKSUM_MISMATCH,
        /** An applied migration is no longer in any location or among the code migrations. */
        MISSING,
        /** A run failed and awaits repair. */
        FAILED,
        /** A pending migration is older than the newest applied one. */
        OUT_OF_ORDER
    }

    public ValidationProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
