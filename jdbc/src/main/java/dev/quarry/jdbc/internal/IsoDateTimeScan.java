package dev.quarry.jdbc.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads every ISO-8601 date-time spelling SQLite databases hold, in one pass over the text and
 * without allocation beyond the result: {@code yyyy-MM-dd}, then optionally a space or {@code T}
 * and {@code HH:mm}, {@code :ss}, a fraction of 1 to 9 digits (after {@code .} or {@code ,}), and
 * an offset ({@code Z}, {@code ±HH}, {@code ±HHMM} or {@code ±HH:MM}). Surrounding white space is
 * ignored. A text with an offset is read as the UTC date-time of the same instant, as SQLite's own
 * date functions read it; without one it is taken as it is. Anything else fails with a
 * {@link DateTimeParseException} naming the position. Stateless.
 */
final class IsoDateTimeScan {
    private IsoDateTimeScan() {
    }

    /** The date-time the text spells, in UTC when it carries an offset. */
    static LocalDateTime read(String text) {
        int end = text.length();
        int at = 0;
        while (at < end && text.charAt(at) <= ' ') {
            at++;
        }
        while (end > at && text.charAt(end - 1) <= ' ') {
            end--;
        }
        int year = digits(text, at, 4, end);
        expect(text, at + 4, '-', end);
        int month = digits(text, at + 5, 2, end);
        expect(text, at + 7, '-', end);
        int day = digits(text, at + 8, 2, end);
        at += 10;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int nano = 0;
        if (at < end && (text.charAt(at) == ' ' || text.charAt(at) == 'T' || text.charAt(at) == 't')) {
            hour = digits(text, at + 1, 2, end);
            expect(text, at + 3, ':', end);
            minute = digits(text, at + 4, 2, end);
            at += 6;
            if (at < end && text.charAt(at) == ':') {
                second = digits(text, at + 1, 2, end);
                at += 3;
                if (at < end && (text.charAt(at) == '.' || text.charAt(at) == ',')) {
                    int first = ++at;
                    int scale = 100_000_000;
                    while (at < end && isDigit(text.charAt(at))) {
                        if (at - first == 9) {
                            throw failure("more than 9 fraction digits", text, at);
                        }
                        nano += (text.charAt(at) - '0') * scale;
                        scale /= 10;
                        at++;
                    }
                    if (at == first) {
                        throw failure("a fraction needs digits", text, at);
                    }
                }
            }
        }
        int offsetSeconds = 0;
        if (at < end) {
            char sign = text.charAt(at);
            if ((sign == 'Z' || sign == 'z') && at + 1 == end) {
                at++;
            } else if (sign == '+' || sign == '-') {
                int hours = digits(text, at + 1, 2, end);
                at += 3;
                int minutes = 0;
                if (at < end) {
                    if (text.charAt(at) == ':') {
                        at++;
                    }
                    minutes = digits(text, at, 2, end);
                    at += 2;
                }
                if (hours > 18 || minutes > 59) {
                    throw failure("offset out of range", text, at);
                }
                offsetSeconds = (sign == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
            }
            if (at != end) {
                throw failure("unexpected text after the date-time", text, at);
            }
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nano);
        return offsetSeconds == 0 ? local : local.minusSeconds(offsetSeconds);
    }

    private static int digits(String text, int start, int width, int end) {
        if (start + width > end) {
            throw failure("the date-time ends early", text, Math.min(start, text.length()));
        }
        int value = 0;
        for (int i = start; i < start + width; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                throw failure("a digit expected", text, i);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void expect(String text, int at, char expected, int end) {
        if (at >= end || text.charAt(at) != expected) {
            throw failure("'" + expected + "' expected", text, Math.min(at, text.length()));
        }
    }

    private static DateTimeParseException failure(String what, String text, int at) {
        return new DateTimeParseException("cannot read '" + text + "' as an ISO-8601 date-time: " + what
                + " at position " + at, text, at);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
