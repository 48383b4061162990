package dev.quarry.dialect;

import dev.quarry.dialect.mysql.MariaDbDialect;
import dev.quarry.dialect.mysql.MySqlDialect;
import dev.quarry.dialect.postgres.PostgresDialect;
import dev.quarry.dialect.sqlite.SqliteDialect;
import java.util.List;
import java.util.Locale;

/** The built-in dialects and their lookup by JDBC URL or name. */
public final class Dialects {
    public static final Dialect POSTGRESQL = new PostgresDialect();
    public static final Dialect SQLITE = new SqliteDialect();
    public static final Dialect MYSQL = new MySqlDialect();
    public static final Dialect MARIADB = new MariaDbDialect();

    private static final List<Dialect> ALL = List.of(POSTGRESQL, SQLITE, MYSQL, MARIADB);

    private Dialects() {
    }

    /** Every built-in dialect. */
    public static List<Dialect> all() {
        return ALL;
    }

    /**
     * The dialect of a JDBC URL: {@code jdbc:postgresql:}, {@code jdbc:sqlite:}, {@code jdbc:mysql:}
     * or {@code jdbc:mariadb:}.
     *
     * @throws IllegalArgumentException for any other URL
     */
    public static Dialect forJdbcUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (lower.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (lower.startsWith("jdbc:mysql:")) {
            return MYSQL;
        }
        if (lower.startsWith("jdbc:mariadb:")) {
            return MARIADB;
        }
        // Only the scheme is quoted: the rest of a URL may carry a password.
        int schemeEnd = url.indexOf(':', url.indexOf(':') + 1);
        String scheme = schemeEnd < 0 ? "" : url.substring(0, schemeEnd + 1);
        throw new IllegalArgumentException("cannot tell the dialect of a" + (scheme.isEmpty() ? " JDBC URL without a scheme"
                : " '" + scheme + "' URL") + ": Quarry supports jdbc:postgresql:, jdbc:sqlite:, jdbc:mysql: and jdbc:mariadb: URLs");
    }

    /**
     * The dialect with this {@link Dialect#name()}.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static Dialect forName(String name) {
        for (Dialect dialect : ALL) {
            if (dialect.name().equalsIgnoreCase(name)) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("unknown dialect '" + name + "'; known: postgresql, sqlite, mysql, mariadb");
    }
}
