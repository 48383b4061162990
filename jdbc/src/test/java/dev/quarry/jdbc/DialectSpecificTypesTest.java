package dev.quarry.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.sql.ArrayFunctions;
import dev.quarry.sql.Column;
import dev.quarry.sql.Expression;
import dev.quarry.sql.JsonFunctions;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Types and operators some dialects lack: native enums, arrays, JSON paths and containment. Where
 * a dialect lacks one, the test asserts the error that names it.
 */
class DialectSpecificTypesTest {

    enum Size { SMALL, MEDIUM, LARGE }

    static final class Shirts extends Table {
        static final Shirts SHIRTS = new Shirts();
        final Column<Integer> id = integer("id");
        final Column<Size> size = nativeEnum("size", Size.class, "shirt_size");

        private Shirts() {
            super("shirts");
            primaryKey(id);
        }
    }

    static final class Posts extends Table {
        static final Posts POSTS = new Posts();
        final Column<Integer> id = integer("id");
        final Column<List<@Nullable String>> tags = array("tags", SqlType.TEXT);
        final Column<@Nullable List<@Nullable Integer>> scores = array("scores", SqlType.INTEGER).nullable();

        private Posts() {
            super("posts");
            primaryKey(id);
        }
    }

    static final class Documents extends Table {
        static final Documents DOCUMENTS = new Documents();
        final Column<Integer> id = integer("id");
        final Column<String> body = json("body");

        private Documents() {
            super("documents");
            primaryKey(id);
        }
    }

    private static final Shirts S = Shirts.SHIRTS;
    private static final Posts P = Posts.POSTS;
    private static final Documents D = Documents.DOCUMENTS;

    @OnEveryDialect
    void nativeEnumsOrderByDeclarationWhereTheDatabaseHasThem(TestTarget target) {
        Database db = TestDatabases.of(target);
        db.inTransaction(tx -> tx.dropTableIfExists(S));
        if (target.family().equals("sqlite")) {
            UnsupportedFeatureException error = assertThrows(UnsupportedFeatureException.class,
                    () -> db.inTransaction(tx -> tx.createTable(S)));
            assertEquals("native enum type shirt_size is not supported on sqlite: store Size by name or by ordinal instead",
                    error.getMessage());
            return;
        }
        db.inTransaction(tx -> tx.createTable(S));
        db.inTransaction(tx -> tx.createTableIfNotExists(S));
        db.inTransaction(tx -> tx.insertInto(S).set(S.id, 1).set(S.size, Size.LARGE).newRow()
                .set(S.id, 2).set(S.size, Size.SMALL).newRow().set(S.id, 3).set(S.size, Size.MEDIUM).execute());
        List<Size> ordered = db.transaction(tx -> tx.selectFrom(S).orderBy(S.size.asc()).fetch())
                .stream().map(row -> row.get(S.size)).toList();
        assertEquals(List.of(Size.SMALL, Size.MEDIUM, Size.LARGE), ordered);
        assertEquals(1, db.transaction(tx -> tx.selectFrom(S).where(S.size.eq(Size.LARGE)).fetchOne()).get(S.id));
        assertEquals(2L, (long) db.transaction(tx -> tx.selectFrom(S).where(S.size.gt(Size.SMALL)).count()));
    }

    @OnEveryDialect
    void arraysRoundTripAndFilterOnPostgresql(TestTarget target) {
        Database db = TestDatabases.of(target);
        db.inTransaction(tx -> tx.dropTableIfExists(P));
        if (!target.family().equals("postgresql")) {
            UnsupportedFeatureException error = assertThrows(UnsupportedFeatureException.class,
                    () -> db.inTransaction(tx -> tx.createTable(P)));
            assertEquals("array column type is not supported on " + db.dialect().name()
                    + ": arrays are available on PostgreSQL only", error.getMessage());
            return;
        }
        db.inTransaction(tx -> tx.createTable(P));
        db.inTransaction(tx -> tx.insertInto(P)
                .set(P.id, 1).set(P.tags, List.of("kotlin", "sql")).set(P.scores, Arrays.asList(3, null, -7)).newRow()
                .set(P.id, 2).set(P.tags, List.of()).set(P.scores, null).newRow()
                .set(P.id, 3).set(P.tags, List.of("sql", "\uD83D\uDE00 'quoted' \"double\"")).set(P.scores, List.of())
                .execute());
        List<Row> rows = db.transaction(tx -> tx.selectFrom(P).orderBy(P.id.asc()).fetch());
        assertEquals(List.of("kotlin", "sql"), rows.get(0).get(P.tags));
        assertEquals(Arrays.asList(3, null, -7), rows.get(0).get(P.scores));
        assertEquals(List.of(), rows.get(1).get(P.tags));
        assertNull(rows.get(1).get(P.scores));
        assertEquals(List.of("sql", "\uD83D\uDE00 'quoted' \"double\""), rows.get(2).get(P.tags));
        assertEquals(List.of(1, 3), ids(db, P, P.id, ArrayFunctions.contains(P.tags, "sql")));
        assertEquals(List.of(1), ids(db, P, P.id, ArrayFunctions.containsAll(P.tags, List.of("sql", "kotlin"))));
        assertEquals(List.of(1), ids(db, P, P.id, ArrayFunctions.contains(P.scores, -7)));
    }

