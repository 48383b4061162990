package dev.quarry.render;

import static dev.quarry.GoldenSql.assertRendered;
import static dev.quarry.dialect.Dialects.MARIADB;
import static dev.quarry.dialect.Dialects.MYSQL;
import static dev.quarry.dialect.Dialects.POSTGRESQL;
import static dev.quarry.dialect.Dialects.SQLITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.Golden;
import dev.quarry.sql.ArrayFunctions;
import dev.quarry.sql.Column;
import dev.quarry.sql.CreateTable;
import dev.quarry.sql.JsonFunctions;
import dev.quarry.sql.Select;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.Table;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The DDL names of every column type per dialect, and the JSON and array operators. */
class TypeRenderingTest {

    enum Level { LOW, HIGH }

    static final class Gadgets extends Table {
        static final Gadgets GADGETS = new Gadgets();
        final Column<Short> small = smallint("small");
        final Column<Float> ratio = real("ratio");
        final Column<String> code = fixedChar("code", 2);
        final Column<byte[]> bytes = binary("bytes");
        final Column<UUID> uid = uuid("uid");
        final Column<LocalTime> at = time("at");
        final Column<OffsetDateTime> stamped = offsetDateTime("stamped");
        final Column<Duration> elapsed = duration("elapsed");
        final Column<String> doc = json("doc");
        final Column<Level> byName = enumByName("by_name", Level.class);
        final Column<Level> byOrdinal = enumByOrdinal("by_ordinal", Level.class);

        private Gadgets() {
            super("gadgets");
        }
    }

    static final class Native extends Table {
        static final Native NATIVE = new Native();
        final Column<Level> level = nativeEnum("level", Level.class, "level_kind");
        final Column<List<@Nullable Integer>> scores = array("scores", SqlType.INTEGER);

        private Native() {
            super("native");
        }
    }

    static final class Defaults extends Table {
        static final Defaults DEFAULTS = new Defaults();
        final Column<Level> byName = enumByName("by_name", Level.class).defaultValue(Level.HIGH);
        final Column<Level> byOrdinal = enumByOrdinal("by_ordinal", Level.class).defaultValue(Level.HIGH);
        final Column<Duration> elapsed = duration("elapsed").defaultValue(Duration.ofSeconds(2));

        private Defaults() {
            super("defaults");
        }
    }

    private static final Gadgets G = Gadgets.GADGETS;

    @Test
    void typeNamesOnPostgresql() {
        assertRendered(new CreateTable(G, false), POSTGRESQL, "CREATE TABLE \"gadgets\" (\"small\" SMALLINT NOT NULL,"
                + " \"ratio\" REAL NOT NULL, \"code\" CHAR(2) COLLATE \"C\" NOT NULL, \"bytes\" BYTEA NOT NULL,"
                + " \"uid\" UUID NOT NULL, \"at\" TIME NOT NULL, \"stamped\" TIMESTAMP WITH TIME ZONE NOT NULL,"
                + " \"elapsed\" BIGINT NOT NULL, \"doc\" JSONB NOT NULL, \"by_name\" VARCHAR(4) COLLATE \"C\" NOT NULL,"
                + " \"by_ordinal\" SMALLINT NOT NULL)");
        assertRendered(new CreateTable(Native.NATIVE, true), POSTGRESQL, "DO $$ BEGIN CREATE TYPE \"level_kind\""
                + " AS ENUM ('LOW', 'HIGH'); EXCEPTION WHEN duplicate_object THEN NULL; END $$;"
                + " CREATE TABLE IF NOT EXISTS \"native\" (\"level\" \"level_kind\" NOT NULL, \"scores\" INTEGER[] NOT NULL)");
    }

    @Test
    void typeNamesOnSqlite() {
        assertRendered(new CreateTable(G, false), SQLITE, "CREATE TABLE \"gadgets\" (\"small\" SMALLINT NOT NULL,"
                + " \"ratio\" REAL NOT NULL, \"code\" CHAR(2) NOT NULL CHECK (length(\"code\") <= 2),"
                + " \"bytes\" BLOB NOT NULL, \"uid\" TEXT NOT NULL, \"at\" TEXT NOT NULL,"
                + " \"stamped\" TIMESTAMP WITH TIME ZONE NOT NULL, \"elapsed\" BIGINT NOT NULL, \"doc\" TEXT NOT NULL,"
                + " \"by_name\" VARCHAR(4) NOT NULL CHECK (length(\"by_name\") <= 4), \"by_ordinal\" SMALLINT NOT NULL)");
        Golden.unsupported(new CreateTable(Native.NATIVE, false), SQLITE,
                "native enum type level_kind is not supported on sqlite: store Level by name or by ordinal instead");
    }

