package dev.quarry.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.Dialects;
import dev.quarry.jdbc.internal.ConnectionPool;
import dev.quarry.jdbc.internal.CredentialMask;
import dev.quarry.jdbc.internal.DataSourceConnections;
import dev.quarry.jdbc.internal.HikariConnections;
import dev.quarry.jdbc.internal.driver.MySqlDrivers;
import dev.quarry.jdbc.internal.tls.DriverTls;
import dev.quarry.jdbc.internal.tls.TlsFailures;
import dev.quarry.jdbc.tls.TlsSettings;
import dev.quarry.jdbc.tls.TlsVerificationException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.ServiceLoader;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Opens the connections of a configuration: a HikariCP pool Quarry creates for a URL, or the
 * application's data source; and finds the dialect where the configuration leaves it open.
 */
final class ConnectionPools {
    private ConnectionPools() {
    }

    /**
     * The pool of a configuration, and how many connections of it Quarry may hold at once.
     *
     * @throws DataAccessException if no driver takes the URL, or the pool cannot connect
     */
    static ConnectionPool open(DatabaseConfig config) {
        DataSource dataSource = config.dataSource();
        if (dataSource == null) {
            TlsSettings settings = config.tls();
            Driver driver = driverFor(Objects.requireNonNull(config.url(), "url"));
            DriverTls tls = settings == null ? null : DriverTls.of(driver.getClass().getName(), settings, config.name());
            try {
                HikariDataSource pool = createPool(config, driver, tls);
                return new HikariConnections(pool, true, config.poolSize(), tls == null ? () -> { } : tls::close);
            } catch (RuntimeException e) {
                if (tls != null) {
                    tls.close();
                }
                throw e;
            }
        }
        if (dataSource instanceof HikariDataSource hikari) {
            return new HikariConnections(hikari, false, config.isPoolSizeChosen() ? config.poolSize() : hikari.getMaximumPoolSize());
        }
        return new DataSourceConnections(dataSource, config.poolSize());
    }

    /**
     * The dialect: as configured; else from the URL, refined by the server where a jdbc:mysql: URL
     * may lead to MariaDB; else (a data source, a driver that wraps another) from the server.
     */
    static Dialect dialectOf(DatabaseConfig config, ConnectionPool pool) {
        Dialect known = config.dialect();
        if (known != null && (config.isDialectChosen() || known != Dialects.MYSQL)) {
            return known;
        }
        Connection connection = null;
        try {
            connection = pool.borrow();
            DatabaseMetaData server = connection.getMetaData();
            return Dialects.forDatabaseProduct(server.getDatabaseProductName(), server.getDatabaseProductVersion());
        } catch (SQLException e) {
            Throwable masked = CredentialMask.of(config.url(), config.password()).mask(e);
            throw new DataAccessException("could not read which database '" + config.name() + "' is: " + masked.getMessage(), null, masked);
        } finally {
            if (connection != null) {
                giveBackQuietly(pool, connection);
            }
        }
    }

    private static HikariDataSource createPool(DatabaseConfig config, Driver driver, @Nullable DriverTls tls) {
        String url = Objects.requireNonNull(config.url(), "url");
        rejectPrivateInMemorySqlite(url);
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
        hikari.setDriverClassName(driver.getClass().getName());
        if (config.user() != null) {
            hikari.setUsername(config.user());
        }
        if (config.password() != null) {
            hikari.setPassword(config.password());
        }
        Dialect dialect = config.dialect();
        if (dialect != null) {
            dialect.connectionProperties().forEach(hikari::addDataSourceProperty);
        }
        MySqlDrivers.defaultProperties(driver.getClass().getName()).forEach(hikari::addDataSourceProperty);
        if (config.isBehindTransactionPooler()) {
            dev.quarry.jdbc.internal.TransactionPooling.driverProperties().forEach(hikari::addDataSourceProperty);
        }
        config.properties().forEach(hikari::addDataSourceProperty);
        if (tls != null) {
            rejectClashingProperties(config, tls);
            tls.properties().forEach(hikari::addDataSourceProperty);
        }
        hikari.setPoolName(config.name());
        hikari.setConnectionTimeout(config.connectionTimeout().toMillis());
        hikari.setIdleTimeout(config.idleTimeout().toMillis());
        hikari.setMaxLifetime(config.maxLifetime().toMillis());
        config.poolSettings().accept(hikari);
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setAutoCommit(false);
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            CredentialMask mask = CredentialMask.of(url, config.password());
            Throwable cause = mask.mask(e.getCause() == null ? e : e.getCause());
            TlsVerificationException refused = TlsFailures.of(cause, config.name(), url);
            if (refused != null) {
                throw refused;
            }
            throw new DataAccessException("could not connect database '" + config.name() + "' ("
                    + (dialect == null ? Dialects.describeScheme(url) : dialect.name()) + "): " + cause.getMessage(), null, cause);
        }
    }

    private static void rejectClashingProperties(DatabaseConfig config, DriverTls tls) {
        for (String own : config.properties().keySet()) {
            for (String set : tls.properties().keySet()) {
                if (own.equalsIgnoreCase(set)) {
                    throw new IllegalArgumentException("database '" + config.name() + "' sets the driver property '" + own
                            + "' and tls(...), which sets it too; remove the property and let the TLS settings decide");
                }
            }
        }
    }

    private static void rejectPrivateInMemorySqlite(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.equals("jdbc:sqlite:") || lower.startsWith("jdbc:sqlite::memory:")) {
            throw new IllegalArgumentException("'" + CredentialMask.of(url, null).mask(url) + "' gives every pooled connection its own empty database;"
                    + " use jdbc:sqlite:file:NAME?mode=memory&cache=shared for a shared in-memory database,"
                    + " or a file");
        }
    }

    /**
     * The driver that takes the URL: one registered with {@link DriverManager}, or else one the
     * thread's class loader provides (in a container, or a build tool running several programs in
     * one JVM, the driver may be visible only there). HikariCP is given its class, so it never
     * depends on which class loader registered it.
     *
     * @throws DataAccessException naming the Maven artifact to add, when no driver takes the URL
     */
    private static Driver driverFor(String url) {
        try {
            return DriverManager.getDriver(url);
        } catch (SQLException notRegistered) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            for (Driver driver : ServiceLoader.load(Driver.class, loader == null ? ConnectionPools.class.getClassLoader() : loader)) {
                try {
                    if (driver.acceptsURL(url)) {
                        return driver;
                    }
                } catch (SQLException ignored) {
                    // A driver that cannot tell does not take it.
                }
            }
        }
        Dialect dialect = Dialects.ofJdbcUrl(url);
        String advice = dialect == Dialects.POSTGRESQL ? "add org.postgresql:postgresql"
                : dialect == Dialects.SQLITE ? "add org.xerial:sqlite-jdbc"
                : dialect == Dialects.MARIADB ? "add org.mariadb.jdbc:mariadb-java-client"
                : dialect == Dialects.MYSQL ? "add com.mysql:mysql-connector-j, or use a jdbc:mariadb: URL with"
                        + " org.mariadb.jdbc:mariadb-java-client"
                : "add the driver of that database";
        throw new DataAccessException("no JDBC driver on the classpath takes " + Dialects.describeScheme(url) + ": "
                + advice, null, null);
    }

    private static void giveBackQuietly(ConnectionPool pool, Connection connection) {
        try {
            pool.giveBack(connection);
        } catch (SQLException ignored) {
            // Only metadata was read; the pool discards a connection it cannot take back.
        }
    }
}
