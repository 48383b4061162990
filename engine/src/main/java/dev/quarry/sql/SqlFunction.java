package dev.quarry.sql;

/**
 * Scalar functions, each meaning the same on every dialect (the renderer picks each dialect's
 * spelling).
 */
public enum SqlFunction {
    /**
     * Lower case, letter by letter (Unicode simple case mapping: {@code ß} stays). On PostgreSQL
     * by the database's default collation, on SQLite by a function Quarry installs.
     */
    LOWER(1, 1),
    /** Upper case, letter by letter; see {@link #LOWER}. */
    UPPER(1, 1),
    /** Length in characters (code points), never bytes. */
    CHAR_LENGTH(1, 1),
    /** {@code SUBSTRING(text, start[, length])}: characters from position {@code start} (1-based). */
    SUBSTRING(2, 3),
    /** Removes leading and trailing spaces. */
    TRIM(1, 1),
    /** The first non-null argument. */
    COALESCE(2, Integer.MAX_VALUE),
    /** NULL when both arguments are equal, otherwise the first. */
    NULLIF(2, 2),
    /** {@code ROUND(number, digits)}: half away from zero for decimals. */
    ROUND(2, 2),
    /** Absolute value. */
    ABS(1, 1),
    /** Today's date in UTC. */
    CURRENT_DATE(0, 0),
    /** The current instant. */
    CURRENT_TIMESTAMP(0, 0),
    /**
     * {@code JSON_TEXT(document, key…)}: the scalar at a path of object keys as text, NULL where the
     * path leads nowhere; see {@link JsonFunctions#text}.
     */
    JSON_TEXT(2, Integer.MAX_VALUE),
    /** The current date-time in UTC, without a time zone. */
    CURRENT_DATETIME(0, 0),
    /** {@code REPLACE(text, search, replacement)}: every occurrence, case-sensitively; an empty search changes nothing. */
    REPLACE(3, 3),
    /** Removes leading spaces. */
    LTRIM(1, 1),
    /** Removes trailing spaces. */
    RTRIM(1, 1),
    /**
     * {@code LPAD(text, length, fill)}: the fill repeated in front up to {@code length} characters,
     * or the text cut to its first {@code length} characters (on SQLite by a function Quarry installs).
     */
    LPAD(3, 3),
    /** {@code RPAD(text, length, fill)}: as {@link #LPAD}, the fill behind. */
    RPAD(3, 3),
    /**
     * {@code POSITION(text, search)}: the 1-based character position of the first occurrence,
     * case-sensitive, 0 when there is none, 1 for an empty search.
     */
    POSITION(2, 2),
    /** {@code LEFT(text, count)}: the first {@code count} characters. */
    LEFT(2, 2),
    /** {@code RIGHT(text, count)}: the last {@code count} characters. */
    RIGHT(2, 2),
    /** {@code REPEAT(text, count)}: the text {@code count} times (on SQLite by a function Quarry installs). */
    REPEAT(2, 2),
    /** {@code REVERSE(text)}: the characters (code points) in reverse order (on SQLite by a function Quarry installs). */
    REVERSE(1, 1);

    private final int minArguments;
    private final int maxArguments;

    SqlFunction(int minArguments, int maxArguments) {
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
    }

    void checkArity(int count) {
        if (count < minArguments || count > maxArguments) {
            throw new IllegalArgumentException(name() + " takes " + (minArguments == maxArguments
                    ? Integer.toString(minArguments)
                    : minArguments + (maxArguments == Integer.MAX_VALUE ? " or more" : " to " + maxArguments))
                    + " arguments, got " + count);
        }
    }
}
