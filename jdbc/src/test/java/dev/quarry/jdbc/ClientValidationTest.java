package dev.quarry.jdbc;

import static dev.quarry.jdbc.HookItems.ITEMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.InvalidValueException;
import dev.quarry.ValidationException;
import dev.quarry.jdbc.hooks.Hooks;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.List;

/**
 * Client-side validators of columns and tables, on every database: every violation of every row is
 * reported in one exception, with row indexes for a multi-row insert, before any SQL is sent; values
 * that hooks add are validated too.
 */
class ClientValidationTest {
    private final List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Database open(TestTarget target, Hooks hooks) {
        Database db = TestDatabases.openLike(TestDatabases.of(target), "validation-" + target.name(), 2,
                builder -> builder.hooks(hooks).statementListener(statement -> sent.add(statement.sql())));
        HookItems.recreate(db);
        sent.clear();
        return db;
    }

    @OnEveryDialect
    void everyViolationOfARowIsReportedTogetherBeforeAnySql(TestTarget target) {
        try (Database db = open(target, Hooks.NONE)) {
            ValidationException failure = assertThrows(ValidationException.class, () -> db.inTransaction(tx ->
                    tx.insertInto(ITEMS).set(ITEMS.id, 1).set(ITEMS.name, " ").set(ITEMS.price, -5)
                            .set(ITEMS.minQuantity, 5).set(ITEMS.maxQuantity, 2).execute()));
            assertEquals(List.of(
                    new ValidationException.Violation(0, ITEMS.name, "must not be blank"),
                    new ValidationException.Violation(0, ITEMS.price, "must be positive"),
                    new ValidationException.Violation(0, null, "the maximum quantity must not be below the minimum")),
                    failure.violations());
            assertEquals("validation failed for hook_items: hook_items.name: must not be blank; hook_items.price: must be"
                    + " positive; the maximum quantity must not be below the minimum", failure.getMessage());
            assertInstanceOf(InvalidValueException.class, failure, "a validation failure is an invalid value");
            assertTrue(sent.stream().noneMatch(sql -> sql.contains("hook_items")), "nothing was sent: " + sent);
        }
    }

    @OnEveryDialect
    void aMultiRowInsertReportsTheIndexOfEachFailingRowAndWritesNothing(TestTarget target) {
        try (Database db = open(target, Hooks.NONE)) {
            ValidationException failure = assertThrows(ValidationException.class, () -> db.inTransaction(tx ->
                    tx.insertInto(ITEMS).rows(List.of(10, 0, 30, -1), (row, price) -> row.set(ITEMS.id, 100 + price)
                            .set(ITEMS.name, "item").set(ITEMS.price, price).set(ITEMS.minQuantity, 1)
                            .set(ITEMS.maxQuantity, 1)).execute()));
            assertEquals(List.of(1, 3), failure.violations().stream().map(ValidationException.Violation::row).toList());
            assertEquals(List.of(new ValidationException.Violation(3, ITEMS.price, "must be positive")), failure.violationsOfRow(3));
            assertTrue(failure.getMessage().contains("row 1: hook_items.price: must be positive | row 3:"), failure.getMessage());
            assertEquals(0L, (long) db.transaction(tx -> tx.selectFrom(ITEMS).count()));
        }
    }

    @OnEveryDialect
    void updatesAreValidatedOnTheValuesTheySetAndNullsAreLeftToNullability(TestTarget target) {
        try (Database db = open(target, Hooks.NONE)) {
            db.inTransaction(tx -> HookItems.item(tx, 1, "lamp", 20).execute());
            ValidationException failure = assertThrows(ValidationException.class, () -> db.inTransaction(tx ->
                    tx.update(ITEMS).set(ITEMS.price, 0).set(ITEMS.changedBy, "").where(ITEMS.id.eq(1)).execute()));
            assertEquals(List.of(new ValidationException.Violation(0, ITEMS.price, "must be positive"),
                    new ValidationException.Violation(0, ITEMS.changedBy, "must pass its check")), failure.violations());
            db.inTransaction(tx -> tx.update(ITEMS).set(ITEMS.changedBy, (String) null).set(ITEMS.minQuantity, 50)
                    .where(ITEMS.id.eq(1)).execute());
            Row row = db.transaction(tx -> tx.selectFrom(ITEMS).fetchOne());
            assertNull(row.get(ITEMS.changedBy));
            assertEquals(50, row.get(ITEMS.minQuantity),
                    "a table validator whose columns the update does not all set is not run against stored values");
            assertEquals(20, row.get(ITEMS.price));
        }
    }

    @OnEveryDialect
    void valuesAHookAddsAreValidatedWithTheRest(TestTarget target) {
        Hooks hooks = Hooks.builder().beforeUpdate(ITEMS, event -> event.set(ITEMS.price, -1)).build();
        try (Database db = open(target, hooks)) {
            db.inTransaction(tx -> HookItems.item(tx, 1, "lamp", 20).execute());
            ValidationException failure = assertThrows(ValidationException.class, () -> db.inTransaction(tx ->
                    tx.update(ITEMS).set(ITEMS.name, "desk lamp").where(ITEMS.id.eq(1)).execute()));
            assertEquals(List.of(new ValidationException.Violation(0, ITEMS.price, "must be positive")), failure.violations());
        }
    }

    @OnEveryDialect
    void aValidatorNamingAColumnOfAnotherTableIsRefused(TestTarget target) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, Stray::new);
        assertTrue(refused.getMessage().contains("names hook_items.price, a column of another table"), refused.getMessage());
    }

    static final class Stray extends dev.quarry.sql.Table {
        Stray() {
            super("stray");
            integer("id");
            validator("stray", List.of(ITEMS.price), row -> true);
        }
    }
}
