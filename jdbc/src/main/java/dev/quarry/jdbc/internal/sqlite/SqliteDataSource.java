package dev.quarry.jdbc.internal.sqlite;

import dev.quarry.jdbc.internal.TransactionEndWatch;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.sqlite.SQLiteCommitListener;
import org.sqlite.SQLiteConnection;

/**
 * The connection source of SQLite pools: opens connections through the driver, installs Quarry's
 * functions on each ({@link SqliteClientFunctions}), and watches each for the transactions SQLite
 * ends, so that a transaction SQLite rolled back by itself is noticed before its next statement
 * ({@link #watch}). Thread-safe.
 */
public final class SqliteDataSource implements DataSource, TransactionEndWatch.Source {
    private final String url;
    private final Properties properties;
    /** By connection, compared by identity; entries of closed connections go when the next one opens. */
    private final Map<SQLiteConnection, TransactionEnds> watches = new ConcurrentHashMap<>();
    private PrintWriter logWriter = new PrintWriter(System.err);
    private int loginTimeout;

    public SqliteDataSource(String url, Properties properties) {
        this.url = url;
        this.properties = properties;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = DriverManager.getConnection(url, properties);
        try {
            SqliteClientFunctions.install(connection);
            SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
            TransactionEnds ends = new TransactionEnds();
            sqlite.getDatabase().addCommitListener(ends);
            watches.keySet().removeIf(open -> open.getDatabase().isClosed());
            watches.put(sqlite, ends);
            return connection;
        } catch (SQLException | RuntimeException | LinkageError e) {
            connection.close();
            throw e instanceof SQLException sql ? sql : new SQLException("could not prepare a SQLite connection for Quarry", e);
        }
    }

    @Override
    public TransactionEndWatch watch(Connection connection) throws SQLException {
        TransactionEnds ends = watches.get(connection.unwrap(SQLiteConnection.class));
        if (ends == null) {
            throw new SQLException("the connection was not opened by Quarry's SQLite data source");
        }
        return ends;
    }

    /** Counts commits and rollbacks, SQLite's own implicit rollbacks included. */
    private static final class TransactionEnds implements SQLiteCommitListener, TransactionEndWatch {
        private final AtomicLong ends = new AtomicLong();

        @Override
        public void onCommit() {
            ends.incrementAndGet();
        }

        @Override
        public void onRollback() {
            ends.incrementAndGet();
        }

        @Override
        public long mark() {
            return ends.get();
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
