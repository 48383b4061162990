package dev.quarry.render;

import static dev.quarry.Golden.everywhere;
import static dev.quarry.Posts.POSTS;
import static dev.quarry.sql.Functions.function;
import static dev.quarry.sql.Functions.operator;
import static dev.quarry.sql.Functions.sql;
import static dev.quarry.sql.Functions.sqlCondition;
import static dev.quarry.sql.Functions.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.sql.Expression;
import dev.quarry.sql.Select;
import dev.quarry.sql.SqlType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SqlTemplateRenderingTest {
    private static final String FROM = " FROM \"posts\"";

    @Test
    void placeholdersAreRenderedAsTheirExpressionsAndValuesAreBound() {
        Expression<Double> similarity = sql("similarity({0}, {1})", SqlType.DOUBLE, POSTS.title, value("dune", SqlType.TEXT));
        everywhere(Select.of(similarity).fromTable(POSTS),
                "SELECT similarity(\"posts\".\"title\", ?)" + FROM, "dune");
        everywhere(Select.of(function("coalesce", SqlType.INTEGER, POSTS.views, value(0, SqlType.INTEGER))).fromTable(POSTS),
                "SELECT coalesce(\"posts\".\"views\", ?)" + FROM, 0);
        everywhere(Select.of(function("pi", SqlType.DOUBLE)), "SELECT pi()");
    }

    @Test
    void compoundArgumentsAndTemplatesInsideArithmeticAreParenthesised() {
        Expression<Integer> twice = sql("{0} * 2", SqlType.INTEGER, POSTS.views.add(1));
        everywhere(Select.of(twice.add(3)).fromTable(POSTS),
                "SELECT ((\"posts\".\"views\" + ?) * 2) + ?" + FROM, 1, 3);
        everywhere(Select.of(sql("{0} + {0}", SqlType.INTEGER, POSTS.views)).fromTable(POSTS),
                "SELECT \"posts\".\"views\" + \"posts\".\"views\"" + FROM);
        everywhere(Select.of(sql("'{{' || {0} || '}}'", SqlType.TEXT, POSTS.title)).fromTable(POSTS),
                "SELECT '{' || \"posts\".\"title\" || '}'" + FROM);
    }

    @Test
    void conditionsAndOperatorsFromTemplatesCombineWithOthers() {
        everywhere(Select.from(POSTS).where(operator(POSTS.views, ">=", value(10, SqlType.INTEGER))
                        .and(sqlCondition("{0} <> {1}", POSTS.title, value("x", SqlType.TEXT)))),
                "SELECT \"posts\".\"id\", \"posts\".\"user_id\", \"posts\".\"title\", \"posts\".\"score\", \"posts\".\"rating\","
                        + " \"posts\".\"views\"" + FROM + " WHERE \"posts\".\"views\" >= ? AND \"posts\".\"title\" <> ?", 10, "x");
        Expression<Integer> bucket = sql("{0} / 10", SqlType.INTEGER, POSTS.views);
        everywhere(Select.of(bucket).fromTable(POSTS).groupBy(bucket),
                "SELECT \"posts\".\"views\" / 10" + FROM + " GROUP BY 1");
    }

    @Test
    void malformedTemplatesNamesAndOperatorsAreRefusedWithTheReason() {
        refused(() -> sql("f({0}, ?)", SqlType.TEXT, POSTS.title), "contains '?'");
        refused(() -> sql("f({1})", SqlType.TEXT, POSTS.title), "refers to {1} but has 1 argument");
        refused(() -> sql("f({0})", SqlType.TEXT, POSTS.title, POSTS.title), "does not use argument {1}");
        refused(() -> sql("f({x})", SqlType.TEXT, POSTS.title), "opens no placeholder");
        refused(() -> sql("f()}", SqlType.TEXT), "closes no placeholder");
        refused(() -> sql("1; DROP TABLE posts", SqlType.TEXT), "statement separator or a comment");
        refused(() -> sql("1 -- x", SqlType.TEXT), "statement separator or a comment");
        refused(() -> function("lower(x); --", SqlType.TEXT), "is not a function name");
        refused(() -> operator(POSTS.views, "= 1 OR 1", POSTS.views), "is not an operator");
    }

    @Test
    void templatesCompareStructurally() {
        assertEquals(sql("f({0})", SqlType.TEXT, POSTS.title), sql("f({0})", SqlType.TEXT, POSTS.title));
    }

    private static void refused(Executable building, String reason) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, building);
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }
}
