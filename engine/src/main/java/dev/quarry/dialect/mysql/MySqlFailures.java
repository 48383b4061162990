package dev.quarry.dialect.mysql;

import dev.quarry.dialect.DatabaseFailure;
import dev.quarry.dialect.DatabaseFailure.Kind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** MySQL's and MariaDB's failures by vendor code; constraint and column names from their messages. */
final class MySqlFailures {
    /** {@code for key 'uq_users_name'}, or MySQL 8's {@code for key 'users.uq_users_name'}. */
    private static final Pattern DUPLICATE_KEY = Pattern.compile("for key '(?:[^'.]*\\.)?([^']+)'");
    private static final Pattern FOREIGN_KEY = Pattern.compile("CONSTRAINT `([^`]+)` FOREIGN KEY \\(`([^`]+)`");
    /** MariaDB's {@code CONSTRAINT `ck` failed}, MySQL's {@code Check constraint 'ck' is violated}. */
    private static final Pattern CHECK = Pattern.compile("CONSTRAINT `([^`]+)` failed|[Cc]heck constraint '([^']+)'");
    /** {@code Column 'name' cannot be null}, {@code Field 'name' doesn't have a default value}. */
    private static final Pattern COLUMN = Pattern.compile("(?:Column|Field) '([^']+)'");

    private MySqlFailures() {
    }

    static DatabaseFailure classify(@Nullable String sqlState, int vendorCode, String message) {
        return switch (vendorCode) {
            case 1062 -> new DatabaseFailure(Kind.UNIQUE_VIOLATION, group(DUPLICATE_KEY, message, 1), null);
            case 1451, 1452 -> new DatabaseFailure(Kind.FOREIGN_KEY_VIOLATION, group(FOREIGN_KEY, message, 1),
                    group(FOREIGN_KEY, message, 2));
            case 3819, 4025 -> new DatabaseFailure(Kind.CHECK_VIOLATION, firstGroup(CHECK, message), null);
            case 1048, 1364 -> new DatabaseFailure(Kind.NOT_NULL_VIOLATION, null, group(COLUMN, message, 1));
            case 1213 -> DatabaseFailure.of(Kind.DEADLOCK);
            // A lock wait timed out; 3572: NOWAIT found the row locked.
            case 1205, 3572 -> DatabaseFailure.of(Kind.LOCK_TIMEOUT);
            // The row changed since this transaction read it (MariaDB's innodb_snapshot_isolation).
            case 1020 -> DatabaseFailure.of(Kind.SERIALIZATION_FAILURE);
            // TiDB: write conflict, SELECT FOR UPDATE not retried, a KV error safe to retry, schema changed meanwhile.
            case 9007, 8002, 8022, 8028 -> DatabaseFailure.of(Kind.SERIALIZATION_FAILURE);
            // TiDB: its placement driver or storage timed out, a region is unavailable for now.
            case 9001, 9002, 9005 -> DatabaseFailure.of(Kind.BUSY);
            // The connection was killed, the server went away, the connection was lost in a query, the server is shutting down.
            case 1927, 2006, 2013, 1053 -> DatabaseFailure.of(Kind.CONNECTION_LOST);
            default -> DatabaseFailure.of("40001".equals(sqlState) ? Kind.SERIALIZATION_FAILURE
                    : sqlState != null && sqlState.startsWith("08") ? Kind.CONNECTION_LOST : Kind.OTHER);
        };
    }

    private static @Nullable String group(Pattern pattern, String message, int group) {
        Matcher matcher = pattern.matcher(message);
        return matcher.find() ? matcher.group(group) : null;
    }

    private static @Nullable String firstGroup(Pattern pattern, String message) {
        Matcher matcher = pattern.matcher(message);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }
}
