package dev.quarry.jdbc.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * The fixed-width text form of date-times used where a dialect has no native type (SQLite):
 * {@code yyyy-MM-dd HH:mm:ss.SSSSSS}, with a trailing {@code Z} for instants, and {@code HH:mm:ss.SSSSSS}
 * for times of day. Fixed width makes
 * text order equal time order; SQLite's date functions read it. Parsing the canonical form takes
 * no allocation beyond the result; other ISO-8601 spellings (no seconds or fraction, 1 to 9
 * fraction digits, a {@code T}, an offset) written by other tools are read in one pass by
 * {@link IsoDateTimeScan}.
 */
final class IsoTemporalText {
    private static final int CANONICAL_LENGTH = 26;

    private IsoTemporalText() {
    }

    static String format(LocalDateTime value) {
        char[] out = new char[CANONICAL_LENGTH];
        write(out, value);
        return new String(out);
    }

    static String formatUtc(LocalDateTime utcValue) {
        char[] out = new char[CANONICAL_LENGTH + 1];
        write(out, utcValue);
        out[CANONICAL_LENGTH] = 'Z';
        return new String(out);
    }

    /** {@code yyyy-MM-dd}, which sorts like the dates. */
    static String format(LocalDate value) {
        char[] out = new char[10];
        digits(out, 0, value.getYear(), 4);
        out[4] = '-';
        digits(out, 5, value.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, value.getDayOfMonth(), 2);
        return new String(out);
    }

    /** {@code HH:mm:ss.SSSSSS}, which sorts like the times. */
    static String format(LocalTime value) {
        char[] out = new char[15];
        digits(out, 0, value.getHour(), 2);
        out[2] = ':';
        digits(out, 3, value.getMinute(), 2);
        out[5] = ':';
        digits(out, 6, value.getSecond(), 2);
        out[8] = '.';
        digits(out, 9, value.getNano() / 1000, 6);
        return new String(out);
    }

    /** A time of day in the canonical form or any ISO-8601 spelling. */
    static LocalTime parseTime(String text) {
        if (text.length() == 15 && text.charAt(2) == ':' && text.charAt(5) == ':' && text.charAt(8) == '.') {
            return LocalTime.of(number(text, 0, 2), number(text, 3, 2), number(text, 6, 2), number(text, 9, 6) * 1000);
        }
        return LocalTime.parse(text.trim());
    }

    /** A date, or the date part of a date-time. */
    static LocalDate parseDate(String text) {
        if (text.length() >= 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            return LocalDate.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2));
        }
        return LocalDate.parse(text.trim());
    }

    static LocalDateTime parse(String text) {
        if (text.length() == CANONICAL_LENGTH && isCanonical(text)) {
            return canonical(text);
        }
        return lenient(text);
    }

    /** Reads an instant's text as UTC; text without an offset is taken to be UTC. */
    static LocalDateTime parseUtc(String text) {
        if (text.length() == CANONICAL_LENGTH + 1 && text.charAt(CANONICAL_LENGTH) == 'Z' && isCanonical(text)) {
            return canonical(text);
        }
        return IsoDateTimeScan.read(text);
    }

    private static void write(char[] out, LocalDateTime value) {
        digits(out, 0, value.getYear(), 4);
        out[4] = '-';
        digits(out, 5, value.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, value.getDayOfMonth(), 2);
        out[10] = ' ';
        digits(out, 11, value.getHour(), 2);
        out[13] = ':';
        digits(out, 14, value.getMinute(), 2);
        out[16] = ':';
        digits(out, 17, value.getSecond(), 2);
        out[19] = '.';
        digits(out, 20, value.getNano() / 1000, 6);
    }

    private static void digits(char[] out, int start, int value, int width) {
        int remaining = value;
        for (int i = start + width - 1; i >= start; i--) {
            out[i] = (char) ('0' + remaining % 10);
            remaining /= 10;
        }
    }

    private static boolean isCanonical(String text) {
        return text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == ' ' && text.charAt(13) == ':'
                && text.charAt(16) == ':' && text.charAt(19) == '.';
    }

    private static LocalDateTime canonical(String text) {
        return LocalDateTime.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2),
                number(text, 11, 2), number(text, 14, 2), number(text, 17, 2), number(text, 20, 6) * 1000);
    }

    private static int number(String text, int start, int width) {
        int value = 0;
        for (int i = start; i < start + width; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeParseException("not a date-time", text, i);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Any other ISO-8601 spelling; one with an offset is read as the UTC date-time of its instant. */
    private static LocalDateTime lenient(String text) {
        return IsoDateTimeScan.read(text);
    }
}
