package dev.quarry.jdbc;

import static dev.quarry.jdbc.LoggedItems.ITEMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SQL log: statements on {@code dev.quarry.sql}, transactions on {@code dev.quarry.transaction}, slow statements at WARN. */
class SqlLogTest {
    private static final String SQL = "dev.quarry.sql";
    private static final String SLOW = "dev.quarry.sql.slow";
    private static final String TRANSACTION = "dev.quarry.transaction";
    private static final Pattern DRIVER_CODE = Pattern.compile("\\((SQLState \\w{5}|error code \\d+), ");
    private static final Pattern ELAPSED = Pattern.compile("\\d+\\.\\d{3} ms");

    private static Database open(TestTarget target, String name, UnaryOperator<DatabaseConfig.Builder> configure) {
        return ObserverScenarios.open(target, name, configure);
    }

    private static List<String> ofDatabase(List<String> lines, Database db) {
        return lines.stream().filter(line -> line.startsWith("[" + db.name() + "] ")).toList();
    }

    @OnEveryDialect
    void debugLogsEachStatementWithItsNameTimeRowsAndSqlButNotItsValues(TestTarget target) {
        Database db = open(target, "log-debug", builder -> builder);
        try (CapturedLog log = CapturedLog.start().level(SQL, Level.DEBUG)) {
            db.inTransaction(tx -> {
                tx.selectFrom(ITEMS).where(ITEMS.quantity.gt(1)).fetch();
                tx.update(ITEMS).set(ITEMS.quantity, 7).where(ITEMS.name.eq("pear")).execute();
            });
            List<String> lines = ofDatabase(log.lines(SQL, Level.DEBUG), db);
            assertEquals(2, lines.size(), lines.toString());
            String select = lines.get(0);
            assertTrue(select.startsWith("[" + db.name() + "] select obs_items "), select);
            assertTrue(ELAPSED.matcher(select).find(), select);
            assertTrue(select.contains(", 2 rows: SELECT "), select);
            String update = lines.get(1);
            assertTrue(update.startsWith("[" + db.name() + "] update obs_items "), update);
            assertTrue(update.contains(", 1 row: UPDATE "), update);
            assertTrue(!update.contains("pear"), "values stay out of the DEBUG line: " + update);
            assertEquals(List.of(), log.lines(SQL, Level.TRACE));
        }
    }

    @OnEveryDialect
    void traceAddsTheBindValuesOfEachStatement(TestTarget target) {
        Database db = open(target, "log-trace", builder -> builder);
        try (CapturedLog log = CapturedLog.start().level(SQL, Level.TRACE)) {
            db.inTransaction(tx -> tx.update(ITEMS).set(ITEMS.quantity, 7).where(ITEMS.name.eq("pear")).execute());
            List<String> binds = ofDatabase(log.lines(SQL, Level.TRACE), db);
            assertEquals(List.of("[" + db.name() + "] binds [7, 'pear']"), binds);
        }
    }

