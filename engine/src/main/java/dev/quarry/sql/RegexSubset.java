package dev.quarry.sql;

import dev.quarry.InvalidQueryException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks that a regular expression stays within the syntax every dialect reads the same way
 * (PostgreSQL's ARE, MySQL's ICU, MariaDB's PCRE2 and the Java engine Quarry installs on SQLite),
 * before it reaches any SQL:
 *
 * <ul>
 *   <li>literal characters, and a backslash before a character that is neither a letter nor a
 *       digit to match that character itself ({@code \.}, {@code \*}, {@code \\}, {@code \[});</li>
 *   <li>{@code .} (any one character), bracket expressions {@code [abc]}, {@code [a-z]},
 *       {@code [^0-9]};</li>
 *   <li>the anchors {@code ^} and {@code $}, groups {@code ( )} and alternation {@code |};</li>
 *   <li>the greedy quantifiers {@code *}, {@code +}, {@code ?}, {@code {n}}, {@code {n,}} and
 *       {@code {n,m}} with counts up to {@value #MAX_REPETITION}.</li>
 * </ul>
 *
 * Everything else is rejected, because at least one database reads it differently or not at all:
 * backslash-letter and backslash-digit escapes ({@code \d}, {@code \w}, {@code \s}, {@code \b},
 * back references), {@code (?…)} groups (non-capturing, lookaround, flags), lazy and possessive
 * quantifiers, POSIX classes such as {@code [[:alpha:]]}, nested brackets and {@code &&} inside
 * brackets. Stateless.
 */
final class RegexSubset {
    /** The largest repetition count PostgreSQL accepts in {@code {n,m}}. */
    static final int MAX_REPETITION = 255;

    private RegexSubset() {
    }

    /**
     * Returns the regular expression if it is within the subset.
     *
     * @throws InvalidQueryException naming what is outside the subset, and where
     */
    static String requireValid(String regex) {
        boolean quantifiable = false;
        int depth = 0;
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            switch (c) {
                case '\\' -> {
                    requireEscapable(regex, i);
                    i += 2;
                    quantifiable = true;
                    continue;
                }
                case '[' -> {
                    i = endOfBracket(regex, i);
                    quantifiable = true;
                    continue;
                }
                case '(' -> {
                    if (i + 1 < regex.length() && regex.charAt(i + 1) == '?') {
                        throw outside(regex, i, "(?…) groups (non-capturing, lookaround, flags) are not portable;"
                                + " use a plain group ( )");
                    }
                    depth++;
                    quantifiable = false;
                }
                case ')' -> {
                    if (--depth < 0) {
                        throw outside(regex, i, "')' closes no group; write \\) to match a parenthesis");
                    }
                    quantifiable = true;
                }
                case '|', '^', '$' -> quantifiable = false;
                case '*', '+', '?' -> {
                    requireQuantifiable(regex, i, quantifiable);
                    quantifiable = false;
                }
                case '{' -> {
                    requireQuantifiable(regex, i, quantifiable);
                    i = endOfBound(regex, i);
                    quantifiable = false;
                    continue;
                }
                case '}', ']' -> throw outside(regex, i, "a lone '" + c + "' is read differently by the databases;"
                        + " write \\" + c + " to match it");
                default -> quantifiable = true;
            }
            i++;
        }
        if (depth > 0) {
            throw new InvalidQueryException("the regular expression '" + regex + "' leaves " + depth
                    + " group(s) unclosed");
        }
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new InvalidQueryException("the regular expression '" + regex + "' is invalid: " + e.getDescription());
        }
        return regex;
    }

    private static void requireEscapable(String regex, int backslash) {
        if (backslash + 1 >= regex.length()) {
            throw outside(regex, backslash, "it ends with a lone backslash; write \\\\ to match a backslash");
        }
        char escaped = regex.charAt(backslash + 1);
        if (Character.isLetterOrDigit(escaped)) {
            throw outside(regex, backslash, "\\" + escaped + " means different things to different databases;"
                    + " write a bracket expression such as [0-9] or [a-zA-Z_] instead");
        }
    }

    private static void requireQuantifiable(String regex, int at, boolean quantifiable) {
        if (!quantifiable) {
            throw outside(regex, at, "a quantifier must follow a character, '.', a bracket expression or a group"
                    + " (lazy and possessive quantifiers such as *? and *+ are not portable)");
        }
    }

    /** The index after the bracket expression that starts at {@code open}. */
    private static int endOfBracket(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            throw outside(regex, i, "a ']' first in a bracket expression is not portable; write \\]");
        }
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == ']') {
                return i + 1;
            }
            if (c == '\\') {
                requireEscapable(regex, i);
                i += 2;
                continue;
            }
            if (c == '[') {
                throw outside(regex, i, "'[' inside a bracket expression (POSIX classes like [:alpha:], nested"
                        + " classes) is not portable; write \\[ to match a bracket");
            }
            if (c == '&' && i + 1 < regex.length() && regex.charAt(i + 1) == '&') {
                throw outside(regex, i, "'&&' inside a bracket expression is an intersection in Java only");
            }
            i++;
        }
        throw outside(regex, open, "the bracket expression is not closed");
    }

    /** The index after the repetition bound {@code {n}}, {@code {n,}} or {@code {n,m}} that starts at {@code open}. */
    private static int endOfBound(String regex, int open) {
        int close = regex.indexOf('}', open);
        String bound = close < 0 ? "" : regex.substring(open + 1, close);
        if (!bound.matches("[0-9]{1,3}(,[0-9]{0,3})?")) {
            throw outside(regex, open, "'{' starts a repetition {n}, {n,} or {n,m}; write \\{ to match a brace");
        }
        int comma = bound.indexOf(',');
        int low = Integer.parseInt(comma < 0 ? bound : bound.substring(0, comma));
        int high = comma < 0 || comma == bound.length() - 1 ? low : Integer.parseInt(bound.substring(comma + 1));
        if (high > MAX_REPETITION || low > high) {
            throw outside(regex, open, "repetition counts go from 0 to " + MAX_REPETITION + ", the lower first");
        }
        return close + 1;
    }

    private static InvalidQueryException outside(String regex, int at, String reason) {
        return new InvalidQueryException("the regular expression '" + regex + "' is outside the portable subset at"
                + " position " + (at + 1) + ": " + reason);
    }
}
