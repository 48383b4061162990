package dev.quarry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.dialect.Dialect;
import dev.quarry.render.RenderedSql;
import dev.quarry.sql.Statement;
import java.util.Arrays;

/** Asserts the exact SQL text and bind values of a statement on one dialect. */
public final class GoldenSql {
    private GoldenSql() {
    }

    public static void assertRendered(Statement statement, Dialect dialect, String expectedSql, Object... expectedBinds) {
        RenderedSql rendered = statement.toSql(dialect);
        assertEquals(expectedSql, rendered.sql(), () -> "SQL on " + dialect);
        Object[] binds = expectedBinds == null ? new Object[] {null} : expectedBinds;
        assertEquals(Arrays.asList(binds), rendered.values(), () -> "binds on " + dialect);
    }
}
