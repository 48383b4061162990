package dev.quarry.render;

import static dev.quarry.GoldenSql.assertRendered;
import static dev.quarry.dialect.Dialects.MARIADB;
import static dev.quarry.dialect.Dialects.MYSQL;
import static dev.quarry.dialect.Dialects.POSTGRESQL;
import static dev.quarry.dialect.Dialects.SQLITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.Golden;
import dev.quarry.InvalidQueryException;
import dev.quarry.Users;
import dev.quarry.sql.Column;
import dev.quarry.sql.Condition;
import dev.quarry.sql.CreateTable;
import dev.quarry.sql.Functions;
import dev.quarry.sql.Select;
import dev.quarry.sql.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Database defaults and CHECK conditions, whose values DDL carries as literals written per dialect. */
class DefaultAndCheckLiteralRenderingTest {

    static final class Settings extends Table {
        static final Settings SETTINGS = new Settings();
        final Column<Integer> attempts = integer("attempts").defaultValue(-3);
        final Column<String> greeting = varchar("greeting", 16).defaultValue("it's");
        final Column<String> folder = text("folder").defaultValue("C:\\tmp");
        final Column<Boolean> active = bool("active").defaultValue(true);
        final Column<BigDecimal> price = decimal("price", 8, 2).defaultValue(new BigDecimal("9.50"));
        final Column<Double> ratio = doublePrecision("ratio").defaultValue(0.25);

        private Settings() {
            super("settings");
        }
    }

    static final class Stamps extends Table {
        static final Stamps STAMPS = new Stamps();
        final Column<Instant> createdAt = timestamp("created_at").defaultExpression(Functions.currentTimestamp());
        final Column<LocalDateTime> changedAt = datetime("changed_at").defaultExpression(Functions.currentDateTime());
        final Column<LocalDate> day = date("day").defaultExpression(Functions.currentDate());

        private Stamps() {
            super("stamps");
        }
    }

    @Test
    void literalDefaultsOnPostgresql() {
        assertRendered(new CreateTable(Settings.SETTINGS, false), POSTGRESQL, "CREATE TABLE \"settings\" ("
                + "\"attempts\" INTEGER DEFAULT -3 NOT NULL, "
                + "\"greeting\" VARCHAR(16) COLLATE \"C\" DEFAULT 'it''s' NOT NULL, "
                + "\"folder\" TEXT COLLATE \"C\" DEFAULT 'C:\\tmp' NOT NULL, "
                + "\"active\" BOOLEAN DEFAULT TRUE NOT NULL, "
                + "\"price\" NUMERIC(8, 2) DEFAULT 9.50 NOT NULL, "
                + "\"ratio\" DOUBLE PRECISION DEFAULT 0.25 NOT NULL)");
    }

    /** SQLite stores booleans as 1 and 0. */
    @Test
    void literalDefaultsOnSqlite() {
        assertRendered(new CreateTable(Settings.SETTINGS, false), SQLITE, "CREATE TABLE \"settings\" ("
                + "\"attempts\" INTEGER DEFAULT -3 NOT NULL, "
                + "\"greeting\" VARCHAR(16) DEFAULT 'it''s' NOT NULL CHECK (length(\"greeting\") <= 16), "
                + "\"folder\" TEXT DEFAULT 'C:\\tmp' NOT NULL, "
                + "\"active\" BOOLEAN DEFAULT 1 NOT NULL, "
                + "\"price\" NUMERIC(8, 2) DEFAULT 9.50 NOT NULL, "
                + "\"ratio\" DOUBLE PRECISION DEFAULT 0.25 NOT NULL)");
    }

