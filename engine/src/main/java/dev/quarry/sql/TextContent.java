package dev.quarry.sql;

import org.jspecify.annotations.Nullable;

/**
 * What a string holds that not every database or every part of SQL can carry: the NUL character,
 * which ends a statement's text on SQLite and is refused by PostgreSQL, and unpaired UTF-16
 * surrogates, which have no UTF-8 form and would reach the database as '?'. Stateless.
 */
public final class TextContent {
    private TextContent() {
    }

    /**
     * Why the string cannot be encoded as UTF-8 (its first unpaired surrogate and where it is), or
     * null when it can.
     */
    public static @Nullable String unencodable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    return "it holds an unpaired surrogate " + codePoint(c) + " at index " + i
                            + ", which has no UTF-8 form";
                }
                i++;
            }
        }
        return null;
    }

    /** Whether the string holds the NUL character U+0000. */
    public static boolean hasNul(String text) {
        return text.indexOf('\0') >= 0;
    }

    /**
     * Whether the string may be written into SQL text between quotes on every dialect: it has no
     * NUL and encodes as UTF-8.
     */
    public static boolean fitsInLiteral(String text) {
        return !hasNul(text) && unencodable(text) == null;
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
