package dev.quarry.jdbc.observation;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.TransactionOptions;
import java.util.Objects;

/**
 * A transaction that begins. Immutable.
 *
 * @param database the database it runs on
 * @param options its options (propagation, isolation, read-only, timeouts, retry, budgets)
 */
public record TransactionStart(Database database, TransactionOptions options) {
    public TransactionStart {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(options, "options");
    }
}
