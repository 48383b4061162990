package dev.quarry.jdbc;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import dev.quarry.testkit.TestTarget;
import dev.quarry.testkit.TestTargets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;

/**
 * What the tests of {@link DatabaseConfig.Builder#transactionPooler()} share: the PostgreSQL
 * target, a table of items, and the count of the session's named server-side statements.
 */
final class PoolerTables {
    static final class Items extends Table {
        static final Items ITEMS = new Items();
        final Column<Integer> id = integer("id");
        final Column<String> label = varchar("label", 32);

        private Items() {
            super("pooler_items");
            primaryKey(id);
        }
    }

    static final Items ITEMS = Items.ITEMS;

    private PoolerTables() {
    }

    /** The PostgreSQL target; a run without PostgreSQL reports the test as not run, saying why. */
    static TestTarget postgres() {
        Assumptions.assumeTrue(TestTargets.enabledFamilies().contains("postgresql"),
                "transactionPooler() is a PostgreSQL setting, and quarry.test.dialects leaves PostgreSQL out of this run");
        return TestTargets.get("postgresql");
    }

    /** A database of its own on a URL, configured further as given; the caller closes it. */
    static Database open(String url, String name, int poolSize, UnaryOperator<DatabaseConfig.Builder> configure) {
        return Database.connect(configure.apply(DatabaseConfig.builder(url).name(name).poolSize(poolSize)).build());
    }

    /** Creates the items table afresh with rows 1 to {@code count}. */
    static void freshItems(Database db, int count) {
        db.inTransaction(tx -> {
            tx.dropTableIfExists(ITEMS);
            tx.createTable(ITEMS);
            InsertQuery insert = tx.insertInto(ITEMS);
            for (int id = 1; id <= count; id++) {
                insert = insert.set(ITEMS.id, id).set(ITEMS.label, "item " + id);
                if (id < count) {
                    insert = insert.newRow();
                }
            }
            insert.execute();
        });
    }

    /** Reads item {@code id} with a built query, as an application would, again and again. */
    static String labelOf(Transaction tx, int id) {
        List<Row> rows = tx.selectFrom(ITEMS).where(ITEMS.id.eq(id)).fetch();
        return rows.get(0).get(ITEMS.label);
    }

    /** The named server-side statements of the transaction's server session. */
    static long namedStatements(Transaction tx) {
        return ((Number) tx.fetch("SELECT count(*) AS n FROM pg_prepared_statements WHERE NOT from_sql").get(0).get("n")).longValue();
    }
}
