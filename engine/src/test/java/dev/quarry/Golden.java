package dev.quarry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.Dialects;
import dev.quarry.dialect.TextSemantics;
import dev.quarry.sql.Statement;

/**
 * Golden SQL on the dialects that quote with double quotes (PostgreSQL, SQLite) or backticks
 * (MySQL, MariaDB): write the expectation once with double quotes and let {@link #mysql} swap them.
 */
public final class Golden {
    private Golden() {
    }

    /** The same text with MySQL's quotes. */
    public static String mysql(String sql) {
        return sql.replace('"', '`');
    }

    /** Asserts the SQL on PostgreSQL and SQLite, which render it identically. */
    public static void onPostgresqlAndSqlite(Statement statement, String sql, Object... binds) {
        GoldenSql.assertRendered(statement, Dialects.POSTGRESQL, sql, binds);
        GoldenSql.assertRendered(statement, Dialects.SQLITE, sql, binds);
    }

    /** Asserts the SQL on MySQL and MariaDB, given with double quotes. */
    public static void onMysqlAndMariadb(Statement statement, String sql, Object... binds) {
        GoldenSql.assertRendered(statement, Dialects.MYSQL, mysql(sql), binds);
        GoldenSql.assertRendered(statement, Dialects.MARIADB, mysql(sql), binds);
    }

    /** Asserts the SQL on all four dialects, given with double quotes. */
    public static void everywhere(Statement statement, String sql, Object... binds) {
        onPostgresqlAndSqlite(statement, sql, binds);
        onMysqlAndMariadb(statement, sql, binds);
    }

    /**
     * Asserts the SQL on all four dialects with {@link TextSemantics#DATABASE}, where text is
     * written as it is: for tests of a statement's structure whose text columns are incidental.
     */
    public static void everywhereAsWritten(Statement statement, String sql, Object... binds) {
        for (Dialect dialect : Dialects.all()) {
            String expected = dialect.name().startsWith("m") ? mysql(sql) : sql;
            GoldenSql.assertRendered(statement, asWritten(dialect), expected, binds);
        }
    }

    /** The dialect with text written as it is ({@link TextSemantics#DATABASE}). */
    public static Dialect asWritten(Dialect dialect) {
        return dialect.withTextSemantics(TextSemantics.DATABASE);
    }

    /** Asserts that rendering fails on a dialect with exactly this message. */
    public static void unsupported(Statement statement, Dialect dialect, String message) {
        UnsupportedFeatureException error = assertThrows(UnsupportedFeatureException.class,
                () -> statement.toSql(dialect));
        assertEquals(message, error.getMessage());
        assertEquals(dialect.name(), error.dialect());
    }
}
