package dev.quarry.jdbc;

import static dev.quarry.jdbc.ConstraintViolations.Kind.CHECK;
import static dev.quarry.jdbc.ConstraintViolations.Kind.FOREIGN_KEY;
import static dev.quarry.jdbc.ConstraintViolations.Kind.UNIQUE;
import static dev.quarry.jdbc.ConstraintViolations.assertRejected;
import static dev.quarry.jdbc.Shop.CUSTOMERS;
import static dev.quarry.jdbc.Shop.ORDERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.mysql.MySqlDialect;
import dev.quarry.sql.Column;
import dev.quarry.sql.ReferenceAction;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Unique constraints, foreign keys, checks and indexes are created by createTable and enforced by every database. */
class ConstraintTest {

    private static InsertQuery customer(Transaction tx, String email, String country, int number) {
        return tx.insertInto(CUSTOMERS).set(CUSTOMERS.email, email).set(CUSTOMERS.country, country)
                .set(CUSTOMERS.number, number);
    }

    private static InsertQuery order(Transaction tx, int id, long customer, int quantity) {
        return tx.insertInto(ORDERS).set(ORDERS.id, id).set(ORDERS.customerId, customer).set(ORDERS.quantity, quantity);
    }

    @OnEveryDialect
    void duplicatesIntoUniqueConstraintsOfOneAndOfSeveralColumnsAreRejected(TestTarget target) {
        Database db = Shop.fresh(TestDatabases.of(target));
        Shop.customer(db, "ada@example.org", "UK", 1);
        Shop.customer(db, "alan@example.org", "UK", 2);
        Shop.customer(db, "grace@example.org", "US", 1);
        assertRejected(db, UNIQUE, "uq_ct_customers_email", tx -> customer(tx, "ada@example.org", "US", 2).execute());
        assertRejected(db, UNIQUE, "uq_ct_customers_national", tx -> customer(tx, "other@example.org", "UK", 2).execute());
        assertEquals(3L, (long) db.transaction(tx -> tx.selectFrom(CUSTOMERS).count()));
    }

    @OnEveryDialect
    void aDuplicateIntoAUniqueIndexIsRejected(TestTarget target) {
        Database db = Shop.fresh(TestDatabases.of(target));
        long customer = Shop.customer(db, "ada@example.org", "UK", 1);
        db.inTransaction(tx -> order(tx, 1, customer, 1).set(ORDERS.code, "A-1").execute());
        assertRejected(db, UNIQUE, "ux_ct_orders_code", tx -> order(tx, 2, customer, 1).set(ORDERS.code, "A-1").execute());
    }

    @OnEveryDialect
    void anOrderOfAnUnknownCustomerIsRejected(TestTarget target) {
        Database db = Shop.fresh(TestDatabases.of(target));
        long customer = Shop.customer(db, "ada@example.org", "UK", 1);
        assertRejected(db, FOREIGN_KEY, "fk_ct_orders_customer_id", tx -> order(tx, 1, customer + 1, 1).execute());
        assertRejected(db, FOREIGN_KEY, "fk_ct_orders_referrer_id",
                tx -> order(tx, 2, customer, 1).set(ORDERS.referrerId, customer + 7).execute());
        assertEquals(0L, (long) db.transaction(tx -> tx.selectFrom(ORDERS).count()));
    }

    @OnEveryDialect
    void deletingACustomerDeletesItsOrdersAndUnsetsItAsReferrer(TestTarget target) {
        Database db = Shop.fresh(TestDatabases.of(target));
        long ada = Shop.customer(db, "ada@example.org", "UK", 1);
        long grace = Shop.customer(db, "grace@example.org", "US", 1);
        db.inTransaction(tx -> {
            order(tx, 1, ada, 1).set(ORDERS.referrerId, grace).execute();
            order(tx, 2, grace, 2).execute();
            order(tx, 3, grace, 3).set(ORDERS.referrerId, ada).execute();
        });
        db.inTransaction(tx -> tx.deleteFrom(CUSTOMERS).where(CUSTOMERS.id.eq(grace)).execute());
        List<Row> left = db.transaction(tx -> tx.selectFrom(ORDERS).orderBy(ORDERS.id.asc()).fetch());
        assertEquals(List.of(1), left.stream().map(row -> row.get(ORDERS.id)).toList());
        assertNull(left.get(0).get(ORDERS.referrerId));
        assertEquals(ada, left.get(0).get(ORDERS.customerId));
    }

