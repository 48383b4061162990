package dev.quarry.sql;

import dev.quarry.InvalidQueryException;

/** Checks LIKE patterns given as strings, before they reach any SQL. Stateless. */
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
}
