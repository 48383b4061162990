package dev.quarry.render;

import static dev.quarry.GoldenSql.assertRendered;
import static dev.quarry.Users.USERS;
import static dev.quarry.dialect.Dialects.MARIADB;
import static dev.quarry.dialect.Dialects.MYSQL;
import static dev.quarry.dialect.Dialects.POSTGRESQL;
import static dev.quarry.dialect.Dialects.SQLITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.sql.Delete;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Table;
import dev.quarry.sql.Update;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WriteRenderingTest {
    private final Insert ada = Insert.into(USERS).set(USERS.name, "Ada").set(USERS.age, 36).set(USERS.active, true);

    @Test
    void insertNamesEveryAssignedColumn() {
        String pg = "INSERT INTO \"users\" (\"name\", \"age\", \"active\") VALUES (?, ?, ?)";
        assertRendered(ada, POSTGRESQL, pg, "Ada", 36, true);
        assertRendered(ada, SQLITE, pg, "Ada", 36, true);
        assertRendered(ada, MYSQL, pg.replace('"', '`'), "Ada", 36, true);
    }

    @Test
    void insertBindsNullForNullableColumns() {
        Insert insert = ada.set(USERS.balance, (BigDecimal) null);
        assertRendered(insert, POSTGRESQL,
                "INSERT INTO \"users\" (\"name\", \"age\", \"active\", \"balance\") VALUES (?, ?, ?, ?)",
                "Ada", 36, true, null);
    }

    @Test
    void insertReturningWhereTheDialectHasIt() {
        Insert insert = ada.returning(USERS.id);
        assertRendered(insert, POSTGRESQL,
                "INSERT INTO \"users\" (\"name\", \"age\", \"active\") VALUES (?, ?, ?) RETURNING \"id\"", "Ada", 36, true);
        assertRendered(insert, SQLITE,
                "INSERT INTO \"users\" (\"name\", \"age\", \"active\") VALUES (?, ?, ?) RETURNING \"id\"", "Ada", 36, true);
        assertRendered(insert, MARIADB,
                "INSERT INTO `users` (`name`, `age`, `active`) VALUES (?, ?, ?) RETURNING `id`", "Ada", 36, true);
        UnsupportedFeatureException error = assertThrows(UnsupportedFeatureException.class, () -> insert.toSql(MYSQL));
        assertEquals("mysql", error.dialect());
        assertEquals("INSERT … RETURNING is not supported on mysql: read generated keys through the driver instead",
                error.getMessage());
    }

    @Test
    void insertWithNoValuesUsesDefaults() {
        Table events = new Table("events") {
            { bigint("id").autoIncrement(); }
        };
        assertRendered(Insert.into(events), POSTGRESQL, "INSERT INTO \"events\" DEFAULT VALUES");
        assertRendered(Insert.into(events), SQLITE, "INSERT INTO \"events\" DEFAULT VALUES");
        assertRendered(Insert.into(events), MYSQL, "INSERT INTO `events` () VALUES ()");
    }

    @Test
    void updateSetsColumnsWhereTheFilterHolds() {
        Update update = Update.table(USERS).set(USERS.age, 37).setNull(USERS.managerId).where(USERS.id.eq(1L));
        assertRendered(update, POSTGRESQL,
                "UPDATE \"users\" SET \"age\" = ?, \"manager_id\" = ? WHERE \"users\".\"id\" = ?", 37, null, 1L);
        assertRendered(update, SQLITE,
                "UPDATE \"users\" SET \"age\" = ?, \"manager_id\" = ? WHERE \"users\".\"id\" = ?", 37, null, 1L);
        assertRendered(update, MYSQL,
                "UPDATE `users` SET `age` = ?, `manager_id` = ? WHERE `users`.`id` = ?", 37, null, 1L);
    }

    @Test
    void updateWithoutFilterTouchesEveryRow() {
        assertRendered(Update.table(USERS).set(USERS.active, false), POSTGRESQL,
                "UPDATE \"users\" SET \"active\" = ?", false);
    }

    @Test
    void deleteWithAndWithoutFilter() {
        assertRendered(Delete.from(USERS).where(USERS.age.lt(18)), POSTGRESQL,
                "DELETE FROM \"users\" WHERE \"users\".\"age\" < ?", 18);
        assertRendered(Delete.from(USERS).where(USERS.age.lt(18)), MARIADB,
                "DELETE FROM `users` WHERE `users`.`age` < ?", 18);
        assertRendered(Delete.from(USERS), SQLITE, "DELETE FROM \"users\"");
    }
}
