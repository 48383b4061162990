package dev.quarry.sql;

import static dev.quarry.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.InvalidQueryException;
import dev.quarry.InvalidValueException;
import dev.quarry.dialect.Dialects;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ValidationTest {

    private static String valueError(Runnable action) {
        return assertThrows(InvalidValueException.class, action::run).getMessage();
    }

    private static String queryError(Runnable action) {
        return assertThrows(InvalidQueryException.class, action::run).getMessage();
    }

    @Test
    void nullIntoANonNullColumnIsRejectedWhenSet() {
        assertEquals("null is not allowed in non-null column users.name",
                valueError(() -> Insert.into(USERS).setNull(USERS.name)));
        assertEquals("null is not allowed in non-null column users.age",
                valueError(() -> Update.table(USERS).set(USERS.age, (Integer) null)));
    }

    @Test
    void likePatternsMayNotEndWithALoneEscapeCharacter() {
        assertEquals("the LIKE pattern ends with a lone escape character '\\': write '\\\\' to match a backslash",
                queryError(() -> USERS.name.like("100\\")));
        USERS.name.like("100\\\\");
        USERS.name.like("\\%off");
    }

    @Test
    void namesMustEncodeAsUtf8() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new Table("lone \uD800") { });
        assertEquals("table name cannot be used: it holds an unpaired surrogate U+D800 at index 5, which has no UTF-8 form",
                error.getMessage());
        new Table("emoji \uD83D\uDE00") { };
    }

    @Test
    void varcharLengthCountsCharactersNotBytesOrUtf16Units() {
        String sixtyFourEmoji = "\uD83D\uDE00".repeat(64);
        Insert.into(USERS).set(USERS.name, sixtyFourEmoji);
        assertEquals("invalid value for users.name: a string of 65 characters does not fit varchar(64)",
                valueError(() -> Insert.into(USERS).set(USERS.name, "x".repeat(65))));
    }

    @Test
    void decimalsMustFitPrecisionAndScale() {
        Insert.into(USERS).set(USERS.balance, new BigDecimal("99999999.99"));
        Insert.into(USERS).set(USERS.balance, new BigDecimal("1.500"));
        assertEquals("invalid value for users.balance: 100000000.00 has more than 8 digits before the point "
                + "for decimal(10,2)", valueError(() -> Insert.into(USERS).set(USERS.balance, new BigDecimal("100000000.00"))));
        assertEquals("invalid value for users.balance: 1.234 has more than 2 digits after the point "
                + "for decimal(10,2)", valueError(() -> Insert.into(USERS).set(USERS.balance, new BigDecimal("1.234"))));
    }

    @Test
    void datesOutsideYearsOneTo9999AreRejected() {
        assertEquals("invalid value for users.created_at: +10000-01-01T00:00 is outside the supported years 1 to 9999",
                valueError(() -> Insert.into(USERS).set(USERS.createdAt, LocalDateTime.of(10000, 1, 1, 0, 0))));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void valuesOfTheWrongJavaTypeAreRejected() {
        Column raw = USERS.age;
        assertEquals("invalid value for users.age: expected a Integer but got a java.lang.String",
                valueError(() -> Insert.into(USERS).set(raw, "thirty")));
        assertEquals("cannot compare users.age with 3: expected a Integer but got a java.lang.Long",
                valueError(() -> raw.eq(3L)));
    }

    @Test
    void insertMustSetEveryRequiredColumnBeforeItRenders() {
        Insert partial = Insert.into(USERS).set(USERS.name, "Ada");
        assertEquals("INSERT INTO users has no value for non-null column users.age",
                queryError(() -> partial.toSql(Dialects.POSTGRESQL)));
    }

    @Test
    void aColumnIsSetOnceAndOnlyOnItsOwnTable() {
        assertEquals("INSERT INTO users sets users.name twice",
                queryError(() -> Insert.into(USERS).set(USERS.name, "a").set(USERS.name, "b")));
        Table other = new Table("other") {
            { integer("n"); }
        };
        @SuppressWarnings("unchecked")
        Column<Integer> n = (Column<Integer>) other.findColumn("n");
        assertEquals("UPDATE users cannot set other.n, a column of another table",
                queryError(() -> Update.table(USERS).set(n, 1)));
    }

    @Test
    void updateMustSetSomething() {
        assertEquals("UPDATE users sets no column", queryError(() -> Update.table(USERS).toSql(Dialects.SQLITE)));
    }

    @Test
    void limitsAndOffsetsAreNotNegative() {
        assertEquals("limit must not be negative, got -1", queryError(() -> Select.from(USERS).limit(-1)));
        assertEquals("offset must not be negative, got -5", queryError(() -> Select.from(USERS).offset(-5)));
    }

    @Test
    void likeNeedsACharacterExpression() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> USERS.age.like("1%"));
        assertEquals("LIKE needs a text expression, but users.age is IntegerType[]", error.getMessage());
    }

    @Test
    void tableDefinitionMistakesAreReportedByName() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> new Table("t") {
            { integer("a"); text("a"); }
        });
        assertEquals("column t.a is declared twice", twice.getMessage());

        IllegalArgumentException textKey = assertThrows(IllegalArgumentException.class, () -> new Table("t") {
            { text("a").autoIncrement(); }
        });
        assertEquals("auto-increment needs an integer or bigint column, but t.a is TextType[]", textKey.getMessage());

        Table keyedElsewhere = new Table("t") {
            final Column<Integer> code = integer("code");
            { bigint("serial").autoIncrement(); primaryKey(code); }
        };
        assertEquals("auto-increment column t.serial must be the whole primary key of t, but the key is [t.code]",
                queryError(() -> new CreateTable(keyedElsewhere, false)));
    }

    @Test
    void identifiersMustBeUsable() {
        assertThrows(IllegalArgumentException.class, () -> new Table(" ") { });
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> new Table("t".repeat(64)) { });
        assertEquals("table name '" + "t".repeat(64) + "' is longer than 63 characters", tooLong.getMessage());
    }

    @Test
    void autoIncrementColumnIsThePrimaryKeyWhenNoneIsDeclared() {
        assertEquals(java.util.List.of(USERS.id), USERS.primaryKeyColumns());
    }
}
