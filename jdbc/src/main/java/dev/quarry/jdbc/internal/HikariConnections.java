package dev.quarry.jdbc.internal;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A HikariCP pool, created by Quarry (and closed with the database) or given by the application
 * (and left open). Evicting closes the connection and lets the pool open another in its place.
 */
public final class HikariConnections implements ConnectionPool {
    private final HikariDataSource pool;
    private final boolean owned;
    private final int size;
    private final Runnable afterClose;

    /**
     * @param owned whether Quarry created the pool, and closes it
     * @param size how many connections Quarry may hold at once
     */
    public HikariConnections(HikariDataSource pool, boolean owned, int size) {
        this(pool, owned, size, () -> { });
    }

    /**
     * @param afterClose what to release once the pool is closed (its TLS key stores)
     */
    public HikariConnections(HikariDataSource pool, boolean owned, int size, Runnable afterClose) {
        this.pool = pool;
        this.owned = owned;
        this.size = size;
        this.afterClose = afterClose;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Connection borrow() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void giveBack(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public void evict(Connection connection) {
        pool.evictConnection(connection);
    }

    @Override
    public int activeConnections() {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        return bean == null ? 0 : bean.getActiveConnections();
    }

    @Override
    public int openConnections() {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        return bean == null ? 0 : bean.getTotalConnections();
    }

    @Override
    public void close() {
        if (owned) {
            try {
                pool.close();
            } finally {
                afterClose.run();
            }
        }
    }
}