    @Test
    void typeNamesOnMysqlAndMariadb() {
        String columns = "CREATE TABLE `gadgets` (`small` SMALLINT NOT NULL, `ratio` DOUBLE NOT NULL,"
                + " `code` CHAR(2) NOT NULL, `bytes` LONGBLOB NOT NULL, `uid` BINARY(16) NOT NULL, `at` TIME(6) NOT NULL,"
                + " `stamped` DATETIME(6) NOT NULL, `elapsed` BIGINT NOT NULL, `doc` JSON NOT NULL,"
                + " `by_name` VARCHAR(4) NOT NULL, `by_ordinal` SMALLINT NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=";
        assertRendered(new CreateTable(G, false), MYSQL, columns + "utf8mb4_0900_bin");
        assertRendered(new CreateTable(G, false), MARIADB, columns + "utf8mb4_nopad_bin");
        Golden.unsupported(new CreateTable(Native.NATIVE, false), MARIADB,
                "array column type is not supported on mariadb: arrays are available on PostgreSQL only");
    }

    @Test
    void jsonPathsPerDialect() {
        Select select = Select.from(G).columns(JsonFunctions.text(G.doc, "a", "b\"c"));
        assertRendered(select, POSTGRESQL,
                "SELECT jsonb_extract_path_text(\"gadgets\".\"doc\", ?, ?) FROM \"gadgets\"", "a", "b\"c");
        assertRendered(select, SQLITE, "SELECT CASE json_type(\"gadgets\".\"doc\", ?) WHEN 'true' THEN 'true'"
                + " WHEN 'false' THEN 'false' ELSE json_extract(\"gadgets\".\"doc\", ?) END FROM \"gadgets\"",
                "$.\"a\".\"b\\\"c\"", "$.\"a\".\"b\\\"c\"");
        assertRendered(select, MARIADB, "SELECT CASE JSON_TYPE(JSON_EXTRACT(`gadgets`.`doc`, ?)) WHEN 'NULL' THEN NULL"
                + " ELSE JSON_UNQUOTE(JSON_EXTRACT(`gadgets`.`doc`, ?)) END FROM `gadgets`",
                "$.\"a\".\"b\\\"c\"", "$.\"a\".\"b\\\"c\"");
    }

    @Test
    void containmentPerDialect() {
        Select json = Select.from(G).columns(G.small).where(JsonFunctions.contains(G.doc, "{\"a\": 1}"));
        assertRendered(json, POSTGRESQL, "SELECT \"gadgets\".\"small\" FROM \"gadgets\" WHERE \"gadgets\".\"doc\" @> ?", "{\"a\": 1}");
        assertRendered(json, MYSQL, "SELECT `gadgets`.`small` FROM `gadgets` WHERE JSON_CONTAINS(`gadgets`.`doc`, ?)", "{\"a\": 1}");
        Golden.unsupported(json, SQLITE,
                "JSON and array containment is not supported on sqlite: compare values read with JsonFunctions.text instead");
        Select array = Select.from(Native.NATIVE).columns(Native.NATIVE.level).where(ArrayFunctions.contains(Native.NATIVE.scores, 7));
        assertRendered(array, POSTGRESQL, "SELECT \"native\".\"level\" FROM \"native\" WHERE \"native\".\"scores\" @> ?", List.of(7));
    }

    @Test
    void defaultsOfMappedTypesAreWrittenInTheirStoredForm() {
        assertRendered(new CreateTable(Defaults.DEFAULTS, false), SQLITE, "CREATE TABLE \"defaults\" ("
                + "\"by_name\" VARCHAR(4) DEFAULT 'HIGH' NOT NULL CHECK (length(\"by_name\") <= 4),"
                + " \"by_ordinal\" SMALLINT DEFAULT 1 NOT NULL, \"elapsed\" BIGINT DEFAULT 2000000000 NOT NULL)");
    }

    @Test
    void jsonOperatorsNeedJson() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> JsonFunctions.text(G.code, "a"));
        assertEquals("JSON path needs a JSON expression, but gadgets.code is CharType[length=2]", error.getMessage());
    }
}
