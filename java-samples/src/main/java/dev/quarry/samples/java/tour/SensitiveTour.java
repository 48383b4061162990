package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.tour.SensitiveTour.Subscribers.SUBSCRIBERS;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.ExecutedStatement;
import dev.quarry.jdbc.Row;
import dev.quarry.jdbc.UniqueViolationException;
import dev.quarry.jdbc.observation.DatabaseObserver;
import dev.quarry.jdbc.observation.TransactionObserver;
import dev.quarry.jdbc.observation.TransactionStart;
import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Sensitive columns through the Java facade. docs/observability.md shows each region between
 * "docs:" markers; the samples' tests run them on SQLite.
 */
public final class SensitiveTour {
    private SensitiveTour() {
    }

    // docs:sensitive-table
    public static final class Subscribers extends Table {
        public static final Subscribers SUBSCRIBERS = new Subscribers();
        public final Column<Long> id = bigint("id").autoIncrement();
        public final Column<String> email = varchar("email", 128).sensitive().unique();
        public final Column<@Nullable String> cardToken = varchar("card_token", 64).sensitive().nullable();
        public final Column<String> plan = varchar("plan", 16);

        private Subscribers() {
            super("subscribers");
        }
    }
    // docs:end

    // docs:sensitive-use
    /** Subscribes an address once; a second time fails as a unique violation whose message shows {@code ***}. */
    static boolean subscribe(Database db, String address, @Nullable String token) {
        try {
            db.inTransaction(tx -> tx.insertInto(SUBSCRIBERS).set(SUBSCRIBERS.email, address)
                    .set(SUBSCRIBERS.cardToken, token).set(SUBSCRIBERS.plan, "basic").execute());
            return true;
        } catch (UniqueViolationException duplicate) {
            return false;
        }
    }

    /** The log shows {@code WHERE "email" = ?} with {@code ***} bound; the row read back holds the real token. */
    static @Nullable String cardTokenOf(Database db, String address) {
        Row row = db.transaction(tx -> tx.selectFrom(SUBSCRIBERS).where(SUBSCRIBERS.email.eq(address)).fetchOne());
        return row == null ? null : row.get(SUBSCRIBERS.cardToken);
    }
    // docs:end

    // docs:sensitive-observer
    /** Prints each statement with its binds; a sensitive bind's toString() is {@code ***}, never the value. */
    record StatementPrinter(Consumer<String> print) implements DatabaseObserver {
        @Override
        public TransactionObserver transactionStarted(TransactionStart start) {
            return new TransactionObserver() {
                @Override
                public void statementExecuted(ExecutedStatement statement) {
                    print.accept(statement.fingerprint().name() + ": " + statement.sql() + " " + statement.binds());
                }
            };
        }
    }
    // docs:end
}
