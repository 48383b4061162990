package dev.quarry.migrate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a migration file name, {@code <version>_<description>.up.sql} or
 * {@code <version>_<description>.down.sql}: a positive version, leading zeros allowed
 * ({@code 0003_add_orders.up.sql}), and description words separated by {@code _}. Immutable.
 *
 * @param version the version
 * @param description the words, separated by spaces
 * @param up true for an up script, false for a down script
 */
record MigrationFileName(long version, String description, boolean up) {
    /** What a file name must look like, for messages. */
    static final String EXPECTED = "<version>_<description>.up.sql or <version>_<description>.down.sql,"
            + " e.g. 0003_add_orders.up.sql";
    private static final Pattern PATTERN =
            Pattern.compile("(\\d{1,18})_([\\p{L}\\p{N}-]+(?:_[\\p{L}\\p{N}-]+)*)\\.(up|down)\\.sql");

    /** Whether a file in a location is meant as a migration script: its name ends in .sql. */
    static boolean isScript(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".sql");
    }

    /** The parts of a well-formed name with a positive version, or null. */
    static @Nullable MigrationFileName parse(String fileName) {
        Matcher matcher = PATTERN.matcher(fileName);
        if (!matcher.matches()) {
            return null;
        }
        long version = Long.parseLong(matcher.group(1));
        if (version <= 0) {
            return null;
        }
        return new MigrationFileName(version, matcher.group(2).replace('_', ' '), matcher.group(3).equals("up"));
    }
}
