package dev.quarry.jdbc.internal;

import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.Dialects;
import dev.quarry.jdbc.DataAccessException;
import dev.quarry.jdbc.DatabaseConfig;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What {@link DatabaseConfig.Builder#transactionPooler()} changes in the JDBC layer: the PostgreSQL
 * driver's properties, the check that connections prepare no named server-side statements, and the
 * refusal of hand-written SQL that would leave state on a server connection after its transaction.
 * Stateless and thread-safe.
 */
public final class TransactionPooling {
    /** The pgjdbc property that decides after how many runs a statement is prepared on the server; 0 never. */
    static final String PREPARE_THRESHOLD = "prepareThreshold";
    /**
     * Statements that change the session, by their first words: {@code SET} other than
     * {@code SET LOCAL}, {@code SET TRANSACTION}, {@code SET CONSTRAINTS}; {@code RESET};
     * {@code LISTEN}, {@code UNLISTEN}; {@code PREPARE}, {@code DEALLOCATE}; {@code DISCARD};
     * {@code DECLARE … WITH HOLD} cursors.
     */
    private static final Pattern SESSION_STATEMENT = Pattern.compile(
            "(?is)^(?:\\s|--[^\\n]*\\n|/\\*.*?\\*/)*(?:"
                    + "SET(?!\\s+(?:LOCAL|TRANSACTION|CONSTRAINTS)\\b)\\s"
                    + "|RESET\\b|LISTEN\\b|UNLISTEN\\b|PREPARE\\b|DEALLOCATE\\b|DISCARD\\b"
                    + "|DECLARE\\b.*\\bWITH\\s+HOLD\\b)");
    /** Session advisory locks, held by the server connection until it ends or unlocks them. */
    private static final Pattern SESSION_LOCK = Pattern.compile(
            "(?i)\\bpg_(?:try_)?advisory_(?:lock|lock_shared|unlock|unlock_shared|unlock_all)\\s*\\(");

    private TransactionPooling() {
    }

    /**
     * The driver properties a pool Quarry creates gets for a PostgreSQL database behind a
     * transaction pooler: no named server-side statements, and startup settings sent with the
     * connection request rather than as {@code SET}s after it.
     */
    public static Map<String, String> driverProperties() {
        return Map.of(PREPARE_THRESHOLD, "0", "assumeMinServerVersion", "12");
    }

    /**
     * Checks an opened database behind a transaction pooler: PostgreSQL, on connections that never
     * prepare named server-side statements.
     *
     * @throws IllegalArgumentException naming what to change, otherwise
     */
    public static void verify(DatabaseConfig config, ConnectionPool pool, Dialect dialect) {
        if (!config.isBehindTransactionPooler()) {
            return;
        }
        if (!dialect.name().equals(Dialects.POSTGRESQL.name())) {
            throw new IllegalArgumentException("transactionPooler() is set for database '" + config.name() + "', which is "
                    + dialect.name() + ": the setting is for PostgreSQL behind a transaction-mode pooler such as PgBouncer");
        }
        Connection connection = null;
        try {
            connection = pool.borrow();
            Integer threshold = prepareThreshold(connection);
            if (threshold != null && threshold != 0) {
                throw new IllegalArgumentException("transactionPooler() is set for database '" + config.name()
                        + "', but its connections prepare server-side statements after " + threshold + " runs"
                        + " (prepareThreshold=" + threshold + " in the URL, a property or the data source), which a"
                        + " transaction pooler hands to other clients: remove that setting, or set prepareThreshold=0");
            }
        } catch (SQLException e) {
            throw new DataAccessException("could not check the connections of database '" + config.name() + "': "
                    + e.getMessage(), null, e);
        } finally {
            if (connection != null) {
                try {
                    pool.giveBack(connection);
                } catch (SQLException ignored) {
                    // Only a setting was read; the pool discards a connection it cannot take back.
                }
            }
        }
    }

    /**
     * Refuses hand-written SQL that would change the session, on a database behind a transaction
     * pooler; does nothing otherwise.
     *
     * @throws IllegalStateException naming the statement and what to write instead
     */
    public static void requireTransactionScoped(DatabaseConfig config, String sql) {
        if (!config.isBehindTransactionPooler()) {
            return;
        }
        boolean session = SESSION_STATEMENT.matcher(sql).find();
        if (session || SESSION_LOCK.matcher(sql).find()) {
            String shown = sql.strip();
            shown = shown.length() > 80 ? shown.substring(0, 77) + "..." : shown;
            throw new IllegalStateException("database '" + config.name() + "' is behind a transaction pooler"
                    + " (transactionPooler()), which may run the next transaction on another server connection: '" + shown
                    + "' would " + (session ? "change the session of the server connection for whoever gets it next;"
                            + " use SET LOCAL (or set_config(name, value, true)) inside the transaction"
                            : "hold a session advisory lock past the transaction; use pg_advisory_xact_lock or"
                            + " pg_try_advisory_xact_lock, which end with the transaction"));
        }
    }

    /** The pgjdbc connection's threshold, or null for a driver that does not tell one. */
    private static @Nullable Integer prepareThreshold(Connection connection) throws SQLException {
        Class<?> pgConnection = driverInterface(connection.getClass().getClassLoader());
        if (pgConnection == null) {
            pgConnection = driverInterface(Thread.currentThread().getContextClassLoader());
        }
        if (pgConnection == null || !connection.isWrapperFor(pgConnection)) {
            return null;
        }
        Object driverConnection = connection.unwrap(pgConnection);
        try {
            Method getter = pgConnection.getMethod("getPrepareThreshold");
            return (Integer) getter.invoke(driverConnection);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static @Nullable Class<?> driverInterface(@Nullable ClassLoader loader) {
        try {
            return Class.forName("org.postgresql.PGConnection", false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
