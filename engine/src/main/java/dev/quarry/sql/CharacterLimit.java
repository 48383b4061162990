package dev.quarry.sql;

import org.jspecify.annotations.Nullable;

/** The length check of the character types with a limit, counted in Unicode code points. */
final class CharacterLimit {
    private CharacterLimit() {
    }

    /** Why the string is longer than {@code typeName(length)} allows, or null when it fits. */
    static @Nullable String violation(String text, int length, String typeName) {
        if (text.length() <= length) {
            return null; // a string never has more code points than UTF-16 units
        }
        int characters = text.codePointCount(0, text.length());
        return characters > length
                ? "a string of " + characters + " characters does not fit " + typeName + "(" + length + ")"
                : null;
    }
}
