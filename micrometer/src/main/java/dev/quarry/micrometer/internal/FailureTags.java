package dev.quarry.micrometer.internal;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Tag values naming failures by their kind, never by their message: bounded by the exception
 * classes and SQLState classes there are.
 */
final class FailureTags {
    private FailureTags() {
    }

    /** The class's simple name: {@code UniqueViolationException}. */
    static String exception(Throwable failure) {
        String simple = failure.getClass().getSimpleName();
        return simple.isEmpty() ? failure.getClass().getName() : simple;
    }

    /**
     * Why an attempt is retried, in snake case without the {@code Exception} suffix:
     * {@code serialization_failure}, {@code deadlock}, {@code lock_timeout}; for a driver's
     * {@link SQLException} Quarry did not translate, its SQLState class: {@code sqlstate_40}.
     */
    static String retryReason(Throwable failure) {
        if (failure instanceof SQLException sql) {
            String state = sql.getSQLState();
            return state == null || state.length() < 2 ? "sql_exception" : "sqlstate_" + state.substring(0, 2).toLowerCase(Locale.ROOT);
        }
        String name = exception(failure);
        if (name.endsWith("Exception") && name.length() > "Exception".length()) {
            name = name.substring(0, name.length() - "Exception".length());
        }
        return snakeCase(name);
    }

    private static String snakeCase(String name) {
        StringBuilder snake = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean wordStart = i > 0 && (!Character.isUpperCase(name.charAt(i - 1))
                        || i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)));
                if (wordStart && snake.length() > 0 && snake.charAt(snake.length() - 1) != '_') {
                    snake.append('_');
                }
                snake.append(Character.toLowerCase(c));
            } else if (Character.isLetterOrDigit(c)) {
                snake.append(c);
            } else {
                snake.append('_');
            }
        }
        return snake.toString();
    }
}
