package dev.quarry.migrate;

import java.util.List;
import java.util.Locale;

/**
 * The SQL of one direction of a migration. A first line {@code -- quarry:no-transaction} marks a
 * script that must not run in a transaction (PostgreSQL's {@code CREATE INDEX CONCURRENTLY}): it
 * then runs statement by statement, and a failure halfway is recorded as on MySQL. Immutable.
 */
record SqlScript(String text) {
    static final String NO_TRANSACTION_DIRECTIVE = "quarry:no-transaction";

    /** False if the first line is the no-transaction directive. */
    boolean transactional() {
        int lineEnd = text.indexOf('\n');
        String firstLine = (lineEnd < 0 ? text : text.substring(0, lineEnd)).strip();
        if (!firstLine.startsWith("--")) {
            return true;
        }
        return !firstLine.substring(2).strip().toLowerCase(Locale.ROOT).equals(NO_TRANSACTION_DIRECTIVE);
    }

    String checksum() {
        return ScriptChecksum.of(text);
    }

    List<String> statements(ScriptSyntax syntax) {
        return StatementSplitter.split(text, syntax);
    }
}
