package dev.quarry.render;

import static dev.quarry.GoldenSql.assertRendered;
import static dev.quarry.Users.USERS;
import static dev.quarry.dialect.Dialects.MARIADB;
import static dev.quarry.dialect.Dialects.MYSQL;
import static dev.quarry.dialect.Dialects.POSTGRESQL;
import static dev.quarry.dialect.Dialects.SQLITE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.dialect.Dialect;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Select;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionRenderingTest {
    private static final String PREFIX = "SELECT \"users\".\"id\" FROM \"users\" WHERE ";

    private static void assertWhere(Condition condition, Dialect dialect, String expectedWhere, Object... binds) {
        String prefix = dialect == MYSQL || dialect == MARIADB ? PREFIX.replace('"', '`') : PREFIX;
        assertRendered(Select.from(USERS).columns(USERS.id).where(condition), dialect, prefix + expectedWhere, binds);
    }

    @Test
    void comparisons() {
        assertWhere(USERS.age.eq(30), POSTGRESQL, "\"users\".\"age\" = ?", 30);
        assertWhere(USERS.age.ne(30), POSTGRESQL, "\"users\".\"age\" <> ?", 30);
        assertWhere(USERS.age.lt(30), SQLITE, "\"users\".\"age\" < ?", 30);
        assertWhere(USERS.age.le(30), SQLITE, "\"users\".\"age\" <= ?", 30);
        assertWhere(USERS.age.gt(30), MYSQL, "`users`.`age` > ?", 30);
        assertWhere(USERS.age.ge(30), MARIADB, "`users`.`age` >= ?", 30);
    }

    @Test
    void comparingTwoColumns() {
        assertWhere(USERS.managerId.eq(USERS.id), POSTGRESQL, "\"users\".\"manager_id\" = \"users\".\"id\"");
    }

    @Test
    void nullComparisonsBecomeIsNull() {
        assertWhere(USERS.managerId.eq((Long) null), POSTGRESQL, "\"users\".\"manager_id\" IS NULL");
        assertWhere(USERS.managerId.ne((Long) null), MYSQL, "`users`.`manager_id` IS NOT NULL");
        assertWhere(USERS.managerId.isNull(), SQLITE, "\"users\".\"manager_id\" IS NULL");
        assertWhere(USERS.managerId.isNotNull(), SQLITE, "\"users\".\"manager_id\" IS NOT NULL");
    }

    @Test
    void likeUsesBackslashAsEscapeOnEveryDialect() {
        assertWhere(USERS.name.like("A%"), POSTGRESQL, "\"users\".\"name\" LIKE ?", "A%");
        assertWhere(USERS.name.like("A%"), MYSQL, "`users`.`name` LIKE (? COLLATE utf8mb4_0900_bin)", "A%");
        assertWhere(USERS.name.like("A%"), SQLITE, "\"users\".\"name\" LIKE ? ESCAPE '\\'", "A%");
        assertWhere(USERS.name.notLike("A%"), POSTGRESQL, "NOT (\"users\".\"name\" LIKE ?)", "A%");
    }

    @Test
    void betweenIncludesBothEnds() {
        assertWhere(USERS.age.between(18, 65), POSTGRESQL, "\"users\".\"age\" BETWEEN ? AND ?", 18, 65);
        assertWhere(USERS.balance.between(BigDecimal.ONE, BigDecimal.TEN), MYSQL,
                "`users`.`balance` BETWEEN ? AND ?", BigDecimal.ONE, BigDecimal.TEN);
    }

    @Test
    void inListBindsEveryCandidate() {
        assertWhere(USERS.id.in(List.of(1L, 2L, 3L)), POSTGRESQL, "\"users\".\"id\" IN (?, ?, ?)", 1L, 2L, 3L);
        assertWhere(USERS.id.notIn(List.of(1L)), SQLITE, "NOT (\"users\".\"id\" IN (?))", 1L);
    }

    @Test
    void emptyInListIsFalseAndEmptyNotInIsTrue() {
        assertWhere(USERS.id.in(List.of()), POSTGRESQL, "(1 = 0)");
        assertWhere(USERS.id.notIn(List.of()), MYSQL, "NOT ((1 = 0))");
    }

    @Test
    void andOrNestToAnyDepthWithParentheses() {
        Condition condition = USERS.age.ge(18)
                .and(USERS.name.eq("Ada").or(USERS.name.like("B%").and(USERS.active.eq(true))))
                .and(USERS.managerId.isNull().or(USERS.managerId.in(List.of(1L, 2L))).not());
        assertWhere(condition, POSTGRESQL, "\"users\".\"age\" >= ? AND (\"users\".\"name\" = ? OR "
                        + "(\"users\".\"name\" LIKE ? AND \"users\".\"active\" = ?)) AND "
                        + "NOT (\"users\".\"manager_id\" IS NULL OR \"users\".\"manager_id\" IN (?, ?))",
                18, "Ada", "B%", true, 1L, 2L);
    }

    @Test
    void andFlattensAndDoubleNegationCancels() {
        Condition a = USERS.age.gt(1);
        Condition b = USERS.age.lt(9);
        Condition c = USERS.active.eq(true);
        assertEquals(Condition.allOf(a, b, c), a.and(b).and(c));
        assertEquals(Condition.allOf(a, b, c), a.and(b.and(c)));
        assertEquals(a, a.not().not());
        assertEquals(Condition.TRUE, Condition.allOf());
        assertEquals(Condition.FALSE, Condition.anyOf());
    }

    @Test
    void conditionsCompareStructurally() {
        assertEquals(USERS.age.ge(18).and(USERS.name.like("A%")), USERS.age.ge(18).and(USERS.name.like("A%")));
    }
}
