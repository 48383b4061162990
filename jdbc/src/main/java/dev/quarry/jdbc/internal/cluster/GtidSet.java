package dev.quarry.jdbc.internal.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A MySQL GTID set as {@code @@GLOBAL.gtid_executed} reports it: for each source server, its UUID
 * followed by intervals of transaction numbers, optionally under tags (MySQL 8.3 and later):
 * {@code 3E11FA47-71CA-11E1-9E33-C80AA9429562:1-5:11-18,2174B383-5441-11E8-B90A-C80AA9429562:1-56}
 * or {@code …:1-5:billing:1-3}. The server separates sources with a comma and a line break; the
 * canonical text drops the white space. Not MariaDB's {@code domain-server-sequence} positions.
 * Immutable.
 *
 * @param sources the text of each source, {@code uuid:interval…}, in the server's order
 */
record GtidSet(List<String> sources) {
    private static final Pattern UUID = Pattern.compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");
    private static final Pattern INTERVAL = Pattern.compile("([1-9][0-9]{0,18})(?:-([1-9][0-9]{0,18}))?");
    private static final Pattern TAG = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,31}");
    private static final String EXAMPLE = "3E11FA47-71CA-11E1-9E33-C80AA9429562:1-5";

    GtidSet {
        sources = List.copyOf(sources);
    }

    /**
     * Reads the server's text; blank is the empty set.
     *
     * @throws IllegalArgumentException naming the part that is not a GTID set
     */
    static GtidSet parse(String text) {
        Objects.requireNonNull(text, "text");
        List<String> sources = new ArrayList<>();
        if (text.isBlank()) {
            return new GtidSet(sources);
        }
        for (String part : text.split(",", -1)) {
            String source = part.replaceAll("\\s+", "");
            String[] pieces = source.split(":", -1);
            if (!UUID.matcher(pieces[0]).matches()) {
                throw invalid(text, "'" + pieces[0] + "' is not a server UUID");
            }
            boolean intervalFollows = false;
            for (int i = 1; i < pieces.length; i++) {
                var interval = INTERVAL.matcher(pieces[i]);
                if (interval.matches()) {
                    if (interval.group(2) != null && Long.parseLong(interval.group(2)) < Long.parseLong(interval.group(1))) {
                        throw invalid(text, "interval " + pieces[i] + " ends before it starts");
                    }
                    intervalFollows = true;
                } else if (TAG.matcher(pieces[i]).matches() && i + 1 < pieces.length) {
                    intervalFollows = false;
                } else {
                    throw invalid(text, "'" + pieces[i] + "' is neither an interval of transaction numbers nor a tag followed by one");
                }
            }
            if (!intervalFollows) {
                throw invalid(text, "source " + pieces[0] + " has no interval of transaction numbers");
            }
            sources.add(source);
        }
        return new GtidSet(sources);
    }

    /** Whether the set names no transaction. */
    boolean isEmpty() {
        return sources.isEmpty();
    }

    /** The canonical text: sources separated by commas, without white space. */
    String text() {
        return String.join(",", sources);
    }

    private static IllegalArgumentException invalid(String text, String problem) {
        String shown = text.length() > 120 ? text.substring(0, 117) + "..." : text;
        return new IllegalArgumentException("not a MySQL GTID set: '" + shown + "': " + problem
                + " (expected UUID:interval[:interval...][,...], such as " + EXAMPLE + ")");
    }
}
