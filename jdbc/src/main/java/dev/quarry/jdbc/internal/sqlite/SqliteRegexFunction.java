package dev.quarry.jdbc.internal.sqlite;

import dev.quarry.dialect.sqlite.SqliteDialect;
import java.sql.SQLException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.sqlite.Function;
import org.sqlite.SQLiteConnection;

/**
 * {@code quarry_regexp(text, regex)}: 1 when the regular expression matches somewhere in the
 * text, 0 when not, NULL when either is NULL; case-sensitive, by {@link java.util.regex}. The
 * engine keeps expressions within the subset that this and the other databases read alike. The
 * last compiled expression is kept, as a statement usually applies one to every row. Installed on
 * each new SQLite connection by {@link SqliteClientFunctions}.
 */
final class SqliteRegexFunction extends Function {
    /** The last expression and its compiled form, replaced as a whole so readers never see half of one. */
    private Compiled last = new Compiled("", Pattern.compile(""));

    private SqliteRegexFunction() {
    }

    /** Installs the function on a connection. */
    static void install(SQLiteConnection sqlite) throws SQLException {
        Function.create(sqlite, SqliteDialect.REGEXP_FUNCTION, new SqliteRegexFunction(), 2, Function.FLAG_DETERMINISTIC);
    }

    @Override
    protected void xFunc() throws SQLException {
        String text = value_text(0);
        String regex = value_text(1);
        if (text == null || regex == null) {
            result();
            return;
        }
        result(compiled(regex).matcher(text).find() ? 1 : 0);
    }

    private Pattern compiled(String regex) throws SQLException {
        Compiled current = last;
        if (current.regex().equals(regex)) {
            return current.pattern();
        }
        try {
            Pattern pattern = Pattern.compile(regex);
            last = new Compiled(regex, pattern);
            return pattern;
        } catch (PatternSyntaxException e) {
            throw new SQLException("invalid regular expression '" + regex + "': " + e.getDescription());
        }
    }

    private record Compiled(String regex, Pattern pattern) {
    }
}
