package dev.quarry.jdbc;

import static dev.quarry.jdbc.HookItems.ITEMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.hooks.Hooks;
import dev.quarry.jdbc.hooks.WriteEvent;
import dev.quarry.jdbc.hooks.WriteKind;
import dev.quarry.sql.Delete;
import dev.quarry.sql.Select;
import dev.quarry.sql.Update;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Table hooks and statement interceptors on every database: before-hooks add assignments or veto,
 * after-hooks see the affected rows, hooks may run statements in the same transaction, and
 * interceptors see and may replace or refuse every statement.
 */
class WriteHookTest {
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05.123456Z");

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<String> sent = new CopyOnWriteArrayList<>();

    private Database open(TestTarget target, Hooks hooks) {
        Database db = TestDatabases.openLike(TestDatabases.of(target), "hooks-" + target.name(), 2,
                builder -> builder.hooks(hooks).statementListener(statement -> sent.add(statement.sql())));
        HookItems.recreate(db);
        events.clear();
        sent.clear();
        return db;
    }

    private void record(WriteEvent event) {
        events.add((event.isBefore() ? "before " : "after ") + event.kind() + " " + event.table().tableName()
                + " values=" + event.values().size() + " affected=" + event.affectedRows());
    }

    @OnEveryDialect
    void beforeHooksAddAssignmentsToInsertsAndUpdates(TestTarget target) {
        Hooks hooks = Hooks.builder()
                .beforeInsert(ITEMS, event -> event.set(ITEMS.updatedAt, NOW).set(ITEMS.changedBy, "importer"))
                .beforeUpdate(ITEMS, event -> event.set(ITEMS.updatedAt, NOW.plus(1, ChronoUnit.DAYS)))
                .build();
        try (Database db = open(target, hooks)) {
            db.inTransaction(tx -> tx.insertInto(ITEMS).rows(List.of(1, 2), (row, id) -> row.set(ITEMS.id, id)
                    .set(ITEMS.name, "item " + id).set(ITEMS.price, 5).set(ITEMS.minQuantity, 1).set(ITEMS.maxQuantity, 2)
                    .set(ITEMS.changedBy, "caller")).execute());
            List<Row> inserted = db.transaction(tx -> tx.selectFrom(ITEMS).orderBy(ITEMS.id.asc()).fetch());
            assertEquals(List.of(NOW, NOW), inserted.stream().map(row -> row.get(ITEMS.updatedAt)).toList());
            assertEquals(List.of("importer", "importer"), inserted.stream().map(row -> row.get(ITEMS.changedBy)).toList(),
                    "a hook's assignment replaces the caller's");
            db.inTransaction(tx -> tx.update(ITEMS).set(ITEMS.price, 6).where(ITEMS.id.eq(2)).execute());
            Row updated = db.transaction(tx -> tx.selectFrom(ITEMS).where(ITEMS.id.eq(2)).fetchOne());
            assertEquals(NOW.plus(1, ChronoUnit.DAYS), updated.get(ITEMS.updatedAt));
            assertEquals(6, updated.get(ITEMS.price));
        }
    }

    @OnEveryDialect
    void aBeforeHookVetoesByThrowingAndNothingIsSent(TestTarget target) {
        Hooks hooks = Hooks.builder().beforeDelete(ITEMS, event -> {
            throw new IllegalStateException("items are never deleted, only retired");
        }).build();
        try (Database db = open(target, hooks)) {
            db.inTransaction(tx -> HookItems.item(tx, 1, "lamp", 20).execute());
            sent.clear();
            IllegalStateException veto = assertThrows(IllegalStateException.class,
                    () -> db.inTransaction(tx -> tx.deleteFrom(ITEMS).where(ITEMS.id.eq(1)).execute()));
            assertEquals("items are never deleted, only retired", veto.getMessage());
            assertTrue(sent.stream().noneMatch(sql -> sql.startsWith("DELETE")), sent.toString());
            assertEquals(1L, (long) db.transaction(tx -> tx.selectFrom(ITEMS).count()));
        }
    }

    @OnEveryDialect
    void hooksSeeTheStatementTheValuesAndTheAffectedRowsInOrder(TestTarget target) {
        Hooks hooks = Hooks.builder()
                .beforeInsert(ITEMS, this::record).afterInsert(ITEMS, this::record)
                .beforeUpdate(ITEMS, this::record).afterUpdate(ITEMS, this::record)
                .beforeDelete(ITEMS, this::record).afterDelete(ITEMS, this::record)
                .build();
        try (Database db = open(target, hooks)) {
            db.inTransaction(tx -> {
                HookItems.item(tx, 1, "lamp", 20).execute();
                HookItems.item(tx, 2, "desk", 90).execute();
                tx.update(ITEMS).set(ITEMS.price, 25).where(ITEMS.price.lt(100)).execute();
                tx.deleteFrom(ITEMS).where(ITEMS.id.eq(2)).execute();
            });
            assertEquals(List.of(
                    "before INSERT hook_items values=1 affected=-1", "after INSERT hook_items values=1 affected=1",
                    "before INSERT hook_items values=1 affected=-1", "after INSERT hook_items values=1 affected=1",
                    "before UPDATE hook_items values=1 affected=-1", "after UPDATE hook_items values=1 affected=2",
                    "before DELETE hook_items values=0 affected=-1", "after DELETE hook_items values=0 affected=1"), events);
        }
    }

