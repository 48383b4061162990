package dev.quarry.jdbc.internal.sqlite;

import dev.quarry.dialect.sqlite.SqliteDialect;
import java.sql.SQLException;
import org.sqlite.Function;
import org.sqlite.SQLiteConnection;

/**
 * The text functions SQLite lacks, with PostgreSQL's and MySQL's meaning, counting characters
 * (code points): {@code quarry_lpad}, {@code quarry_rpad}, {@code quarry_repeat} and
 * {@code quarry_reverse}. A NULL text or fill gives NULL (the engine writes counts as numbers). Installed on each new SQLite connection by
 * {@link SqliteClientFunctions}.
 */
final class SqliteTextFunctions {
    private SqliteTextFunctions() {
    }

    /** Installs the functions on a connection. */
    static void install(SQLiteConnection sqlite) throws SQLException {
        Function.create(sqlite, SqliteDialect.LPAD_FUNCTION, new Pad(true), 3, Function.FLAG_DETERMINISTIC);
        Function.create(sqlite, SqliteDialect.RPAD_FUNCTION, new Pad(false), 3, Function.FLAG_DETERMINISTIC);
        Function.create(sqlite, SqliteDialect.REPEAT_FUNCTION, new Repeat(), 2, Function.FLAG_DETERMINISTIC);
        Function.create(sqlite, SqliteDialect.REVERSE_FUNCTION, new Reverse(), 1, Function.FLAG_DETERMINISTIC);
    }

    /** Pads in front or behind with the fill repeated, or cuts to the first {@code length} characters. */
    private static final class Pad extends Function {
        private final boolean inFront;

        Pad(boolean inFront) {
            this.inFront = inFront;
        }

        @Override
        protected void xFunc() throws SQLException {
            String text = value_text(0);
            String fill = value_text(2);
            if (text == null || fill == null) {
                result();
                return;
            }
            int length = Math.max(value_int(1), 0);
            int[] characters = text.codePoints().toArray();
            if (characters.length >= length) {
                result(new String(characters, 0, length));
                return;
            }
            int[] fillCharacters = fill.codePoints().toArray();
            if (fillCharacters.length == 0) {
                result(text);
                return;
            }
            StringBuilder padding = new StringBuilder();
            for (int i = 0; i < length - characters.length; i++) {
                padding.appendCodePoint(fillCharacters[i % fillCharacters.length]);
            }
            result(inFront ? padding + text : text + padding);
        }
    }

    /** The text {@code count} times; empty for a count of 0 or less. */
    private static final class Repeat extends Function {
        @Override
        protected void xFunc() throws SQLException {
            String text = value_text(0);
            if (text == null) {
                result();
                return;
            }
            result(text.repeat(Math.max(value_int(1), 0)));
        }
    }

    /** The code points in reverse order. */
    private static final class Reverse extends Function {
        @Override
        protected void xFunc() throws SQLException {
            String text = value_text(0);
            if (text == null) {
                result();
                return;
            }
            result(new StringBuilder(text).reverse().toString());
        }
    }
}
