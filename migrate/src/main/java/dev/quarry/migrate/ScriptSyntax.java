package dev.quarry.migrate;

/**
 * The lexical rules a script is split by that differ between databases.
 *
 * @param backslashEscapesInStrings whether {@code \'} escapes a quote in any string (MySQL); PostgreSQL
 *     honours backslashes only in {@code E'…'} strings, which the splitter recognises anyway
 * @param hashLineComments whether {@code #} starts a comment to the end of the line (MySQL)
 */
record ScriptSyntax(boolean backslashEscapesInStrings, boolean hashLineComments) {
    /** PostgreSQL and SQLite. */
    static final ScriptSyntax STANDARD = new ScriptSyntax(false, false);
    /** MySQL and MariaDB in their default SQL mode. */
    static final ScriptSyntax MYSQL = new ScriptSyntax(true, true);
}