    @OnEveryDialect
    void jsonPathsReadTheSameScalarsEverywhere(TestTarget target) {
        Database db = freshDocuments(target);
        Expression<String> theme = JsonFunctions.text(D.body, "settings", "theme");
        Expression<String> beta = JsonFunctions.text(D.body, "beta");
        Expression<String> count = JsonFunctions.text(D.body, "count");
        Expression<String> odd = JsonFunctions.text(D.body, "we\"ird key");
        List<Row> rows = db.transaction(tx -> tx.select(D.id, theme, beta, count, odd).from(D).orderBy(D.id.asc()).fetch());
        assertEquals(List.of("dark", "true", "42", "yes"), List.of(rows.get(0).get(theme), rows.get(0).get(beta),
                rows.get(0).get(count), rows.get(0).get(odd)));
        assertEquals(Arrays.asList("light", "false", "2.5", null), Arrays.asList(rows.get(1).get(theme),
                rows.get(1).get(beta), rows.get(1).get(count), rows.get(1).get(odd)));
        assertEquals(Arrays.asList(null, null, null, null), Arrays.asList(rows.get(2).get(theme), rows.get(2).get(beta),
                rows.get(2).get(count), rows.get(2).get(odd)));
        assertEquals(List.of(2), ids(db, D, D.id, theme.eq("light")));
    }

    @OnEveryDialect
    void jsonContainmentWhereTheDatabaseHasIt(TestTarget target) {
        Database db = freshDocuments(target);
        if (target.family().equals("sqlite")) {
            UnsupportedFeatureException error = assertThrows(UnsupportedFeatureException.class,
                    () -> ids(db, D, D.id, JsonFunctions.contains(D.body, "{\"beta\": true}")));
            assertEquals("JSON and array containment is not supported on sqlite: compare values read with"
                    + " JsonFunctions.text instead", error.getMessage());
            return;
        }
        assertEquals(List.of(1), ids(db, D, D.id, JsonFunctions.contains(D.body, "{\"beta\": true}")));
        assertEquals(List.of(1, 2), ids(db, D, D.id, JsonFunctions.contains(D.body, "{\"tags\": [\"a\"]}")));
        assertEquals(List.of(2), ids(db, D, D.id, JsonFunctions.contains(D.body, "{\"settings\": {\"theme\": \"light\"}}")));
    }

    private static Database freshDocuments(TestTarget target) {
        Database db = TestDatabases.of(target);
        db.inTransaction(tx -> {
            tx.dropTableIfExists(D);
            tx.createTable(D);
            tx.insertInto(D)
                    .set(D.id, 1).set(D.body, "{\"settings\": {\"theme\": \"dark\"}, \"beta\": true, \"count\": 42,"
                            + " \"tags\": [\"a\", \"b\"], \"we\\\"ird key\": \"yes\"}").newRow()
                    .set(D.id, 2).set(D.body, "{\"settings\": {\"theme\": \"light\"}, \"beta\": false, \"count\": 2.5,"
                            + " \"tags\": [\"a\"]}").newRow()
                    .set(D.id, 3).set(D.body, "{\"settings\": null, \"beta\": null}")
                    .execute();
        });
        return db;
    }

    private static List<Integer> ids(Database db, Table table, Column<Integer> id, dev.quarry.sql.Condition filter) {
        return db.transaction(tx -> tx.selectFrom(table).where(filter).orderBy(id.asc()).fetch())
                .stream().map(row -> row.get(id)).toList();
    }
}