    /**
     * Defaults in parentheses (LONGTEXT takes no other); a backslash written as a character code,
     * so that no SQL mode changes what the string means.
     */
    @Test
    void literalDefaultsOnMysqlAndMariadb() {
        String sql = "CREATE TABLE `settings` ("
                + "`attempts` INT DEFAULT (-3) NOT NULL, "
                + "`greeting` VARCHAR(16) DEFAULT ('it''s') NOT NULL, "
                + "`folder` LONGTEXT DEFAULT (CONCAT('C:', CHAR(92 USING utf8mb4), 'tmp') COLLATE %1$s) NOT NULL, "
                + "`active` BOOLEAN DEFAULT (TRUE) NOT NULL, "
                + "`price` DECIMAL(8, 2) DEFAULT (9.50) NOT NULL, "
                + "`ratio` DOUBLE DEFAULT (0.25) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=%1$s";
        assertRendered(new CreateTable(Settings.SETTINGS, false), MYSQL, sql.formatted("utf8mb4_0900_bin"));
        assertRendered(new CreateTable(Settings.SETTINGS, false), MARIADB, sql.formatted("utf8mb4_nopad_bin"));
    }

    @Test
    void currentTimeDefaultsInEachDialectsStorageFormInUtc() {
        assertRendered(new CreateTable(Stamps.STAMPS, false), POSTGRESQL, "CREATE TABLE \"stamps\" ("
                + "\"created_at\" TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP) NOT NULL, "
                + "\"changed_at\" TIMESTAMP DEFAULT (CURRENT_TIMESTAMP AT TIME ZONE 'UTC') NOT NULL, "
                + "\"day\" DATE DEFAULT (CAST(CURRENT_TIMESTAMP AT TIME ZONE 'UTC' AS DATE)) NOT NULL)");
        assertRendered(new CreateTable(Stamps.STAMPS, false), SQLITE, "CREATE TABLE \"stamps\" ("
                + "\"created_at\" TIMESTAMP WITH TIME ZONE"
                + " DEFAULT ((strftime('%Y-%m-%d %H:%M:%f', 'now') || '000Z')) NOT NULL, "
                + "\"changed_at\" TIMESTAMP DEFAULT ((strftime('%Y-%m-%d %H:%M:%f', 'now') || '000')) NOT NULL, "
                + "\"day\" DATE DEFAULT (date('now')) NOT NULL)");
        assertRendered(new CreateTable(Stamps.STAMPS, false), MARIADB, "CREATE TABLE `stamps` ("
                + "`created_at` DATETIME(6) DEFAULT (UTC_TIMESTAMP(6)) NOT NULL, "
                + "`changed_at` DATETIME(6) DEFAULT (UTC_TIMESTAMP(6)) NOT NULL, "
                + "`day` DATE DEFAULT (UTC_DATE()) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin");
    }

    /** A table with one check, built from a condition on its own columns. */
    private static Table checked(Function<Users, Condition> condition) {
        return new Table("checked") {
            {
                check("ck_checked", condition.apply(Users.USERS));
            }
        };
    }

    private static final class Limits extends Table {
        final Column<String> name = varchar("name", 8);
        final Column<Double> ratio = doublePrecision("ratio");
        final Column<LocalDate> day = date("day");

        private Limits() {
            super("limits");
        }

        CreateTable checking(Function<Limits, Condition> condition) {
            check("ck_limits", condition.apply(this));
            return new CreateTable(this, false);
        }
    }

    @Test
    void checkValuesAreLiteralsAndStringsAreEscapedPerDialect() {
        CreateTable create = new Limits().checking(limits -> limits.name.ne("a'b\\c").and(limits.ratio.lt(1.5)));
        assertRendered(create, POSTGRESQL, "CREATE TABLE \"limits\" (\"name\" VARCHAR(8) COLLATE \"C\" NOT NULL, "
                + "\"ratio\" DOUBLE PRECISION NOT NULL, \"day\" DATE NOT NULL, "
                + "CONSTRAINT \"ck_limits\" CHECK (\"name\" <> 'a''b\\c' AND \"ratio\" < 1.5))");
        assertRendered(create, MYSQL, "CREATE TABLE `limits` (`name` VARCHAR(8) NOT NULL, "
                + "`ratio` DOUBLE NOT NULL, `day` DATE NOT NULL, "
                + "CONSTRAINT `ck_limits` CHECK (`name` <> CONCAT('a''b', CHAR(92 USING utf8mb4), 'c') COLLATE utf8mb4_0900_bin"
                + " AND `ratio` < 1.5))"
                + " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_bin");
        CreateTable backslashes = new Limits().checking(limits -> limits.name.in(java.util.List.of("\\", "\\x\\\\")));
        assertRendered(backslashes, MARIADB, "CREATE TABLE `limits` (`name` VARCHAR(8) NOT NULL, "
                + "`ratio` DOUBLE NOT NULL, `day` DATE NOT NULL, CONSTRAINT `ck_limits` CHECK (`name` IN ("
                + "CONCAT(CHAR(92 USING utf8mb4)) COLLATE utf8mb4_nopad_bin, CONCAT(CHAR(92 USING utf8mb4), 'x',"
                + " CHAR(92 USING utf8mb4), CHAR(92 USING utf8mb4)) COLLATE utf8mb4_nopad_bin)))"
                + " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin");
        CreateTable plain = new Limits().checking(limits -> limits.name.like("A%").or(limits.name.in(java.util.List.of("x", "y"))));
        assertEquals(0, plain.toSql(SQLITE).binds().size());
        assertRendered(plain, SQLITE, "CREATE TABLE \"limits\" (\"name\" VARCHAR(8) NOT NULL CHECK (length(\"name\") <= 8), "
                + "\"ratio\" DOUBLE PRECISION NOT NULL, \"day\" DATE NOT NULL, "
                + "CONSTRAINT \"ck_limits\" CHECK (\"name\" LIKE 'A%' ESCAPE '\\' OR \"name\" IN ('x', 'y')))");
    }

