package dev.quarry.dialect.sqlite;

import dev.quarry.dialect.DatabaseFailure;
import dev.quarry.dialect.DatabaseFailure.Kind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * SQLite's failures. The JDBC driver reports only the primary result code and no SQLSTATE; the
 * extended result code is the bracketed name that starts its message ({@code [SQLITE_BUSY_SNAPSHOT]}).
 */
final class SqliteFailures {
    private static final Pattern RESULT_CODE = Pattern.compile("^\\[(SQLITE_[A-Z_]+)]");
    /** {@code UNIQUE constraint failed: users.name}: the first column named. */
    private static final Pattern COLUMN = Pattern.compile("constraint failed: [^.,)]+\\.([^,)\\s]+)");
    private static final Pattern CHECK = Pattern.compile("CHECK constraint failed: ([^)]+)\\)?$");

    private SqliteFailures() {
    }

    static DatabaseFailure classify(int vendorCode, String message) {
        Matcher code = RESULT_CODE.matcher(message);
        String name = code.find() ? code.group(1) : "";
        return switch (name) {
            case "SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY" ->
                    new DatabaseFailure(Kind.UNIQUE_VIOLATION, null, group(COLUMN, message));
            case "SQLITE_CONSTRAINT_FOREIGNKEY" -> DatabaseFailure.of(Kind.FOREIGN_KEY_VIOLATION);
            case "SQLITE_CONSTRAINT_CHECK" -> new DatabaseFailure(Kind.CHECK_VIOLATION, group(CHECK, message), null);
            case "SQLITE_CONSTRAINT_NOTNULL" -> new DatabaseFailure(Kind.NOT_NULL_VIOLATION, null, group(COLUMN, message));
            // Another connection wrote since this transaction read: a serialization failure in all but name.
            case "SQLITE_BUSY_SNAPSHOT" -> DatabaseFailure.of(Kind.SERIALIZATION_FAILURE);
            default -> {
                int primary = vendorCode & 0xFF;
                yield DatabaseFailure.of(primary == 5 || primary == 6 ? Kind.BUSY : Kind.OTHER);
            }
        };
    }

    private static @Nullable String group(Pattern pattern, String message) {
        Matcher matcher = pattern.matcher(message);
        return matcher.find() ? matcher.group(1) : null;
    }
}