    @OnEveryDialect
    void aFailedStatementIsLoggedAtDebugWithItsSqlState(TestTarget target) {
        Database db = open(target, "log-failure", builder -> builder);
        try (CapturedLog log = CapturedLog.start().level(SQL, Level.DEBUG).level(TRANSACTION, Level.DEBUG)) {
            assertThrows(UniqueViolationException.class, () -> db.inTransaction(tx -> LoggedItems.add(tx, 1, "again", 1)));
            List<String> lines = ofDatabase(log.lines(SQL, Level.DEBUG), db);
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).contains("insert obs_items failed after "), lines.get(0));
            assertTrue(lines.get(0).contains("UniqueViolationException): INSERT "), lines.get(0));
            assertTrue(DRIVER_CODE.matcher(lines.get(0)).find(), lines.get(0));
            List<String> transactions = ofDatabase(log.lines(TRANSACTION, Level.DEBUG), db);
            assertEquals(2, transactions.size(), transactions.toString());
            assertTrue(transactions.get(1).startsWith("[" + db.name() + "] rollback after "), transactions.get(1));
            assertTrue(transactions.get(1).endsWith("UniqueViolationException)"), transactions.get(1));
            assertTrue(log.events().stream().noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.INFO)),
                    () -> log.allText().toString());
        }
    }

    @OnEveryDialect
    void transactionLogShowsBeginCommitRollbackAndSavepoints(TestTarget target) {
        Database db = open(target, "log-transactions", builder -> builder);
        String prefix = "[" + db.name() + "] ";
        try (CapturedLog log = CapturedLog.start().level(TRANSACTION, Level.DEBUG)) {
            db.inTransaction(TransactionOptions.DEFAULT.readOnly(), tx -> tx.selectFrom(ITEMS).fetch());
            db.inTransaction(tx -> {
                LoggedItems.add(tx, 3, "plum", 1);
                assertThrows(UniqueViolationException.class, () -> db.inTransaction(
                        TransactionOptions.DEFAULT.propagation(Propagation.NESTED), nested -> LoggedItems.add(nested, 1, "again", 1)));
                db.inTransaction(TransactionOptions.DEFAULT.propagation(Propagation.NESTED), nested -> LoggedItems.add(nested, 4, "fig", 1));
            });
            db.inTransaction(Transaction::setRollbackOnly);
            List<String> lines = ofDatabase(log.lines(TRANSACTION, Level.DEBUG), db).stream()
                    .map(line -> line.substring(prefix.length()).replaceAll("\\d+\\.\\d{3} ms", "T")).toList();
            assertEquals(List.of(
                    "begin read-only", "commit after T, 1 attempt",
                    "begin", "savepoint set", "rolled back to savepoint", "savepoint set", "savepoint released",
                    "commit after T, 1 attempt",
                    "begin", "rollback after T, 1 attempt (rollback-only)"), lines);
        }
    }

    @OnEveryDialect
    void aRetriedAttemptIsLoggedWithItsSqlStateAttemptAndBackoff(TestTarget target) {
        Database db = open(target, "log-retry", builder -> builder);
        String prefix = "[" + db.name() + "] ";
        try (CapturedLog log = CapturedLog.start().level(TRANSACTION, Level.DEBUG)) {
            ObserverScenarios.serializationConflict(db);
            List<String> lines = ofDatabase(log.lines(TRANSACTION, Level.DEBUG), db);
            String retry = lines.stream().filter(line -> line.contains(" failed ")).findFirst().orElseThrow(() -> new AssertionError(lines));
            assertTrue(Pattern.compile(Pattern.quote(prefix) + "attempt 1 of 3 failed after \\d+\\.\\d{3} ms \\((SQLState \\w{5}|error code \\d+), \\w+\\);"
                    + " rolled back, retrying after a backoff").matcher(retry).matches(), retry);
            assertTrue(lines.stream().anyMatch(line -> line.startsWith(prefix + "commit after ") && line.endsWith(", 2 attempts")),
                    lines::toString);
        }
    }

    @OnEveryDialect
    void aTimedOutTransactionIsLoggedAsSuch(TestTarget target) {
        Database db = open(target, "log-timeout", builder -> builder);
        try (CapturedLog log = CapturedLog.start().level(TRANSACTION, Level.DEBUG)) {
            assertThrows(TransactionTimeoutException.class, () -> ObserverScenarios.timeOut(db));
            List<String> lines = ofDatabase(log.lines(TRANSACTION, Level.DEBUG), db);
            assertTrue(lines.get(lines.size() - 1).startsWith("[" + db.name() + "] rollback: timed out after "), lines::toString);
        }
    }

    @OnEveryDialect
    void slowStatementsAreLoggedAtWarnWhateverTheLevelOfTheSqlLog(TestTarget target) {
        Database db = open(target, "log-slow", builder -> builder.slowStatementThreshold(Duration.ofNanos(1)));
        try (CapturedLog log = CapturedLog.start().level(SQL, Level.WARN)) {
            db.inTransaction(tx -> tx.update(ITEMS).set(ITEMS.quantity, 7).where(ITEMS.name.eq("pear")).execute());
            List<String> slow = ofDatabase(log.lines(SLOW, Level.WARN), db);
            assertEquals(1, slow.size(), slow.toString());
            assertTrue(Pattern.compile(Pattern.quote("[" + db.name() + "] slow statement update obs_items took ")
                    + "\\d+\\.\\d{3} ms \\(threshold 0\\.000 ms\\): UPDATE .*").matcher(slow.get(0)).matches(), slow.get(0));
            assertTrue(!slow.get(0).contains("pear"), slow.get(0));
            assertEquals(List.of(), log.lines(SQL, Level.DEBUG));
        }
    }

    @OnEveryDialect
    void aHappyWorkloadLogsNothingAtInfoOrAbove(TestTarget target) {
        try (CapturedLog log = CapturedLog.start().level("dev.quarry", Level.INFO)) {
            Database db = open(target, "log-quiet", builder -> builder);
            db.inTransaction(tx -> {
                LoggedItems.add(tx, 3, "plum", 1);
                tx.selectFrom(ITEMS).fetch();
                db.inTransaction(TransactionOptions.DEFAULT.propagation(Propagation.NESTED), nested -> LoggedItems.add(nested, 4, "fig", 1));
            });
            db.transactionAsync(tx -> tx.selectFrom(ITEMS).count()).join();
            db.close();
            List<ILoggingEvent> loud = log.events().stream()
                    .filter(event -> event.getLevel().isGreaterOrEqual(Level.INFO) && event.getLoggerName().startsWith("dev.quarry"))
                    .toList();
            assertEquals(List.of(), loud.stream().map(ILoggingEvent::getFormattedMessage).toList());
        }
    }

    @Test
    void theSlowThresholdMustBePositive() {
        DatabaseConfig.Builder builder = DatabaseConfig.builder("jdbc:sqlite:unused.db");
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> builder.slowStatementThreshold(Duration.ZERO));
        assertEquals("slow statement threshold must be positive, got PT0S", zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> builder.slowStatementThreshold(Duration.ofMillis(-5)));
        assertThrows(NullPointerException.class, () -> builder.slowStatementThreshold(null));
        assertEquals(null, builder.build().slowStatementThreshold());
        assertEquals(Duration.ofMillis(250), builder.slowStatementThreshold(Duration.ofMillis(250)).build().slowStatementThreshold());
    }
}
