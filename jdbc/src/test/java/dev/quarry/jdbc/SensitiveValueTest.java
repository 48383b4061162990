package dev.quarry.jdbc;

import static dev.quarry.jdbc.SecretScan.assertNoSecret;
import static dev.quarry.jdbc.SecretScan.everything;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;

/**
 * Values of sensitive columns never reach a statement log or an exception, on every database:
 * failing inserts, batches and updates are provoked for real, the log an observer writes and
 * everything reachable from the exception are scanned for the secrets, and the failures keep
 * their type, constraint and SQLState. Reading the values back returns them unmasked.
 */
class SensitiveValueTest {
    static final class Vault extends Table {
        static final Vault VAULT = new Vault();
        final Column<Integer> id = integer("id");
        final Column<String> email = varchar("email", 64).sensitive().unique();
        final Column<String> pin = varchar("pin", 64).sensitive();
        final Column<Integer> age = integer("age");

        private Vault() {
            super("sensitive_vault");
            primaryKey(id);
            check("ck_sensitive_vault_age", age.ge(0));
        }
    }

    private static final Vault VAULT = Vault.VAULT;
    private static final String EMAIL = "ada.secret@example.org";
    private static final String PIN = "pin-7f3a9c";
    private static final String NEW_PIN = "pin-0d41e8";

    private final SecretScan.StatementLog log = new SecretScan.StatementLog();
    private @Nullable Database opened;

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    private Database fresh(TestTarget target) {
        Database db = TestDatabases.openLike(TestDatabases.of(target), "sensitive-" + target.name(), 2,
                builder -> builder.observer(log));
        db.inTransaction(tx -> {
            tx.dropTableIfExists(VAULT);
            tx.createTable(VAULT);
            store(tx, 1, EMAIL, PIN);
        });
        opened = db;
        return db;
    }

    private static void store(Transaction tx, int id, String email, String pin) {
        tx.insertInto(VAULT).set(VAULT.id, id).set(VAULT.email, email).set(VAULT.pin, pin).set(VAULT.age, 30).execute();
    }

    private static boolean isSqlite(Database db) {
        return db.dialect().name().equals("sqlite");
    }

    /** Asserts that neither the log nor the failure shows a secret, and that the masks are there instead. */
    private void assertRedacted(Database db, DataAccessException failure, String... secrets) {
        assertNoSecret("the statement log", log.text(), secrets);
        assertNoSecret("the exception", everything(failure), secrets);
        assertTrue(log.text().contains("***"), log.text());
        SQLException driver = assertInstanceOf(SQLException.class, failure.getCause());
        assertEquals(failure.sqlState(), driver.getSQLState());
        assertEquals(failure.errorCode(), driver.getErrorCode());
        if (!isSqlite(db)) {
            // PostgreSQL and MariaDB quote the values in their messages; SQLite names only the columns.
            assertTrue(failure.getMessage().contains("***"), failure.getMessage());
        }
    }

    @OnEveryDialect
    void aDuplicateInsertShowsNoSecretAndIsStillAUniqueViolation(TestTarget target) {
        Database db = fresh(target);
        UniqueViolationException duplicate = assertThrows(UniqueViolationException.class,
                () -> db.inTransaction(tx -> store(tx, 2, EMAIL, NEW_PIN)));
        if (isSqlite(db)) {
            assertNull(duplicate.constraint(), "SQLite names the column, not the constraint");
            assertEquals("email", duplicate.column());
        } else {
            assertEquals("uq_sensitive_vault_email", duplicate.constraint());
        }
        assertRedacted(db, duplicate, EMAIL, NEW_PIN, PIN);
    }

    @OnEveryDialect
    void aBatchOfRowsWithADuplicateShowsNoSecret(TestTarget target) {
        Database db = fresh(target);
        List<Integer> ids = List.of(2, 3, 4);
        UniqueViolationException duplicate = assertThrows(UniqueViolationException.class, () -> db.inTransaction(tx ->
                tx.insertInto(VAULT).rows(ids, (row, id) -> row.set(VAULT.id, id)
                        .set(VAULT.email, id == 3 ? EMAIL : "other" + id + "@example.org")
                        .set(VAULT.pin, NEW_PIN + id).set(VAULT.age, 20)).execute()));
        assertRedacted(db, duplicate, EMAIL, NEW_PIN);
        assertEquals(1L, (long) db.transaction(tx -> tx.selectFrom(VAULT).count()), "no row of the batch stays");
    }

    @OnEveryDialect
    void aFailingUpdateShowsNoSecretAndIsStillACheckViolation(TestTarget target) {
        Database db = fresh(target);
        CheckViolationException check = assertThrows(CheckViolationException.class, () -> db.inTransaction(tx ->
                tx.update(VAULT).set(VAULT.pin, NEW_PIN).set(VAULT.age, -1).where(VAULT.email.eq(EMAIL)).execute()));
        assertEquals("ck_sensitive_vault_age", check.constraint());
        assertNoSecret("the statement log", log.text(), EMAIL, NEW_PIN, PIN);
        assertNoSecret("the exception", everything(check), EMAIL, NEW_PIN);
        assertTrue(log.text().contains("UPDATE"), log.text());
    }

    @OnEveryDialect
    void anUpdateOfAnotherColumnShowsNoStoredSecretOfTheFailingRow(TestTarget target) {
        Database db = fresh(target);
        CheckViolationException check = assertThrows(CheckViolationException.class, () -> db.inTransaction(tx ->
                tx.update(VAULT).set(VAULT.age, -1).where(VAULT.id.eq(1)).execute()));
        assertEquals("ck_sensitive_vault_age", check.constraint());
        assertNoSecret("the exception", everything(check), EMAIL, PIN);
        assertNoSecret("the statement log", log.text(), EMAIL, PIN);
    }

    @OnEveryDialect
    void readingASensitiveColumnReturnsTheValueWhileTheLogMasksTheFilter(TestTarget target) {
        Database db = fresh(target);
        Row row = db.transaction(tx -> tx.selectFrom(VAULT).where(VAULT.email.eq(EMAIL)).fetchOne());
        assertEquals(EMAIL, row.get(VAULT.email));
        assertEquals(PIN, row.get(VAULT.pin));
        assertNoSecret("the statement log", log.text(), EMAIL, PIN);
        assertTrue(log.lines.stream().anyMatch(line -> line.startsWith("SELECT") && line.contains("-- binds: [***")),
                log.text());
    }
}
