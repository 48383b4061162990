package dev.quarry.render;

import static dev.quarry.Users.USERS;
import static dev.quarry.dialect.Dialects.MARIADB;
import static dev.quarry.dialect.Dialects.POSTGRESQL;
import static dev.quarry.dialect.Dialects.SQLITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quarry.dialect.Dialect;
import dev.quarry.sql.Delete;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Select;
import dev.quarry.sql.Statement;
import dev.quarry.sql.Update;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementFingerprintTest {
    private static StatementFingerprint of(Statement statement, Dialect dialect) {
        return StatementFingerprint.of(dialect.render(statement).sql());
    }

    @Test
    void anInListOfThreeAndOfThirtySharesOneFingerprint() {
        Select three = Select.from(USERS).columns(USERS.id).where(USERS.id.in(List.of(1L, 2L, 3L)));
        Select thirty = Select.from(USERS).columns(USERS.id)
                .where(USERS.id.in(java.util.stream.LongStream.rangeClosed(1, 30).boxed().toList()));
        for (Dialect dialect : List.of(POSTGRESQL, SQLITE, MARIADB)) {
            assertEquals(of(three, dialect), of(thirty, dialect), dialect.name());
        }
        assertEquals("SELECT \"users\".\"id\" FROM \"users\" WHERE \"users\".\"id\" IN (?…)", of(three, POSTGRESQL).text());
    }

    @Test
    void rowsOfAMultiRowInsertCollapse() {
        Insert one = Insert.into(USERS).set(USERS.name, "Ada").set(USERS.age, 36).set(USERS.active, true);
        Insert three = one.newRow().set(USERS.name, "Bo").set(USERS.age, 3).set(USERS.active, false)
                .newRow().set(USERS.name, "Cy").set(USERS.age, 4).set(USERS.active, true);
        assertEquals(of(one, POSTGRESQL).text() + ", …", of(three, POSTGRESQL).text());
        assertEquals("insert users", of(three, MARIADB).name());
    }

    @Test
    void differentShapesDiffer() {
        assertNotEquals(of(Select.from(USERS).where(USERS.age.ge(18)), SQLITE), of(Select.from(USERS).where(USERS.age.le(18)), SQLITE));
    }

    @Test
    void namesTheOperationAndItsTable() {
        assertEquals("select users", of(Select.from(USERS).where(USERS.age.ge(18)), POSTGRESQL).name());
        assertEquals("update users", of(Update.table(USERS).set(USERS.age, 37).where(USERS.id.eq(1L)), MARIADB).name());
        assertEquals("delete users", of(Delete.from(USERS).where(USERS.age.lt(18)), SQLITE).name());
    }

    @Test
    void literalsCommentsAndSpacesOfHandWrittenSqlAreLeftOut() {
        StatementFingerprint written = StatementFingerprint.of("select *  from orders -- newest\n where id = 42 and note = 'it''s'");
        assertEquals("select * from orders where id = ? and note = ?", written.text());
        assertEquals("select orders", written.name());
        assertEquals(written, StatementFingerprint.of("select * from orders /* x */ where id = 7 and note = 'other'"));
    }

    @Test
    void aCommonTableExpressionIsNamedByItsMainStatement() {
        StatementFingerprint written = StatementFingerprint.of(
                "WITH recent AS (SELECT id FROM orders WHERE day > ?) DELETE FROM \"archive\".\"items\" WHERE id IN (SELECT id FROM recent)");
        assertEquals("delete", written.operation());
        assertEquals("archive.items", written.collection());
    }

    @Test
    void otherStatementsAreNamedByTheirFirstKeyword() {
        StatementFingerprint set = StatementFingerprint.of("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE");
        assertEquals("set", set.name());
        assertNull(set.collection());
        assertEquals("select", StatementFingerprint.of("SELECT 1").name());
    }
}
