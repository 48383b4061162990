package dev.quarry.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * An application's data source of a kind Quarry does not know (a framework's pool, a wrapping
 * driver's data source): connections are taken from it and closed to give them back; one in doubt
 * is {@linkplain Connection#abort aborted}, which makes a pool that follows JDBC discard it. Never
 * closed by Quarry. Counts only the connections Quarry holds.
 */
public final class DataSourceConnections implements ConnectionPool {
    private final DataSource dataSource;
    private final int size;
    private final AtomicInteger active = new AtomicInteger();

    /** @param size how many connections Quarry may hold at once */
    public DataSourceConnections(DataSource dataSource, int size) {
        this.dataSource = dataSource;
        this.size = size;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Connection borrow() throws SQLException {
        Connection connection = dataSource.getConnection();
        active.incrementAndGet();
        return connection;
    }

    @Override
    public void giveBack(Connection connection) throws SQLException {
        active.decrementAndGet();
        connection.close();
    }

    @Override
    public void evict(Connection connection) {
        active.decrementAndGet();
        try {
            connection.abort(Runnable::run);
        } catch (SQLException | RuntimeException ignored) {
            // A connection that cannot abort is at least closed below.
        }
        try {
            connection.close();
        } catch (SQLException | RuntimeException ignored) {
            // Aborted already, or broken: either way it is not ours any more.
        }
    }

    @Override
    public int activeConnections() {
        return active.get();
    }

    @Override
    public int openConnections() {
        return -1;
    }

    @Override
    public void close() {
    }
}
