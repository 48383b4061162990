package dev.quarry.jdbc;

import static dev.quarry.sql.Relation.manyToOne;
import static dev.quarry.sql.Relation.oneToMany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.InvalidQueryException;
import dev.quarry.sql.Column;
import dev.quarry.sql.Include;
import dev.quarry.sql.Relation;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The number of statements an include runs, counted by a {@link StatementListener}, for 0, 1, 1,000
 * and 100,000 parent rows: one for the parents, then one per include level and batch of parent
 * keys, a batch holding as many keys as the dialect's bind limit allows. Narrow tables and one bulk
 * insert keep the 100,000-parent case cheap.
 */
class IncludeStatementCountTest {
    static final Parents PARENTS = new Parents();
    static final Kids KIDS = new Kids();

    static final class Parents extends Table {
        final Column<Long> id = bigint("id");
        final Relation<Parents, Kids> kids = oneToMany(this, "kids", () -> KIDS.parent);

        private Parents() {
            super("rel_count_parents");
            primaryKey(id);
        }
    }

    static final class Kids extends Table {
        final Column<Long> id = bigint("id");
        final Column<Long> parentId = bigint("parent_id");
        final Relation<Kids, Parents> parent = manyToOne(this, "parent", PARENTS, parentId);

        private Kids() {
            super("rel_count_kids");
            primaryKey(id);
        }
    }

    /** The parents 1 to {@code count}, each thousandth with two kids. */
    private static Database withParents(TestTarget target, int count) {
        Database db = CountedDatabases.of(target);
        db.inTransaction(tx -> {
            tx.dropTableIfExists(KIDS);
            tx.dropTableIfExists(PARENTS);
            tx.createTable(PARENTS);
            tx.createTable(KIDS);
            if (count > 0) {
                tx.insertInto(PARENTS).rows(LongStream.rangeClosed(1, count).boxed().toList(),
                        (row, id) -> row.set(PARENTS.id, id)).execute();
                List<Long> withKids = LongStream.rangeClosed(1, count).filter(id -> id % 1000 == 1).boxed().toList();
                tx.insertInto(KIDS).rows(withKids, (row, id) -> row.set(KIDS.id, id * 2).set(KIDS.parentId, id))
                        .rows(withKids, (row, id) -> row.set(KIDS.id, id * 2 + 1).set(KIDS.parentId, id)).execute();
            }
        });
        CountedDatabases.reset();
        return db;
    }

    private static int keysPerStatement(Database db) {
        return db.dialect().maxBindParameters() - 1;
    }

    private static void assertParentsAndStatements(Database db, int parents) {
        List<RowTree> trees = db.transaction(tx -> tx.selectFrom(PARENTS).include(PARENTS.kids).fetch());
        assertEquals(parents, trees.size());
        long kids = trees.stream().mapToLong(tree -> tree.children(PARENTS.kids).size()).sum();
        assertEquals(2L * ((parents + 999) / 1000), kids);
        int batches = (parents + keysPerStatement(db) - 1) / keysPerStatement(db);
        List<ExecutedStatement> executed = CountedDatabases.executed();
        assertEquals(1 + batches, executed.size(), () -> "statements for " + parents + " parents: " + executed.size());
    }

    @OnEveryDialect
    void noParentsRunOnlyTheParentsStatement(TestTarget target) {
        assertParentsAndStatements(withParents(target, 0), 0);
    }

    @OnEveryDialect
    void oneParentRunsTwoStatements(TestTarget target) {
        assertParentsAndStatements(withParents(target, 1), 1);
    }

    @OnEveryDialect
    void aThousandParentsRunTwoStatements(TestTarget target) {
        assertParentsAndStatements(withParents(target, 1_000), 1_000);
    }

    @OnEveryDialect
    void aHundredThousandParentsRunOneStatementPerBatchOfKeysWithinTheBindLimit(TestTarget target) {
        Database db = withParents(target, 100_000);
        assertTrue(keysPerStatement(db) >= 32_765, "a batch holds at least 32,765 keys on every dialect");
        assertParentsAndStatements(db, 100_000);
    }

    @OnEveryDialect
    void aNestedLevelAddsOneStatementAndAManyToOneLoadsEachDistinctParentOnce(TestTarget target) {
        Database db = withParents(target, 1_000);
        List<RowTree> kids = db.transaction(tx -> tx.selectFrom(KIDS)
                .include(Include.of(KIDS.parent).include(PARENTS.kids)).fetch());
        assertEquals(2, kids.get(0).child(KIDS.parent).children(PARENTS.kids).size());
        assertEquals(3, CountedDatabases.executed().size());
    }

    @OnEveryDialect
    void anIncludeThatDoesNotStartAtTheQueriedTableFailsBeforeAnythingRuns(TestTarget target) {
        Database db = withParents(target, 0);
        InvalidQueryException wrongTable = assertThrows(InvalidQueryException.class,
                () -> db.transaction(tx -> tx.selectFrom(PARENTS).include(KIDS.parent).fetch()));
        assertEquals("include(rel_count_kids.parent) starts at rel_count_kids, but this query reads rel_count_parents;"
                + " include a relation of the table the query reads", wrongTable.getMessage());
        InvalidQueryException noKey = assertThrows(InvalidQueryException.class,
                () -> db.transaction(tx -> tx.select(KIDS.id).from(KIDS).include(KIDS.parent).fetch()));
        assertEquals("include(rel_count_kids.parent) needs rel_count_kids.parent_id among the selected columns, to find"
                + " the related rows; select it too", noKey.getMessage());
        InvalidQueryException nested = assertThrows(InvalidQueryException.class,
                () -> db.transaction(tx -> tx.selectFrom(PARENTS).include(Include.of(PARENTS.kids).include(PARENTS.kids))));
        assertTrue(nested.getMessage().contains("is nested in include(rel_count_parents.kids), whose rows are"
                + " rel_count_kids rows, but it starts at rel_count_parents"), nested.getMessage());
        assertEquals(List.of(), CountedDatabases.executed());
    }
}
