package dev.quarry.render;

import static dev.quarry.dialect.Dialects.MARIADB;
import static dev.quarry.dialect.Dialects.MYSQL;
import static dev.quarry.dialect.Dialects.POSTGRESQL;
import static dev.quarry.dialect.Dialects.SQLITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.InvalidValueException;
import dev.quarry.dialect.Dialect;
import dev.quarry.sql.Assignment;
import dev.quarry.sql.Column;
import dev.quarry.sql.Functions;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Select;
import dev.quarry.sql.Statement;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.Table;
import dev.quarry.sql.TableAlias;
import dev.quarry.sql.Update;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Which binds the renderer marks sensitive: every value tied to a sensitive column, and no other. */
class SensitiveBindRenderingTest {
    static final class Accounts extends Table {
        final Column<Long> id = bigint("id").autoIncrement();
        final Column<String> email = varchar("email", 64).sensitive().unique();
        final Column<@Nullable String> secret = text("secret").nullable().sensitive();
        final Column<@Nullable BigDecimal> salary = decimal("salary", 8, 2).sensitive().nullable();
        final Column<String> name = varchar("name", 64);
        final Column<Integer> age = integer("age");

        Accounts() {
            super("accounts");
        }
    }

    private static final Accounts ACCOUNTS = new Accounts();
    private static final List<Dialect> DIALECTS = List.of(POSTGRESQL, SQLITE, MYSQL, MARIADB);

    /** Asserts the binds as a log shows them, on every dialect. */
    private static void assertShown(Statement statement, String... shown) {
        for (Dialect dialect : DIALECTS) {
            RenderedSql rendered = statement.toSql(dialect);
            assertEquals(List.of(shown), rendered.binds().stream().map(Bind::toString).toList(),
                    "binds on " + dialect.name() + " of " + rendered.sql());
        }
    }

    @Test
    void modifiersKeepTheMarkAndAliasesCarryIt() {
        assertTrue(ACCOUNTS.email.isSensitive());
        assertTrue(ACCOUNTS.secret.isSensitive(), "nullable() after sensitive() keeps it");
        assertTrue(ACCOUNTS.salary.isSensitive(), "sensitive() before nullable() keeps it");
        assertFalse(ACCOUNTS.name.isSensitive());
        TableAlias alias = ACCOUNTS.as("a");
        assertTrue(alias.get(ACCOUNTS.email).isSensitive(), "an alias's column is sensitive too");
        assertShown(Select.from(alias).where(alias.get(ACCOUNTS.email).eq("x@example.org")), "***");
    }

    @Test
    void insertMasksOnlyTheSensitiveColumnsValues() {
        Insert insert = Insert.into(ACCOUNTS).set(ACCOUNTS.email, "ada@example.org").set(ACCOUNTS.name, "Ada")
                .set(ACCOUNTS.age, 36).set(ACCOUNTS.secret, "s3cr3t");
        assertShown(insert, "***", "'Ada'", "36", "***");
        RenderedSql rendered = insert.toSql(POSTGRESQL);
        assertEquals(List.of("ada@example.org", "Ada", 36, "s3cr3t"), rendered.values(), "values stay bindable");
        assertEquals("INSERT INTO \"accounts\" (\"email\", \"name\", \"age\", \"secret\") VALUES (?, ?, ?, ?)"
                + " -- binds: [***, 'Ada', 36, ***]", rendered.toString());
        assertTrue(rendered.hasSensitiveBinds());
    }

    @Test
    void multiRowInsertMasksEveryRow() {
        Insert insert = Insert.into(ACCOUNTS)
                .set(ACCOUNTS.email, "a@example.org").set(ACCOUNTS.name, "A").set(ACCOUNTS.age, 1)
                .newRow()
                .set(ACCOUNTS.name, "B").set(ACCOUNTS.email, "b@example.org").set(ACCOUNTS.age, 2);
        assertShown(insert, "***", "'A'", "1", "***", "'B'", "2");
    }

    @Test
    void updateMasksAssignedValuesAndSensitiveComparisons() {
        Update update = Update.table(ACCOUNTS).set(ACCOUNTS.secret, "new-secret").set(ACCOUNTS.age, 40)
                .where(ACCOUNTS.email.eq("ada@example.org").and(ACCOUNTS.name.eq("Ada")));
        assertShown(update, "***", "40", "***", "'Ada'");
    }

