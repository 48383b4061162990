package dev.quarry.migrate;

import java.util.Objects;

/**
 * A {@code .sql} file found in a location, read. Immutable.
 *
 * @param name the file name, without directories
 * @param origin where it was found, for messages: a path or a class path URL
 * @param text its content, UTF-8 decoded, without a byte order mark
 */
record ScriptFile(String name, String origin, String text) {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    ScriptFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        text = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }
}
