package dev.quarry.dialect;

import dev.quarry.dialect.mysql.MariaDbDialect;
import dev.quarry.dialect.mysql.MySqlDialect;
import dev.quarry.dialect.postgres.PostgresDialect;
import dev.quarry.dialect.sqlite.SqliteDialect;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

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
        Dialect dialect = ofJdbcUrl(url);
        if (dialect == null) {
            throw new IllegalArgumentException("cannot tell the dialect of " + describeScheme(url)
                    + ": Quarry supports jdbc:postgresql:, jdbc:sqlite:, jdbc:mysql: and jdbc:mariadb: URLs");
        }
        return dialect;
    }

    /**
     * A JDBC URL described by its scheme only ("a 'jdbc:postgresql:' URL"), for messages: the rest
     * of a URL may carry a password.
     */
    public static String describeScheme(String url) {
        int schemeEnd = url.indexOf(':', url.indexOf(':') + 1);
        return schemeEnd < 0 ? "a JDBC URL without a scheme" : "a '" + url.substring(0, schemeEnd + 1) + "' URL";
    }

    /**
     * The dialect of a JDBC URL, or null when its scheme is none of Quarry's (a driver that wraps
     * another, such as a tracing or logging driver, whose server tells the dialect instead).
     */
    public static @Nullable Dialect ofJdbcUrl(String url) {
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
        return null;
    }

    /**
     * The dialect of a database product, as JDBC's {@code DatabaseMetaData} names it: PostgreSQL,
     * SQLite, MySQL, or MariaDB (which older drivers report as MySQL with "MariaDB" in its version).
     *
     * @throws IllegalArgumentException for any other product
     */
    public static Dialect forDatabaseProduct(String productName, String productVersion) {
        String product = productName.toLowerCase(Locale.ROOT);
        if (product.contains("postgresql")) {
            return POSTGRESQL;
        }
        if (product.contains("sqlite")) {
            return SQLITE;
        }
        if (product.contains("mariadb") || product.contains("mysql") && productVersion.toLowerCase(Locale.ROOT).contains("mariadb")) {
            return MARIADB;
        }
        if (product.contains("mysql")) {
            return MYSQL;
        }
        throw new IllegalArgumentException("the database is " + productName + " " + productVersion
                + "; Quarry supports PostgreSQL, SQLite, MySQL and MariaDB");
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