    @OnEveryDialect
    void theValuesOfAnInsertAreThoseItWrites(TestTarget target) {
        List<Map<?, ?>> seen = new CopyOnWriteArrayList<>();
        Hooks hooks = Hooks.builder().beforeInsert(ITEMS, event -> seen.addAll(event.values())).build();
        try (Database db = open(target, hooks)) {
            db.inTransaction(tx -> HookItems.item(tx, 1, "lamp", 20).execute());
            assertEquals(1, seen.size());
            assertEquals("lamp", seen.get(0).get(ITEMS.name));
            assertEquals(20, seen.get(0).get(ITEMS.price));
        }
    }

    @OnEveryDialect
    void aHookMayRunStatementsInTheSameTransaction(TestTarget target) {
        Hooks hooks = Hooks.builder().afterInsert(ITEMS, event -> {
            long count = event.transaction().selectFrom(ITEMS).count();
            events.add("items now " + count);
        }).build();
        try (Database db = open(target, hooks)) {
            assertThrows(IllegalStateException.class, () -> db.inTransaction(tx -> {
                HookItems.item(tx, 1, "lamp", 20).execute();
                throw new IllegalStateException("roll back");
            }));
            assertEquals(List.of("items now 1"), events, "the hook saw the uncommitted row of its own transaction");
        }
    }

    @OnEveryDialect
    void anAfterHookCannotAddAssignmentsAndADeleteHasNone(TestTarget target) {
        Hooks hooks = Hooks.builder()
                .afterInsert(ITEMS, event -> event.set(ITEMS.changedBy, "late"))
                .beforeDelete(ITEMS, event -> event.set(ITEMS.changedBy, "gone"))
                .build();
        try (Database db = open(target, hooks)) {
            IllegalStateException late = assertThrows(IllegalStateException.class,
                    () -> db.inTransaction(tx -> HookItems.item(tx, 1, "lamp", 20).execute()));
            assertTrue(late.getMessage().contains("has run already"), late.getMessage());
            IllegalStateException delete = assertThrows(IllegalStateException.class,
                    () -> db.inTransaction(tx -> tx.deleteFrom(ITEMS).execute()));
            assertTrue(delete.getMessage().contains("on a delete"), delete.getMessage());
        }
    }

    @OnEveryDialect
    void interceptorsSeeEveryStatementAndMayReplaceOrRefuseIt(TestTarget target) {
        List<String> kinds = new CopyOnWriteArrayList<>();
        Hooks hooks = Hooks.builder()
                .interceptor((transaction, statement) -> {
                    kinds.add(statement.getClass().getSimpleName());
                    return statement;
                })
                .interceptor((transaction, statement) -> statement instanceof Update update && update.where() == null
                        ? refuse("an update without a filter") : statement)
                .interceptor((transaction, statement) -> statement instanceof Select select && select.limit() == null
                        ? select.limit(1) : statement)
                .build();
        try (Database db = open(target, hooks)) {
            kinds.clear();
            db.inTransaction(tx -> {
                HookItems.item(tx, 1, "lamp", 20).execute();
                HookItems.item(tx, 2, "desk", 90).execute();
                assertEquals(1, tx.selectFrom(ITEMS).fetch().size(), "the interceptor limited the query");
                assertEquals(2L, tx.selectFrom(ITEMS).count());
            });
            assertEquals(List.of("Insert", "Insert", "Select", "Count"), kinds);
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> db.inTransaction(tx -> tx.update(ITEMS).set(ITEMS.price, 1).execute()));
            assertEquals("refused: an update without a filter", refused.getMessage());
        }
    }

    private static Update refuse(String why) {
        throw new IllegalStateException("refused: " + why);
    }

    @OnEveryDialect
    void anInterceptorThatChangesTheKindOfAStatementIsAnError(TestTarget target) {
        Hooks hooks = Hooks.builder()
                .interceptor((transaction, statement) -> statement instanceof Delete ? Select.from(ITEMS) : statement).build();
        try (Database db = open(target, hooks)) {
            IllegalStateException wrong = assertThrows(IllegalStateException.class,
                    () -> db.inTransaction(tx -> tx.deleteFrom(ITEMS).execute()));
            assertTrue(wrong.getMessage().contains("turned a Delete into a Query"), wrong.getMessage());
        }
    }

    @OnEveryDialect
    void hooksOfATableRequireABaseTable(TestTarget target) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Hooks.builder().beforeInsert(ITEMS.as("i"), event -> { }));
        assertTrue(refused.getMessage().contains("not to the alias"), refused.getMessage());
        assertSame(Hooks.NONE, TestDatabases.of(target).config().hooks());
        assertNull(TestDatabases.of(target).config().auditActor().get());
        assertNotNull(WriteKind.valueOf("DELETE"));
    }
}