    @Test
    void valuesWithoutALiteralFormAreRefusedNamingTheirType() {
        CreateTable dated = new Limits().checking(limits -> limits.day.gt(LocalDate.of(2000, 1, 1)));
        Golden.unsupported(dated, POSTGRESQL, "a java.time.LocalDate value in CHECK constraint ck_limits is not supported"
                + " on postgresql: DDL cannot carry bind parameters, and Quarry writes only numbers, strings and booleans"
                + " into it as literals");
        CreateTable notANumber = new Limits().checking(limits -> limits.ratio.lt(Double.NaN));
        Golden.unsupported(notANumber, SQLITE, "the double NaN in CHECK constraint ck_limits is not supported on sqlite:"
                + " SQL has no literal for it");
    }

    @Test
    void checksUseOnlyTheirOwnTablesColumnsAndNoSubqueries() {
        Table foreign = checked(users -> users.age.ge(0));
        InvalidQueryException otherTable = assertThrows(InvalidQueryException.class,
                () -> new CreateTable(foreign, false).toSql(POSTGRESQL));
        assertEquals("CHECK constraint ck_checked cannot refer to users.age, a column of another table",
                otherTable.getMessage());
        CreateTable subquery = new Limits().checking(limits -> limits.ratio.in(
                Select.from(Users.USERS).columns(Functions.avg(Users.USERS.age))));
        InvalidQueryException nested = assertThrows(InvalidQueryException.class, () -> subquery.toSql(SQLITE));
        assertEquals("CHECK constraint ck_limits cannot contain a subquery", nested.getMessage());
    }

    @Test
    void defaultExpressionsMayNotReferToColumns() {
        Table table = new Table("copies") {
            final Column<Integer> original = integer("original");
            final Column<Integer> copy = integer("copy").defaultExpression(original.add(1));
        };
        InvalidQueryException error = assertThrows(InvalidQueryException.class,
                () -> new CreateTable(table, false).toSql(MARIADB));
        assertEquals("the DEFAULT of copies.copy cannot refer to copies.original; it may not refer to columns",
                error.getMessage());
    }

    @Test
    void defaultsDdlCannotCarryAreRefusedBeforeAnySql() {
        Table nul = new Table("notes") {
            final Column<String> body = text("body").defaultValue("a\0b");
        };
        Golden.unsupported(new CreateTable(nul, false), SQLITE,
                "the NUL character (U+0000) in the DEFAULT of notes.body is not supported on sqlite: SQL text cannot carry it");
        Table unpaired = new Table("notes") {
            final Column<String> body = text("body").defaultValue("x\uDC00");
        };
        Golden.unsupported(new CreateTable(unpaired, false), POSTGRESQL, "the string in the DEFAULT of notes.body (it holds"
                + " an unpaired surrogate U+DC00 at index 1, which has no UTF-8 form) is not supported on postgresql:"
                + " SQL text is UTF-8");
    }
}
