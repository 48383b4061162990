package dev.quarry.jdbc.internal.sqlite;

import dev.quarry.dialect.sqlite.SqliteDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.IntUnaryOperator;
import org.sqlite.Function;
import org.sqlite.SQLiteConnection;

/**
 * The functions the SQLite dialect relies on but SQLite lacks, installed on each new connection:
 * lower and upper case of every letter (SQLite's own change ASCII letters only), which map letter by
 * letter (Unicode simple case mapping) as PostgreSQL and MySQL do; padding, repeating and
 * reversing text ({@link SqliteTextFunctions}); and regular expressions ({@link SqliteRegexFunction}).
 * Only loaded for SQLite databases.
 */
public final class SqliteClientFunctions {
    private SqliteClientFunctions() {
    }

    /** Installs the functions on a new connection. */
    public static void install(Connection connection) throws SQLException {
        SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
        Function.create(sqlite, SqliteDialect.LOWER_FUNCTION, new CaseMapping(Character::toLowerCase),
                Function.FLAG_DETERMINISTIC);
        Function.create(sqlite, SqliteDialect.UPPER_FUNCTION, new CaseMapping(Character::toUpperCase),
                Function.FLAG_DETERMINISTIC);
        SqliteTextFunctions.install(sqlite);
        SqliteRegexFunction.install(sqlite);
    }

    /** One-argument text function that maps each code point; NULL stays NULL. */
    private static final class CaseMapping extends Function {
        private final IntUnaryOperator mapping;

        CaseMapping(IntUnaryOperator mapping) {
            this.mapping = mapping;
        }

        @Override
        protected void xFunc() throws SQLException {
            if (args() != 1) {
                throw new SQLException("case conversion takes one argument, got " + args());
            }
            String text = value_text(0);
            if (text == null) {
                result();
                return;
            }
            StringBuilder mapped = new StringBuilder(text.length());
            text.codePoints().forEach(codePoint -> mapped.appendCodePoint(mapping.applyAsInt(codePoint)));
            result(mapped.toString());
        }
    }
}
