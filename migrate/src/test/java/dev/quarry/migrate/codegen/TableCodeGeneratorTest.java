package dev.quarry.migrate.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.dialect.Dialects;
import dev.quarry.schema.ColumnDefinition;
import dev.quarry.schema.ForeignKeyDefinition;
import dev.quarry.schema.TableDefinition;
import dev.quarry.sql.ReferenceAction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Generation from schema definitions, without a database: names, table selection and what is
 * left out with a warning. The round trip against real databases is {@link PullRoundTripTest}.
 */
class TableCodeGeneratorTest {
    private static TableDefinition table(String name, String keyColumn, List<ForeignKeyDefinition> keys,
            ColumnDefinition... more) {
        List<ColumnDefinition> columns = new java.util.ArrayList<>(List.of(
                new ColumnDefinition(keyColumn, "INTEGER", null, false, null, false, 0)));
        columns.addAll(List.of(more));
        return new TableDefinition(name, columns, List.of(keyColumn), List.of(), keys, List.of(), List.of(), List.of());
    }

    private static ColumnDefinition integer(String name) {
        return new ColumnDefinition(name, "INTEGER", null, true, null, false, 0);
    }

    @Test
    void namesFollowTheChosenNaming() {
        assertEquals("invoiceLineId", Names.property("invoice_line_id", PropertyNaming.CAMEL));
        assertEquals("invoiceLineId", Names.property("InvoiceLineId", PropertyNaming.CAMEL));
        assertEquals("InvoiceLineId", Names.property("invoice_line_id", PropertyNaming.PASCAL));
        assertEquals("HtmlBody", Names.pascal("HTMLBody"));
        assertEquals("T2024Sales", Names.pascal("2024_sales"));
        assertEquals("class_", Names.java("class"));
        assertEquals("`object`", Names.kotlin("object"));
        assertEquals("\"a\\$b\"", Names.literal("a$b", Language.KOTLIN));
    }

    @Test
    void foreignKeysInACycleAreLeftOutWithAWarningSoTheTablesCanInitialise() {
        TableDefinition authors = table("authors", "id",
                List.of(new ForeignKeyDefinition("authors_best_book_fk", List.of("best_book_id"), "books", List.of("id"),
                        ReferenceAction.NO_ACTION, ReferenceAction.NO_ACTION)), integer("best_book_id"));
        TableDefinition books = table("books", "id",
                List.of(new ForeignKeyDefinition("books_author_fk", List.of("author_id"), "authors", List.of("id"),
                        ReferenceAction.CASCADE, ReferenceAction.NO_ACTION)), integer("author_id"));
        GeneratedCode code = TableCodeGenerator.generate(List.of(authors, books), Dialects.SQLITE,
                CodegenSettings.of("com.example", Language.KOTLIN), Map.of());
        assertEquals(List.of("table books: foreign key books_author_fk is left out, since authors references books"
                + " already and tables in a cycle cannot initialise each other; declare it by hand"), code.warnings());
        String authorsSource = code.files().get(0).content();
        String booksSource = code.files().get(1).content();
        assertTrue(authorsSource.contains("\"authors_best_book_fk\""), authorsSource);
        assertFalse(booksSource.contains("foreignKey("), booksSource);
    }

    @Test
    void patternsSelectTablesAndSelectingNoneIsAnError() {
        List<TableDefinition> tables = List.of(table("orders", "id", List.of()), table("order_lines", "id", List.of()),
                table("audit_log", "id", List.of()));
        GeneratedCode code = TableCodeGenerator.generate(tables, Dialects.SQLITE,
                CodegenSettings.of("com.example", Language.JAVA).withInclude("ORDER*").withExclude("*lines"), Map.of());
        assertEquals(List.of("com/example/Orders.java"), code.files().stream().map(GeneratedFile::relativePath).toList());

        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> TableCodeGenerator.generate(
                tables, Dialects.SQLITE, CodegenSettings.of("com.example", Language.JAVA).withInclude("customers"),
                Map.of()));
        assertEquals("no table to generate: the schema has 3 tables and none is included by [customers] and excluded"
                + " by none of []", none.getMessage());
    }

    @Test
    void aForeignKeyToATableLeftOutIsLeftOutWithAWarning() {
        TableDefinition lines = table("order_lines", "id", List.of(new ForeignKeyDefinition("lines_order_fk",
                List.of("order_id"), "orders", List.of("id"), ReferenceAction.CASCADE, ReferenceAction.NO_ACTION)),
                integer("order_id"));
        GeneratedCode code = TableCodeGenerator.generate(List.of(table("orders", "id", List.of()), lines),
                Dialects.SQLITE, CodegenSettings.of("com.example", Language.JAVA).withExclude("orders"), Map.of());
        assertEquals(List.of("table order_lines: foreign key lines_order_fk is left out, since the table it references,"
                + " orders, is not generated"), code.warnings());
    }
}
