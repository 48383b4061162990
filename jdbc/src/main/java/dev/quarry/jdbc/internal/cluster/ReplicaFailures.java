package dev.quarry.jdbc.internal.cluster;

import dev.quarry.jdbc.ConnectionLostException;
import dev.quarry.jdbc.ConnectionUnavailableException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Tells a failure that means "this server cannot take work now" from any other. Stateless. */
public final class ReplicaFailures {
    private ReplicaFailures() {
    }

    /**
     * True when the failure, or one of its causes, is a connection that could not be opened or was
     * lost, or a server that refuses sessions for now (PostgreSQL {@code 57P03}: starting up, shutting
     * down, in recovery without hot standby; class {@code 08}).
     */
    public static boolean meansUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectionUnavailableException || cause instanceof ConnectionLostException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
