package dev.quarry.jdbc.internal.driver;

import dev.quarry.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * What depends on the MySQL-family driver rather than on the server: either driver may talk to
 * either server, so the dialect (which follows the server) cannot say how a driver streams or
 * which of its properties Quarry sets. Stateless; thread-safe.
 */
public final class MySqlDrivers {
    /**
     * The MySQL Connector/J properties Quarry sets unless the configuration sets them itself:
     * multi-row INSERTs for batches (one round trip for a bulk insert instead of one per row) and
     * the driver's cache of parsed statements. Prepared statements stay client-side (one round
     * trip each); time-zone properties keep the driver's defaults because Quarry binds and reads
     * date-times as wall-clock values the driver never converts.
     */
    public static final Map<String, String> CONNECTOR_J_DEFAULTS = Map.of(
            "rewriteBatchedStatements", "true",
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "250",
            "prepStmtCacheSqlLimit", "2048");

    private MySqlDrivers() {
    }

    /** Whether the driver class is MySQL Connector/J's. */
    public static boolean isConnectorJ(String driverClass) {
        return driverClass.startsWith("com.mysql.");
    }

    /**
     * The properties Quarry sets for a driver, before the configuration's own (which win): those of
     * {@link #CONNECTOR_J_DEFAULTS} for MySQL Connector/J, none for other drivers.
     */
    public static Map<String, String> defaultProperties(String driverClass) {
        return isConnectorJ(driverClass) ? CONNECTOR_J_DEFAULTS : Map.of();
    }

    /**
     * The fetch size that makes the connection's driver stream a result {@code rows} rows at a
     * time: {@link Integer#MIN_VALUE} for MySQL Connector/J (row by row; it ignores any other
     * value and reads the whole result into memory), {@code rows} for MariaDB Connector/J, the
     * dialect's choice for other drivers.
     */
    public static int streamingFetchSize(Connection connection, Dialect dialect, int rows) throws SQLException {
        // By name: a pool hands out proxies of the driver's classes.
        String driver = connection.getMetaData().getDriverName();
        if (driver.startsWith("MySQL Connector")) {
            return Integer.MIN_VALUE;
        }
        if (driver.startsWith("MariaDB Connector")) {
            return rows;
        }
        return dialect.streamingFetchSize(rows);
    }
}
