package dev.quarry.jdbc.internal.sqlite;

import dev.quarry.jdbc.internal.TransactionEndWatch;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.sqlite.SQLiteCommitListener;
import org.sqlite.SQLiteConnection;

/**
 * Prepares each SQLite connection the first time a transaction of its database takes it, whoever
 * opened it (Quarry's pool or the application's data source): installs Quarry's functions
 * ({@link SqliteClientFunctions}), turns on foreign keys and case-sensitive LIKE, and watches the
 * transactions it ends, so that one SQLite rolled back by itself is noticed before its next
 * statement ({@link TransactionEndWatch}). Thread-safe.
 */
public final class SqliteSessions implements TransactionEndWatch.Source {
    /** By connection, compared by identity; entries of closed connections go when the next one is prepared. */
    private final Map<SQLiteConnection, TransactionEnds> sessions = new ConcurrentHashMap<>();

    @Override
    public TransactionEndWatch watch(Connection connection, boolean ownsTransaction) throws SQLException {
        SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
        TransactionEnds ends = sessions.get(sqlite);
        if (ends == null) {
            ends = prepare(connection, sqlite);
        }
        if (ends.foreignKeysPending && ownsTransaction) {
            ends.foreignKeysPending = !enableForeignKeys(connection);
        }
        return ends;
    }

    private TransactionEnds prepare(Connection connection, SQLiteConnection sqlite) throws SQLException {
        SqliteClientFunctions.install(sqlite);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA case_sensitive_like = ON");
        }
        TransactionEnds ends = new TransactionEnds();
        ends.foreignKeysPending = true;
        sqlite.getDatabase().addCommitListener(ends);
        sessions.keySet().removeIf(open -> open.getDatabase().isClosed());
        sessions.put(sqlite, ends);
        return ends;
    }

    /**
     * Turns foreign keys on, unless they are. The pragma does nothing inside a transaction, which a
     * connection out of auto-commit mode always has open, so it switches auto-commit on for it: only
     * for a connection whose transaction Quarry owns and has not begun, never for an outer
     * transaction's (that would commit it); such a connection gets its foreign keys from the next
     * transaction of Quarry's own that takes it, or from {@code foreign_keys=true} in the URL.
     *
     * @return whether they are on now
     */
    private static boolean enableForeignKeys(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (!foreignKeysOn(statement)) {
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(true);
                statement.execute("PRAGMA foreign_keys = ON");
                connection.setAutoCommit(autoCommit);
            }
        }
        return true;
    }

    private static boolean foreignKeysOn(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery("PRAGMA foreign_keys")) {
            return result.next() && result.getInt(1) == 1;
        }
    }

    /** Counts commits and rollbacks, SQLite's own implicit rollbacks included. */
    private static final class TransactionEnds implements SQLiteCommitListener, TransactionEndWatch {
        private final AtomicLong ends = new AtomicLong();
        /** Whether foreign keys may still be off: set until a transaction that owns the connection turned them on. */
        private volatile boolean foreignKeysPending;

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
}
