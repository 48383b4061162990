package dev.quarry.jdbc;

import static dev.quarry.sql.Functions.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.NamingStrategy;
import dev.quarry.sql.Column;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Tables declared once in snake_case and used on schemas named otherwise: a database opened with
 * a naming strategy reads and writes an existing PascalCase schema, and creates its own tables
 * with the strategy's names, on every dialect.
 */
class NamingStrategyTest {

    static final class InvoiceLines extends Table {
        final Column<Long> id = bigint("id");
        final Column<String> productName = varchar("product_name", 40);
        final Column<BigDecimal> unitPrice = decimal("unit_price", 8, 2);
        final Column<@Nullable String> sku = varchar("sku", 12).nullable();

        InvoiceLines() {
            super("jnaming_invoice_lines");
            primaryKey(id);
        }
    }

    private static final InvoiceLines LINES = new InvoiceLines();
    private static final NamingStrategy PASCAL = NamingStrategy.UPPER_CAMEL.withNames(Map.of("sku", "SKU"));

    private static String quoted(Dialect dialect, String name) {
        StringBuilder out = new StringBuilder();
        dialect.quoteIdentifier(out, name);
        return out.toString();
    }

    private static Database pascal(TestTarget target) {
        Database plain = TestDatabases.of(target);
        Dialect dialect = plain.dialect();
        plain.inTransaction(tx -> {
            tx.execute("DROP TABLE IF EXISTS " + quoted(dialect, "JnamingInvoiceLines"));
            tx.execute("CREATE TABLE " + quoted(dialect, "JnamingInvoiceLines") + " (" + quoted(dialect, "Id") + " BIGINT PRIMARY KEY, "
                    + quoted(dialect, "ProductName") + " VARCHAR(40) NOT NULL, " + quoted(dialect, "UnitPrice") + " DECIMAL(8,2) NOT NULL, "
                    + quoted(dialect, "SKU") + " VARCHAR(12))");
        });
        return TestDatabases.openLike(plain, "naming-" + dialect.name(), 2, builder -> builder.naming(PASCAL));
    }

    @OnEveryDialect
    void aSchemaNamedOtherwiseIsReadAndWrittenThroughTheDeclaredNames(TestTarget target) {
        try (Database db = pascal(target)) {
            readAndWrite(db);
        }
        Database plain = TestDatabases.of(target);
        Dialect dialect = plain.dialect();
        List<Row> stored = plain.transaction(tx -> tx.fetch("SELECT " + quoted(dialect, "ProductName") + " AS name, "
                + quoted(dialect, "SKU") + " AS sku FROM " + quoted(dialect, "JnamingInvoiceLines") + " ORDER BY "
                + quoted(dialect, "Id")));
        assertEquals(List.of("Lamp", "Lamp"), stored.stream().map(row -> row.get("name")).toList());
        assertEquals(List.of("L-1", "L-2"), stored.stream().map(row -> row.get("sku")).toList());
    }

    private static void readAndWrite(Database db) {
        db.inTransaction(tx -> tx.insertInto(LINES)
                .set(LINES.id, 1L).set(LINES.productName, "Lamp").set(LINES.unitPrice, new BigDecimal("20.00")).set(LINES.sku, "L-1")
                .newRow().set(LINES.id, 2L).set(LINES.productName, "Desk").set(LINES.unitPrice, new BigDecimal("150.00")).set(LINES.sku, null)
                .newRow().set(LINES.id, 3L).set(LINES.productName, "Lamp").set(LINES.unitPrice, new BigDecimal("22.50")).set(LINES.sku, "L-2")
                .execute());
        db.inTransaction(tx -> tx.update(LINES).set(LINES.unitPrice, new BigDecimal("21.00")).where(LINES.id.eq(1L)).execute());
        Expression.Aliased<Long> lines = count().as("line_count");
        Expression.Aliased<BigDecimal> total = dev.quarry.sql.Functions.<BigDecimal>sum(LINES.unitPrice).as("total_price");
        List<Row> perProduct = db.transaction(tx -> tx.select(LINES.productName, lines, total).from(LINES)
                .where(LINES.unitPrice.lt(new BigDecimal("100"))).groupBy(LINES.productName).orderBy(LINES.productName.asc())
                .fetch());
        assertEquals(1, perProduct.size());
        assertEquals("Lamp", perProduct.get(0).get(LINES.productName));
        assertEquals(2L, perProduct.get(0).get(lines));
        assertEquals(0, new BigDecimal("43.50").compareTo(perProduct.get(0).get(total)));
        long deleted = db.transaction(tx -> (long) tx.deleteFrom(LINES).where(LINES.sku.isNull()).execute());
        assertEquals(1L, deleted);
    }

    @OnEveryDialect
    void tablesCreatedThroughAStrategyBearItsNames(TestTarget target) {
        try (Database db = pascal(target)) {
            db.inTransaction(tx -> {
                tx.dropTable(LINES);
                tx.createTable(LINES);
                tx.insertInto(LINES).set(LINES.id, 7L).set(LINES.productName, "Chair").set(LINES.unitPrice, BigDecimal.TEN)
                        .set(LINES.sku, "C-7").execute();
            });
        }
        Database plain = TestDatabases.of(target);
        Dialect dialect = plain.dialect();
        Row row = plain.transaction(tx -> tx.fetch("SELECT " + quoted(dialect, "SKU") + ", " + quoted(dialect, "UnitPrice")
                + " FROM " + quoted(dialect, "JnamingInvoiceLines"))).get(0);
        assertEquals("C-7", row.get(0));
        assertEquals(0, BigDecimal.TEN.compareTo(row.get("UnitPrice", BigDecimal.class)));
    }
}
