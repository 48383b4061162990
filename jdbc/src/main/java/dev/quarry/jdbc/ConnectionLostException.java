package dev.quarry.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * The connection is gone: the server ended the session, restarted, or the network failed. The
 * transaction was lost with it; running it again on another connection may succeed. (A commit
 * that was under way when it happened is reported as {@link CommitOutcomeUnknownException}.)
 */
public class ConnectionLostException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    public ConnectionLostException(String message, @Nullable String sql, @Nullable Throwable cause) {
        super(message, sql, cause);
    }

    /** Always: running the transaction again may succeed. */
    @Override
    public boolean isTransient() {
        return true;
    }
}
