package dev.quarry.jdbc.internal.driver;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * {@code COPY … FROM STDIN} on a pgjdbc connection, which the driver runs through its own API
 * rather than a statement. Connections of another driver, or of a pgjdbc this class cannot see
 * (another class loader), have none. One per COPY; the cancel may come from any thread.
 */
public final class PostgresCopy {
    private static volatile boolean driverVisible = true;

    private final PGConnection connection;

    private PostgresCopy(PGConnection connection) {
        this.connection = connection;
    }

    /** The COPY of a connection, or null if it is not a pgjdbc connection this code can reach. */
    public static @Nullable PostgresCopy on(Connection connection) {
        if (!driverVisible) {
            return null;
        }
        try {
            return connection.isWrapperFor(PGConnection.class) ? new PostgresCopy(connection.unwrap(PGConnection.class)) : null;
        } catch (LinkageError driverNotVisible) {
            driverVisible = false;
            return null;
        } catch (SQLException notUnwrappable) {
            return null;
        }
    }

    /**
     * Runs {@code sql}, a {@code COPY … FROM STDIN}, sending it {@code data} in order; returns the
     * number of rows the server wrote. If sending fails, the COPY is abandoned on the server.
     */
    public long copyIn(String sql, List<byte[]> data) throws SQLException {
        CopyIn copy = connection.getCopyAPI().copyIn(sql);
        try {
            for (byte[] chunk : data) {
                copy.writeToCopy(chunk, 0, chunk.length);
            }
            return copy.endCopy();
        } catch (SQLException | RuntimeException failure) {
            if (copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException cancelFailure) {
                    failure.addSuppressed(cancelFailure);
                }
            }
            throw failure;
        }
    }

    /** Asks the server to stop what runs on the connection; returns before it stopped. */
    public void cancel() throws SQLException {
        connection.cancelQuery();
    }
}
