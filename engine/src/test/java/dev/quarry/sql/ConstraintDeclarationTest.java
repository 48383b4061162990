package dev.quarry.sql;

import static dev.quarry.Library.Authors.AUTHORS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.InvalidQueryException;
import dev.quarry.InvalidValueException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Constraints, indexes and defaults are checked where they are declared, or at the latest by CREATE TABLE. */
class ConstraintDeclarationTest {

    private static String declarationError(Runnable declaration) {
        return assertThrows(IllegalArgumentException.class, declaration::run).getMessage();
    }

    @Test
    void foreignKeysNeedAsManyColumnsAsTheyReference() {
        assertEquals("foreign key fk_orders_country has 1 columns (country) but references 2 (country, code);"
                + " give as many of each", declarationError(() -> new Table("orders") {
                    final Column<String> country = varchar("country", 2);
                    {
                        foreignKey(List.of(country), List.of(AUTHORS.country, AUTHORS.code),
                                ReferenceAction.NO_ACTION, ReferenceAction.NO_ACTION);
                    }
                }));
    }

    @Test
    void foreignKeysNeedTheReferencedColumnsTypesExceptForVarcharLengths() {
        assertEquals("foreign key fk_orders_author_id: orders.author_id is IntegerType[] but the column it references,"
                + " authors.id, is BigIntType[]; referencing and referenced columns must have the same type",
                declarationError(() -> new Table("orders") {
                    final Column<Integer> authorId = integer("author_id");
                    {
                        foreignKey(List.of(authorId), List.of(AUTHORS.id), ReferenceAction.CASCADE, ReferenceAction.CASCADE);
                    }
                }));
        Table longer = new Table("orders") {
            final Column<String> email = varchar("email", 200).references(AUTHORS.email);
        };
        assertEquals(List.of(AUTHORS.email), longer.foreignKeys().get(0).referenced());
    }

    @Test
    void foreignKeysReferenceAPrimaryKeyOrAUniqueConstraintInKeyOrder() {
        assertEquals("foreign key fk_orders_code references authors (code), which is neither the primary key of authors"
                + " nor one of its unique constraints (in key order); declare unique(…) on those columns first",
                declarationError(() -> new Table("orders") {
                    final Column<String> code = varchar("code", 8).references(AUTHORS.code);
                }));
        assertTrue(declarationError(() -> new Table("orders") {
            final Column<String> country = varchar("country", 2);
            final Column<String> code = varchar("code", 8);
            {
                foreignKey(List.of(code, country), List.of(AUTHORS.code, AUTHORS.country),
                        ReferenceAction.NO_ACTION, ReferenceAction.NO_ACTION);
            }
        }).contains("references authors (code, country), which is neither"));
        assertTrue(AUTHORS.isUniqueKey(List.of(AUTHORS.country, AUTHORS.code)));
        assertFalse(AUTHORS.isUniqueKey(List.of(AUTHORS.code)));
    }

    static final class Employees extends Table {
        final Column<Integer> number = integer("number");
        final Column<@Nullable Integer> manager = integer("manager").nullable().references(number, ReferenceAction.SET_NULL);

        Employees(boolean declareKey) {
            super("employees");
            if (declareKey) {
                primaryKey(number);
            }
        }
    }

    @Test
    void aSelfReferenceIsCheckedWhenTheTableIsCreatedSinceItsKeyMayBeDeclaredLater() {
        assertEquals(1, new CreateTable(new Employees(true), false).table().foreignKeys().size());
        InvalidQueryException error = assertThrows(InvalidQueryException.class,
                () -> new CreateTable(new Employees(false), false));
        assertTrue(error.getMessage().startsWith("foreign key fk_employees_manager references employees (number),"
                + " which is neither the primary key"), error.getMessage());
    }

