package dev.quarry.jdbc;

import static dev.quarry.jdbc.LoggedItems.ITEMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.List;

/** {@code explain()}: the database's plan of a select, as text, with its values bound. */
class ExplainTest {
    private final RecordingObserver observer = new RecordingObserver();

    private static boolean mentionsItems(List<String> plan) {
        return plan.stream().anyMatch(line -> line.contains("obs_items"));
    }

    @OnEveryDialect
    void thePlanOfASelectNamesItsTable(TestTarget target) {
        Database db = ObserverScenarios.open(target, "explain", builder -> builder.observer(observer));
        List<String> plan = db.transaction(tx -> tx.selectFrom(ITEMS).where(ITEMS.name.eq("pear")).orderBy(ITEMS.id.asc()).explain());
        assertFalse(plan.isEmpty());
        assertTrue(mentionsItems(plan), plan::toString);
        List<String> ofAQueryTree = db.transaction(tx -> tx.explain(
                tx.selectFrom(ITEMS).where(ITEMS.quantity.gt(1)).union(tx.selectFrom(ITEMS).where(ITEMS.id.eq(1))).statement(), false));
        assertTrue(mentionsItems(ofAQueryTree), ofAQueryTree::toString);
    }

    @OnEveryDialect
    void analyzeRunsTheQueryWhereTheDatabaseHasSuchAForm(TestTarget target) {
        Database db = ObserverScenarios.open(target, "explain-analyze", builder -> builder.observer(observer));
        observer.clear();
        switch (db.dialect().name()) {
            case "sqlite" -> {
                UnsupportedFeatureException refused = assertThrows(UnsupportedFeatureException.class,
                        () -> db.transaction(tx -> tx.selectFrom(ITEMS).explain(true)));
                assertEquals("EXPLAIN ANALYZE is not supported on sqlite: SQLite's EXPLAIN QUERY PLAN shows the plan without"
                        + " running the query; explain without analyze", refused.getMessage());
                assertEquals(List.of("connection 1", "ended ROLLED_BACK 1 UnsupportedFeatureException"), observer.only().events());
            }
            case "postgresql" -> {
                List<String> plan = db.transaction(tx -> tx.selectFrom(ITEMS).where(ITEMS.name.eq("pear")).explain(true));
                assertTrue(mentionsItems(plan), plan::toString);
                assertTrue(plan.stream().anyMatch(line -> line.contains("actual time=")), plan::toString);
            }
            case "mariadb" -> {
                List<String> plan = db.transaction(tx -> tx.selectFrom(ITEMS).where(ITEMS.name.eq("pear")).explain(true));
                assertTrue(mentionsItems(plan), plan::toString);
                assertTrue(plan.stream().anyMatch(line -> line.contains("r_rows=")), plan::toString);
            }
            default -> throw new AssertionError("no expectation for the plans of " + db.dialect().name());
        }
    }
}
