package dev.quarry.sql;

import dev.quarry.InvalidQueryException;

/**
 * Checks LIKE patterns given as strings, and turns plain text into a pattern that matches it
 * literally, before they reach any SQL. Backslash is the escape character on every dialect.
 * Stateless.
 */
final class LikePatterns {
    private LikePatterns() {
    }

    /**
     * Returns the pattern unless it ends with a lone backslash, the escape character, which the
     * databases read three ways (PostgreSQL fails, SQLite matches nothing, MySQL matches a
     * backslash).
     *
     * @throws InvalidQueryException if it does
     */
    static String requireValid(String pattern) {
        int trailing = 0;
        for (int i = pattern.length() - 1; i >= 0 && pattern.charAt(i) == '\\'; i--) {
            trailing++;
        }
        if (trailing % 2 == 1) {
            throw new InvalidQueryException("the LIKE pattern ends with a lone escape character '\\': write '\\\\'"
                    + " to match a backslash");
        }
        return pattern;
    }

    /**
     * The text with every wildcard ({@code %}, {@code _}) and every escape character ({@code \})
     * escaped, so that as (part of) a LIKE pattern it matches exactly itself.
     */
    static String literal(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == '\\') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