    @OnEveryDialect
    void aRowFailingTheCheckIsRejected(TestTarget target) {
        Database db = Shop.fresh(TestDatabases.of(target));
        long customer = Shop.customer(db, "ada@example.org", "UK", 1);
        assertRejected(db, CHECK, "ck_ct_orders_quantity", tx -> order(tx, 1, customer, 0).execute());
        assertRejected(db, CHECK, "ck_ct_orders_quantity", tx -> order(tx, 2, customer, 101).execute());
        db.inTransaction(tx -> order(tx, 3, customer, 100).execute());
        assertRejected(db, CHECK, "ck_ct_orders_quantity",
                tx -> tx.update(ORDERS).set(ORDERS.quantity, -1).where(ORDERS.id.eq(3)).execute());
        assertRejected(db, CHECK, "ck_ct_orders_note",
                tx -> order(tx, 4, customer, 1).set(ORDERS.note, "no \\ 'no'").execute());
        db.inTransaction(tx -> order(tx, 5, customer, 1).set(ORDERS.note, "no \\\\ 'no'").execute());
        assertEquals(List.of(100, 1), db.transaction(tx -> tx.selectFrom(ORDERS).orderBy(ORDERS.id.asc()).fetch())
                .stream().map(row -> row.get(ORDERS.quantity)).toList());
    }

    @OnEveryDialect
    void creatingMissingTablesTwiceChangesNothingAndKeepsTheIndexes(TestTarget target) throws SQLException {
        Database db = TestDatabases.of(target);
        db.inTransaction(tx -> {
            tx.dropTableIfExists(ORDERS);
            tx.dropTableIfExists(CUSTOMERS);
        });
        for (int run = 0; run < 2; run++) {
            db.inTransaction(tx -> {
                tx.createTableIfNotExists(CUSTOMERS);
                tx.createTableIfNotExists(ORDERS);
            });
        }
        Set<String> indexes = indexNames(target, ORDERS.tableName());
        assertTrue(indexes.containsAll(Set.of("ux_ct_orders_code", "ix_ct_orders_customer_id_created_at")), indexes::toString);
        long customer = Shop.customer(db, "ada@example.org", "UK", 1);
        db.inTransaction(tx -> order(tx, 1, customer, 1).set(ORDERS.code, "same").execute());
        assertRejected(db, UNIQUE, "ux_ct_orders_code", tx -> order(tx, 2, customer, 1).set(ORDERS.code, "same").execute());
    }

    /** The names of a table's indexes as the driver's catalog reports them, lower case. */
    private static Set<String> indexNames(TestTarget target, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(target.jdbcUrl())) {
            DatabaseMetaData metadata = connection.getMetaData();
            Set<String> names = new HashSet<>();
            try (ResultSet rows = metadata.getIndexInfo(connection.getCatalog(), null, table, false, false)) {
                while (rows.next()) {
                    String name = rows.getString("INDEX_NAME");
                    if (name != null) {
                        names.add(name.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return names;
        }
    }

    static final class Teams extends Table {
        static final Teams TEAMS = new Teams();
        final Column<Integer> id = integer("id");

        private Teams() {
            super("ct_teams");
            primaryKey(id);
        }
    }

    static final class Members extends Table {
        static final Members MEMBERS = new Members();
        final Column<Integer> id = integer("id");
        final Column<Integer> teamId = integer("team_id").defaultValue(1).references(Teams.TEAMS.id, ReferenceAction.SET_DEFAULT);

        private Members() {
            super("ct_members");
            primaryKey(id);
        }
    }

    @OnEveryDialect
    void setDefaultMovesReferencingRowsToTheDefaultWhereTheDatabaseHasIt(TestTarget target) {
        Database db = TestDatabases.of(target);
        db.inTransaction(tx -> {
            tx.dropTableIfExists(Members.MEMBERS);
            tx.dropTableIfExists(Teams.TEAMS);
            tx.createTable(Teams.TEAMS);
        });
        if (db.dialect() instanceof MySqlDialect) {
            // InnoDB has no SET DEFAULT: refused before anything reaches the server.
            UnsupportedFeatureException refused = assertThrows(UnsupportedFeatureException.class,
                    () -> db.inTransaction(tx -> tx.createTable(Members.MEMBERS)));
            assertEquals("ON DELETE SET DEFAULT", refused.feature());
            return;
        }
        db.inTransaction(tx -> {
            tx.createTable(Members.MEMBERS);
            tx.insertInto(Teams.TEAMS).set(Teams.TEAMS.id, 1).newRow().set(Teams.TEAMS.id, 2).execute();
            tx.insertInto(Members.MEMBERS).set(Members.MEMBERS.id, 10).set(Members.MEMBERS.teamId, 2).execute();
        });
        db.inTransaction(tx -> tx.deleteFrom(Teams.TEAMS).where(Teams.TEAMS.id.eq(2)).execute());
        assertEquals(1, db.transaction(tx -> tx.selectFrom(Members.MEMBERS).fetchOne()).get(Members.MEMBERS.teamId));
    }
}
