package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.TransactionOptions;
import dev.quarry.sql.IsolationLevel;
import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Decides, for one database, whether a transaction may run its first statement in auto-commit
 * mode when that statement is a {@linkplain PlainRead plain read}, beginning on the server only at
 * its second statement. A transaction that reads one row then costs one round trip instead of two
 * (the read, and the COMMIT that ends it).
 *
 * <p>Splitting a transaction that way changes nothing only where every statement of a transaction
 * sees the data as of its own start anyway: the transaction's isolation level must be
 * {@code READ COMMITTED} or lower. That is the level the transaction asks for, or, when it asks for
 * none, the session's default, read from the first connection and kept. Under {@code REPEATABLE
 * READ} or {@code SERIALIZABLE} (MySQL's and MariaDB's default, and every SQLite transaction) the
 * first read fixes the snapshot that later statements see, so it must be part of the transaction.
 *
 * <p>The driver must also leave and re-enter auto-commit mode without asking the server, or the
 * switches would cost the round trips they save: the PostgreSQL driver does so (it begins the
 * transaction with the next statement, in the same round trip); the MariaDB and MySQL drivers send
 * {@code SET autocommit} each time, and SQLite has no round trips to save.
 *
 * <p>Thread-safe: the session's default is read once, by whichever transaction asks first.
 */
public final class AutoCommitReads {
    private static final String POSTGRESQL_DRIVER = "PostgreSQL JDBC Driver";

    /** Whether the driver switches auto-commit mode without a round trip; null until read from a connection. */
    private volatile @Nullable Boolean switchesFreely;
    /** The verdict for transactions that ask for no isolation level; null until read from a connection. */
    private volatile @Nullable Boolean underDefaultIsolation;

    /**
     * Whether a transaction with these options may run its first statement in auto-commit mode on
     * this connection, which is out of auto-commit mode and has run nothing of the transaction.
     */
    boolean allows(TransactionOptions options, Connection connection) {
        try {
            IsolationLevel asked = options.isolation();
            if (asked != null) {
                return asked.compareTo(IsolationLevel.READ_COMMITTED) <= 0 && switchesFreely(connection);
            }
            Boolean known = underDefaultIsolation;
            if (known == null) {
                known = switchesFreely(connection) && readsCommittedByDefault(connection);
                underDefaultIsolation = known;
            }
            return known;
        } catch (SQLException e) {
            // The transaction begins as usual, and its own statements meet the connection's fault.
            return false;
        }
    }

    /** A connection that cannot answer leaves the verdict unknown, so the next transaction asks again. */
    private boolean switchesFreely(Connection connection) throws SQLException {
        Boolean known = switchesFreely;
        if (known == null) {
            known = POSTGRESQL_DRIVER.equals(connection.getMetaData().getDriverName());
            switchesFreely = known;
        }
        return known;
    }

    private static boolean readsCommittedByDefault(Connection connection) throws SQLException {
        int level = connection.getTransactionIsolation();
        return level == Connection.TRANSACTION_READ_COMMITTED || level == Connection.TRANSACTION_READ_UNCOMMITTED;
    }
}
