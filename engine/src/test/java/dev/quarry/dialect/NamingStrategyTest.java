package dev.quarry.dialect;

import static dev.quarry.GoldenSql.assertRendered;
import static dev.quarry.Posts.POSTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.render.TableDefinitions;
import dev.quarry.schema.TableDefinition;
import dev.quarry.sql.Select;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamingStrategyTest {

    @Test
    void camelCaseStrategiesConvertSnakeCaseAndKeepWhatTheyProduced() {
        assertEquals("InvoiceLines", NamingStrategy.UPPER_CAMEL.databaseName("invoice_lines"));
        assertEquals("InvoiceLines", NamingStrategy.UPPER_CAMEL.databaseName("InvoiceLines"));
        assertEquals("unitPrice", NamingStrategy.LOWER_CAMEL.databaseName("unit_price"));
        assertEquals("unitPrice", NamingStrategy.LOWER_CAMEL.databaseName("unitPrice"));
        assertEquals("_Hidden_", NamingStrategy.UPPER_CAMEL.databaseName("_hidden_"));
        assertEquals("id", NamingStrategy.AS_DECLARED.databaseName("id"));
    }

    @Test
    void namesGivenOneByOneWinAndStayAsGiven() {
        NamingStrategy naming = NamingStrategy.UPPER_CAMEL.withNames(Map.of("sku", "SKU"));
        assertEquals("SKU", naming.databaseName("sku"));
        assertEquals("SKU", naming.databaseName("SKU"));
        assertEquals("UnitPrice", naming.databaseName("unit_price"));
        assertThrows(IllegalArgumentException.class, () -> NamingStrategy.AS_DECLARED.withNames(Map.of("a", "x", "b", "x")));
    }

    @Test
    void aDialectWithNamingWritesEveryIdentifierThroughIt() {
        Dialect pascal = Dialects.POSTGRESQL.withNaming(NamingStrategy.UPPER_CAMEL);
        assertSame(NamingStrategy.AS_DECLARED, Dialects.POSTGRESQL.naming());
        assertEquals("postgresql", pascal.name());
        assertRendered(Select.of(POSTS.userId.as("author_id")).fromTable(POSTS).where(POSTS.views.gt(3)), pascal,
                "SELECT \"Posts\".\"UserId\" AS \"AuthorId\" FROM \"Posts\" WHERE \"Posts\".\"Views\" > ?", 3);
        TableDefinition definition = TableDefinitions.of(POSTS, Dialects.MARIADB.withNaming(NamingStrategy.UPPER_CAMEL));
        assertEquals("Posts", definition.name());
        assertEquals(List.of("Id", "UserId", "Title", "Score", "Rating", "Views"),
                definition.columns().stream().map(column -> column.name()).toList());
    }
}
