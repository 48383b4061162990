package dev.quarry.sql;

import static dev.quarry.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.InvalidQueryException;
import dev.quarry.InvalidValueException;
import dev.quarry.dialect.Dialects;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows filled one by one and added to a multi-row insert, with the checks of {@link Insert#set}. */
class InsertRowTest {

    private static InsertRow person(String name, int age) {
        return new InsertRow(USERS).set(USERS.name, name).set(USERS.age, age).set(USERS.active, true);
    }

    @Test
    void filledRowsRenderAsTheRowsOfOneInsert() {
        Insert insert = Insert.into(USERS).addRowsOf(List.of(person("Ada", 36), person("Alan", 41)));
        assertEquals(Insert.into(USERS).set(USERS.name, "Ada").set(USERS.age, 36).set(USERS.active, true)
                .newRow().set(USERS.name, "Alan").set(USERS.age, 41).set(USERS.active, true).toSql(Dialects.POSTGRESQL),
                insert.toSql(Dialects.POSTGRESQL));
        assertEquals("INSERT INTO \"users\" (\"name\", \"age\", \"active\") VALUES (?, ?, ?), (?, ?, ?)",
                insert.toSql(Dialects.POSTGRESQL).sql());
    }

    @Test
    void aRowKeepsTheValuesItHadWhenAdded() {
        InsertRow row = person("Ada", 36);
        Insert insert = Insert.into(USERS).addRowsOf(List.of(row));
        row.set(USERS.bio, "mathematician");
        assertEquals(List.of(USERS.name, USERS.age, USERS.active), insert.valueColumns());
    }

    @Test
    void valuesAreCheckedWhenSet() {
        InvalidValueException tooLong = assertThrows(InvalidValueException.class,
                () -> new InsertRow(USERS).set(USERS.name, "x".repeat(65)));
        assertEquals("invalid value for users.name: a string of 65 characters does not fit varchar(64)", tooLong.getMessage());
        InvalidQueryException twice = assertThrows(InvalidQueryException.class,
                () -> new InsertRow(USERS).set(USERS.name, "a").set(USERS.name, "b"));
        assertEquals("INSERT INTO users sets users.name twice", twice.getMessage());
    }

    @Test
    void rowsOfAnotherTableOrWithoutValuesAreRefused() {
        Table other = new Table("other") {
            { integer("n"); }
        };
        @SuppressWarnings("unchecked")
        Column<Integer> n = (Column<Integer>) other.findColumn("n");
        InvalidQueryException foreignColumn = assertThrows(InvalidQueryException.class, () -> new InsertRow(USERS).set(n, 1));
        assertEquals("INSERT INTO users cannot set other.n, a column of another table", foreignColumn.getMessage());
        InvalidQueryException foreignRow = assertThrows(InvalidQueryException.class,
                () -> Insert.into(USERS).addRowsOf(List.of(new InsertRow(other).set(n, 1))));
        assertEquals("INSERT INTO users cannot take a row of other", foreignRow.getMessage());
        InvalidQueryException empty = assertThrows(InvalidQueryException.class,
                () -> Insert.into(USERS).addRowsOf(List.of(person("Ada", 36), new InsertRow(USERS))));
        assertEquals("INSERT INTO users: a row sets no values", empty.getMessage());
        InvalidQueryException fromQuery = assertThrows(InvalidQueryException.class, () -> Insert.into(USERS)
                .select(List.of(USERS.name), Select.from(USERS).columns(USERS.name)).addRowsOf(List.of(person("Ada", 36))));
        assertEquals("INSERT INTO users takes VALUES or a query, not both", fromQuery.getMessage());
    }
}
