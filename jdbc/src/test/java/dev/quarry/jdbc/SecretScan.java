package dev.quarry.jdbc;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.quarry.jdbc.observation.DatabaseObserver;
import dev.quarry.jdbc.observation.TransactionEnd;
import dev.quarry.jdbc.observation.TransactionObserver;
import dev.quarry.jdbc.observation.TransactionStart;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where a secret could leak: the text of every throwable reachable from a failure (causes,
 * suppressed, the driver's next exceptions), and a statement log an observer writes the way a
 * log or a span exporter would, binds printed through their {@code toString()}.
 */
final class SecretScan {
    private SecretScan() {
    }

    /** An observer that writes each statement, its binds and its failure, and each transaction's end, as log lines. */
    static final class StatementLog implements DatabaseObserver {
        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public TransactionObserver transactionStarted(TransactionStart start) {
            return new TransactionObserver() {
                @Override
                public void statementExecuted(ExecutedStatement statement) {
                    lines.add(statement.sql() + " -- binds: " + statement.binds()
                            + (statement.failure() == null ? "" : " -- failed: " + everything(statement.failure())));
                }

                @Override
                public void transactionEnded(TransactionEnd end) {
                    lines.add("transaction " + end.outcome() + (end.failure() == null ? "" : ": " + everything(end.failure())));
                }
            };
        }

        String text() {
            return String.join("\n", lines);
        }
    }

    /** The messages of the failure and of everything reachable from it, each with its class. */
    static String everything(Throwable failure) {
        StringBuilder text = new StringBuilder();
        collect(failure, text, Collections.newSetFromMap(new IdentityHashMap<>()));
        return text.toString();
    }

    private static void collect(Throwable error, StringBuilder text, Set<Throwable> seen) {
        if (!seen.add(error)) {
            return;
        }
        text.append(error).append('\n');
        if (error instanceof DataAccessException access && access.sql() != null) {
            text.append(access.sql()).append('\n');
        }
        if (error instanceof SQLException sql && sql.getNextException() != null) {
            collect(sql.getNextException(), text, seen);
        }
        if (error.getCause() != null) {
            collect(error.getCause(), text, seen);
        }
        for (Throwable suppressed : error.getSuppressed()) {
            collect(suppressed, text, seen);
        }
    }

    /** Asserts that none of the secrets appears in the text. */
    static void assertNoSecret(String where, String text, String... secrets) {
        for (String secret : secrets) {
            assertFalse(text.contains(secret), () -> where + " shows the secret " + secret + ":\n" + text);
        }
    }
}
