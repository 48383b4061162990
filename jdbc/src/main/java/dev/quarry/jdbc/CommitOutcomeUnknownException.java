package dev.quarry.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * The connection was lost while the database committed: the transaction may have been saved or
 * not, and nothing can tell which from this connection. Never retried automatically, because
 * running the work again could write it twice. Make such writes idempotent (a unique key the
 * retry reuses, an upsert, or a check of what exists) before retrying them; see
 * docs/transactions.md.
 */
public class CommitOutcomeUnknownException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    public CommitOutcomeUnknownException(String message, @Nullable Throwable cause) {
        super(message, null, cause);
    }
}