    @Test
    void upsertMasksTheConflictUpdateValues() {
        Insert upsert = Insert.into(ACCOUNTS).set(ACCOUNTS.email, "ada@example.org").set(ACCOUNTS.name, "Ada")
                .set(ACCOUNTS.age, 36)
                .onConflict(ACCOUNTS.email)
                .doUpdate(Assignment.of(ACCOUNTS.secret, "rotated"), Assignment.of(ACCOUNTS.age, 37));
        assertShown(upsert, "***", "'Ada'", "36", "***", "37");
    }

    @Test
    void everyComparisonWithASensitiveColumnIsMasked() {
        assertShown(Select.from(ACCOUNTS).where(ACCOUNTS.email.ne("a")), "***");
        assertShown(Select.from(ACCOUNTS).where(ACCOUNTS.email.lt("a").or(ACCOUNTS.age.gt(3))), "***", "3");
        assertShown(Select.from(ACCOUNTS).where(ACCOUNTS.email.in(List.of("a", "b"))), "***", "***");
        assertShown(Select.from(ACCOUNTS).where(ACCOUNTS.email.between("a", "b")), "***", "***");
        assertShown(Select.from(ACCOUNTS).where(ACCOUNTS.email.like("a%")), "***");
        assertShown(Select.from(ACCOUNTS).where(ACCOUNTS.email.isDistinctFrom("a")), "***");
        assertShown(Select.from(ACCOUNTS).where(ACCOUNTS.salary.ge(new BigDecimal("10.00"))), "***");
    }

    @Test
    void textPredicatesOnASensitiveColumnAreMasked() {
        assertShown(Select.from(ACCOUNTS).where(ACCOUNTS.email.startsWith("ada")), "***");
        assertShown(Select.from(ACCOUNTS).where(ACCOUNTS.email.endsWith("example.org")), "***");
        assertShown(Select.from(ACCOUNTS).where(ACCOUNTS.email.contains("@")), "***");
        assertShown(Select.from(ACCOUNTS).where(ACCOUNTS.email.containsIgnoreCase("ADA")), "***");
        assertShown(Select.from(ACCOUNTS).where(ACCOUNTS.email.equalsIgnoreCase("ADA@example.org")), "***");
    }

    @Test
    void aValueOnTheLeftOrInsideAFunctionIsMaskedToo() {
        assertShown(Select.from(ACCOUNTS).where(Functions.lower(ACCOUNTS.email).eq("ada@example.org")), "***");
        assertShown(Select.from(ACCOUNTS).where(Functions.value("ada@example.org", SqlType.TEXT).eq(ACCOUNTS.email)), "***");
        assertShown(Select.from(ACCOUNTS).columns(Functions.coalesce(ACCOUNTS.secret, "none"), ACCOUNTS.name)
                .where(ACCOUNTS.name.eq("Ada")), "***", "'Ada'");
    }

    @Test
    void aSubqueryMasksItsOwnSensitiveComparisonsOnly() {
        Select ids = Select.from(ACCOUNTS).columns(ACCOUNTS.id).where(ACCOUNTS.email.eq("ada@example.org"));
        assertShown(Select.from(ACCOUNTS).where(ACCOUNTS.id.in(ids).and(ACCOUNTS.age.eq(5))), "***", "5");
        Select copies = Select.from(ACCOUNTS).columns(ACCOUNTS.email, ACCOUNTS.name, ACCOUNTS.age)
                .where(ACCOUNTS.age.gt(7));
        assertShown(Insert.into(ACCOUNTS).select(List.of(ACCOUNTS.email, ACCOUNTS.name, ACCOUNTS.age), copies), "***");
    }

    @Test
    void statementsWithoutSensitiveColumnsKeepTheirValues() {
        Select select = Select.from(ACCOUNTS).where(ACCOUNTS.name.eq("Ada").and(ACCOUNTS.age.in(List.of(1, 2))));
        assertShown(select, "'Ada'", "1", "2");
        assertFalse(select.toSql(POSTGRESQL).hasSensitiveBinds());
    }

    @Test
    void validationMessagesOfASensitiveColumnHideTheValue() {
        String message = message(() -> Insert.into(ACCOUNTS).set(ACCOUNTS.salary, new BigDecimal("123456789.5")));
        assertEquals("invalid value for accounts.salary: *** has more than 6 digits before the point for decimal(8,2)",
                message);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Column<Object> untyped = (Column) ACCOUNTS.email;
        assertEquals("cannot compare accounts.email with ***: expected a String but got a java.lang.Integer",
                message(() -> untyped.eq(424242)));
    }

    private static String message(Executable action) {
        return org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class, action).getMessage();
    }
}