    @Test
    void setNullNeedsANullableColumnAndSetDefaultADefault() {
        Table setNull = new Table("orders") {
            final Column<Long> authorId = bigint("author_id").references(AUTHORS.id, ReferenceAction.SET_NULL);
        };
        assertEquals("foreign key fk_orders_author_id sets orders.author_id to NULL, but the column is not nullable",
                assertThrows(InvalidQueryException.class, () -> new CreateTable(setNull, false)).getMessage());
        Table setDefault = new Table("orders") {
            final Column<Long> authorId = bigint("author_id").references(AUTHORS.id, ReferenceAction.NO_ACTION,
                    ReferenceAction.SET_DEFAULT);
        };
        assertEquals("foreign key fk_orders_author_id sets orders.author_id to its default, but the column has no"
                + " database default and is not nullable",
                assertThrows(InvalidQueryException.class, () -> new CreateTable(setDefault, false)).getMessage());
        Table defaulted = new Table("orders") {
            final Column<Long> authorId = bigint("author_id").references(AUTHORS.id, ReferenceAction.SET_DEFAULT)
                    .defaultValue(1L);
        };
        assertEquals(ReferenceAction.SET_DEFAULT, new CreateTable(defaulted, false).table().foreignKeys().get(0).onDelete());
    }

    @Test
    void generatedNamesAreDeterministicAndAtMost63Characters() {
        String longName = "a_column_name_of_forty_characters_length";
        Table wide = new Table("a_table_name_of_thirty_chars_x") {
            final Column<Integer> first = integer(longName + "_1");
            final Column<Integer> second = integer(longName + "_2");
            {
                unique(first, second);
                index(second, first);
            }
        };
        String unique = wide.uniqueConstraints().get(0).name();
        String index = wide.indexes().get(0).name();
        assertEquals(63, unique.length());
        assertEquals(63, index.length());
        assertTrue(unique.startsWith("uq_a_table_name_of_thirty_chars_x_a_column_name_of_for_"), unique);
        assertNotEquals(unique.substring(55), index.substring(55));
        assertEquals("uq_a_table_name_of_thirty_chars_x_a_column_name_of_for_"
                + String.format("%08x", ("uq_a_table_name_of_thirty_chars_x_" + longName + "_1_" + longName + "_2").hashCode()),
                unique);
    }

    @Test
    void namesAreUniqueWithinATableAndColumnsBelongToIt() {
        assertEquals("table orders declares two constraints or indexes named same; give one of them another name",
                declarationError(() -> new Table("orders") {
                    final Column<Integer> amount = integer("amount");
                    {
                        check("same", amount.gt(0));
                        index("same", amount);
                    }
                }));
        assertEquals("unique constraint uq_authors_email of orders cannot be on authors.email, a column of another table",
                declarationError(() -> new Table("orders") {
                    {
                        unique(AUTHORS.email);
                    }
                }));
        assertEquals("a unique constraint names orders.amount twice", declarationError(() -> new Table("orders") {
            final Column<Integer> amount = integer("amount");
            {
                unique(amount, amount);
            }
        }));
    }

    @Test
    void defaultsAreCheckedByTheirColumnAndReleaseItFromInserts() {
        assertEquals("invalid value for orders.code: a string of 3 characters does not fit varchar(2)",
                assertThrows(InvalidValueException.class, () -> new Table("orders") {
                    final Column<String> code = varchar("code", 2).defaultValue("abc");
                }).getMessage());
        assertEquals("auto-increment column orders.id gets its values from the database and cannot have a default",
                declarationError(() -> new Table("orders") {
                    final Column<Long> id = bigint("id").autoIncrement().defaultValue(1L);
                }));
        Table orders = new Table("orders") {
            final Column<Integer> plain = integer("plain");
            final Column<Integer> defaulted = integer("defaulted").defaultValue(0);
            final Column<Integer> supplied = integer("supplied").clientDefault(() -> 1);
        };
        assertEquals(List.of(true, false, false),
                orders.columns().stream().map(Column::isRequiredOnInsert).toList());
    }
}
