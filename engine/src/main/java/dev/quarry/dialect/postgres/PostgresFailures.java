package dev.quarry.dialect.postgres;

import dev.quarry.dialect.DatabaseFailure;
import dev.quarry.dialect.DatabaseFailure.Kind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** PostgreSQL's failures by SQLSTATE; constraint and column names from its (English) messages. */
final class PostgresFailures {
    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([^\"]+)\"");
    private static final Pattern COLUMN = Pattern.compile("column \"([^\"]+)\"");
    private static final Pattern YUGABYTE_RETRY = Pattern.compile("Restart read required|Try again|Transaction aborted|expired or aborted by a conflict");

    private PostgresFailures() {
    }

    static DatabaseFailure classify(@Nullable String sqlState, String message) {
        if (sqlState == null) {
            return DatabaseFailure.of(Kind.OTHER);
        }
        return switch (sqlState) {
            case "23505" -> new DatabaseFailure(Kind.UNIQUE_VIOLATION, first(CONSTRAINT, message), null);
            case "23503" -> new DatabaseFailure(Kind.FOREIGN_KEY_VIOLATION, first(CONSTRAINT, message), null);
            case "23514" -> new DatabaseFailure(Kind.CHECK_VIOLATION, first(CONSTRAINT, message), null);
            case "23502" -> new DatabaseFailure(Kind.NOT_NULL_VIOLATION, null, first(COLUMN, message));
            case "40001" -> DatabaseFailure.of(Kind.SERIALIZATION_FAILURE);
            case "40P01" -> DatabaseFailure.of(Kind.DEADLOCK);
            case "55P03" -> DatabaseFailure.of(Kind.LOCK_TIMEOUT);
            // Class 08, and the server ending the session: by an administrator or a shutdown, after another backend crashed, while starting.
            case "57P01", "57P02", "57P03" -> DatabaseFailure.of(Kind.CONNECTION_LOST);
            // YugabyteDB releases that report a read restart or an aborted conflict as an internal error.
            case "XX000" -> DatabaseFailure.of(YUGABYTE_RETRY.matcher(message).find() ? Kind.SERIALIZATION_FAILURE : Kind.OTHER);
            default -> DatabaseFailure.of(sqlState.startsWith("08") ? Kind.CONNECTION_LOST : Kind.OTHER);
        };
    }

    private static @Nullable String first(Pattern pattern, String message) {
        Matcher matcher = pattern.matcher(message);
        return matcher.find() ? matcher.group(1) : null;
    }
}
