package dev.quarry.sql;

/** Checks names of tables and columns before they reach any SQL text. */
final class Identifiers {
    private static final int MAX_LENGTH = 63;

    private Identifiers() {
    }

    /**
     * Returns the name if it is non-blank, at most 63 characters (PostgreSQL's limit, the smallest
     * of the dialects) and free of control characters and NUL, and encodable as UTF-8.
     */
    static String requireValid(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(what + " '" + name + "' is longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                throw new IllegalArgumentException(what + " '" + name + "' contains a control character");
            }
        }
        String unencodable = TextContent.unencodable(name);
        if (unencodable != null) {
            throw new IllegalArgumentException(what + " cannot be used: " + unencodable);
        }
        return name;
    }
}
