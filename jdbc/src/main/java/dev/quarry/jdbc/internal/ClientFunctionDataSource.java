package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.internal.sqlite.SqliteClientFunctions;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The connection source of a pool whose dialect needs functions installed on each connection
 * ({@link dev.quarry.dialect.Dialect#clientFunctions()}): opens connections through the driver and
 * installs them before the pool hands the connection out. Thread-safe.
 */
public final class ClientFunctionDataSource implements DataSource {
    private final String url;
    private final Properties properties;
    private PrintWriter logWriter = new PrintWriter(System.err);
    private int loginTimeout;

    public ClientFunctionDataSource(String url, Properties properties) {
        this.url = url;
        this.properties = properties;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = DriverManager.getConnection(url, properties);
        try {
            SqliteClientFunctions.install(connection);
            return connection;
        } catch (SQLException | RuntimeException | LinkageError e) {
            connection.close();
            throw e instanceof SQLException sql ? sql : new SQLException("could not install Quarry's SQLite functions", e);
        }
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
