package dev.quarry.render;

import static dev.quarry.Golden.everywhere;
import static dev.quarry.Golden.mysql;
import static dev.quarry.Golden.onMysqlAndMariadb;
import static dev.quarry.Golden.onPostgresqlAndSqlite;
import static dev.quarry.GoldenSql.assertRendered;
import static dev.quarry.Posts.POSTS;
import static dev.quarry.dialect.Dialects.MARIADB;
import static dev.quarry.dialect.Dialects.MYSQL;
import static dev.quarry.dialect.Dialects.POSTGRESQL;
import static dev.quarry.dialect.Dialects.SQLITE;
import static dev.quarry.sql.Functions.abs;
import static dev.quarry.sql.Functions.caseWhen;
import static dev.quarry.sql.Functions.coalesce;
import static dev.quarry.sql.Functions.concat;
import static dev.quarry.sql.Functions.currentDate;
import static dev.quarry.sql.Functions.currentTimestamp;
import static dev.quarry.sql.Functions.length;
import static dev.quarry.sql.Functions.literal;
import static dev.quarry.sql.Functions.lower;
import static dev.quarry.sql.Functions.nullif;
import static dev.quarry.sql.Functions.round;
import static dev.quarry.sql.Functions.substring;
import static dev.quarry.sql.Functions.trim;
import static dev.quarry.sql.Functions.upper;

import dev.quarry.Golden;
import dev.quarry.dialect.Dialect;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Select;
import dev.quarry.sql.SqlType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ExpressionRenderingTest {
    private static final String FROM = " FROM \"posts\"";

    private static Select select(Expression<?> expression) {
        return Select.of(expression).fromTable(POSTS);
    }

    @Test
    void arithmeticKeepsOperandOrderAndParenthesisesNestedOperations() {
        everywhere(select(POSTS.views.add(1)), "SELECT \"posts\".\"views\" + ?" + FROM, 1);
        everywhere(select(POSTS.views.subtract(POSTS.views)), "SELECT \"posts\".\"views\" - \"posts\".\"views\"" + FROM);
        everywhere(select(POSTS.views.add(1).multiply(2)), "SELECT (\"posts\".\"views\" + ?) * ?" + FROM, 1, 2);
        everywhere(select(POSTS.views.mod(7)), "SELECT \"posts\".\"views\" % ?" + FROM, 7);
        everywhere(select(POSTS.views.negate()), "SELECT -\"posts\".\"views\"" + FROM);
    }

    @Test
    void integerDivisionTruncatesEverywhere() {
        onPostgresqlAndSqlite(select(POSTS.views.divide(2)), "SELECT \"posts\".\"views\" / ?" + FROM, 2);
        onMysqlAndMariadb(select(POSTS.views.divide(2)), "SELECT \"posts\".\"views\" DIV ?" + FROM, 2);
        everywhere(select(POSTS.score.divide(POSTS.views, BigDecimal.class)), "SELECT \"posts\".\"score\" / \"posts\".\"views\"" + FROM);
    }

    @Test
    void decimalResultsAreRoundedToTheirScaleWhereDecimalsAreFloats() {
        Expression<BigDecimal> total = POSTS.score.multiply(POSTS.views, BigDecimal.class);
        assertRendered(select(total), POSTGRESQL, "SELECT \"posts\".\"score\" * \"posts\".\"views\"" + FROM);
        assertRendered(select(total), MYSQL, mysql("SELECT \"posts\".\"score\" * \"posts\".\"views\"" + FROM));
        assertRendered(select(total), SQLITE, "SELECT ROUND(\"posts\".\"score\" * \"posts\".\"views\", 2)" + FROM);
        assertRendered(select(POSTS.score.add(new BigDecimal("0.5"))), SQLITE,
                "SELECT ROUND(\"posts\".\"score\" + ?, 2)" + FROM, new BigDecimal("0.5"));
    }

    @Test
    void concatenationUsesEachDialectsOperator() {
        Expression<String> byline = concat(POSTS.title, literal(" #"), POSTS.views);
        onPostgresqlAndSqlite(select(byline), "SELECT \"posts\".\"title\" || ' #' || \"posts\".\"views\"" + FROM);
        onMysqlAndMariadb(select(byline), "SELECT CONCAT(\"posts\".\"title\", ' #', \"posts\".\"views\")" + FROM);
    }

    @Test
    void stringFunctionsCountCharacters() {
        onMysqlAndMariadb(select(lower(POSTS.title)), "SELECT LOWER(\"posts\".\"title\")" + FROM);
        assertRendered(select(upper(POSTS.title)), POSTGRESQL, "SELECT UPPER(\"posts\".\"title\" COLLATE \"default\")" + FROM);
        assertRendered(select(upper(POSTS.title)), SQLITE, "SELECT quarry_upper(\"posts\".\"title\")" + FROM);
        everywhere(select(trim(POSTS.title)), "SELECT TRIM(\"posts\".\"title\")" + FROM);
        everywhere(select(substring(POSTS.title, 2, 3)), "SELECT SUBSTR(\"posts\".\"title\", 2, 3)" + FROM);
        everywhere(select(substring(POSTS.title, 2)), "SELECT SUBSTR(\"posts\".\"title\", 2)" + FROM);
        assertRendered(select(length(POSTS.title)), POSTGRESQL, "SELECT CHAR_LENGTH(\"posts\".\"title\")" + FROM);
        assertRendered(select(length(POSTS.title)), SQLITE, "SELECT LENGTH(\"posts\".\"title\")" + FROM);
        onMysqlAndMariadb(select(length(POSTS.title)), "SELECT CHAR_LENGTH(\"posts\".\"title\")" + FROM);
    }

    @Test
    void coalesceNullifAbsAndRound() {
        everywhere(select(coalesce(POSTS.rating, 0.0)), "SELECT COALESCE(\"posts\".\"rating\", ?)" + FROM, 0.0);
        everywhere(select(nullif(POSTS.views, 0)), "SELECT NULLIF(\"posts\".\"views\", ?)" + FROM, 0);
        everywhere(select(abs(POSTS.views)), "SELECT ABS(\"posts\".\"views\")" + FROM);
        everywhere(select(round(POSTS.score, 1)), "SELECT ROUND(\"posts\".\"score\", 1)" + FROM);
        assertRendered(select(round(POSTS.rating, 1)), POSTGRESQL,
                "SELECT ROUND(CAST(\"posts\".\"rating\" AS NUMERIC), 1)" + FROM);
        assertRendered(select(round(POSTS.rating, 1)), SQLITE, "SELECT ROUND(\"posts\".\"rating\", 1)" + FROM);
        onMysqlAndMariadb(select(round(POSTS.rating, 1)),
                "SELECT ROUND(CAST(\"posts\".\"rating\" AS DECIMAL(65, 30)), 1)" + FROM);
    }

    @Test
    void caseWhenWithElse() {
        var label = caseWhen(POSTS.views.gt(100), literal("hot")).orWhen(POSTS.views.gt(10), literal("warm"))
                .otherwise(literal("cold"));
        everywhere(select(label), "SELECT CASE WHEN \"posts\".\"views\" > ? THEN 'hot' WHEN \"posts\".\"views\" > ?"
                + " THEN 'warm' ELSE 'cold' END" + FROM, 100, 10);
    }

    @Test
    void castsUseTypeNamesEachDialectAccepts() {
        assertRendered(select(POSTS.views.cast(SqlType.BIGINT)), POSTGRESQL, "SELECT CAST(\"posts\".\"views\" AS BIGINT)" + FROM);
        assertRendered(select(POSTS.views.cast(SqlType.BIGINT)), SQLITE, "SELECT CAST(\"posts\".\"views\" AS INTEGER)" + FROM);
        assertRendered(select(POSTS.views.cast(SqlType.BIGINT)), MYSQL, mysql("SELECT CAST(\"posts\".\"views\" AS SIGNED)" + FROM));
        assertRendered(select(POSTS.views.cast(SqlType.TEXT)), POSTGRESQL, "SELECT CAST(\"posts\".\"views\" AS TEXT)" + FROM);
        assertRendered(select(POSTS.views.cast(SqlType.TEXT)), MYSQL,
                mysql("SELECT CAST(\"posts\".\"views\" AS CHAR) COLLATE utf8mb4_0900_bin" + FROM));
        assertRendered(select(POSTS.views.cast(SqlType.TEXT)), MARIADB,
                mysql("SELECT CAST(\"posts\".\"views\" AS CHAR) COLLATE utf8mb4_nopad_bin" + FROM));
        assertRendered(select(POSTS.title.cast(SqlType.varchar(5))), SQLITE,
                "SELECT SUBSTR(CAST(\"posts\".\"title\" AS TEXT), 1, 5)" + FROM);
        assertRendered(select(POSTS.title.cast(SqlType.varchar(5))), POSTGRESQL,
                "SELECT CAST(\"posts\".\"title\" AS VARCHAR(5))" + FROM);
        assertRendered(select(POSTS.score.cast(SqlType.DOUBLE)), MYSQL, mysql("SELECT CAST(\"posts\".\"score\" AS DOUBLE)" + FROM));
        assertRendered(select(POSTS.score.cast(SqlType.DOUBLE)), SQLITE, "SELECT CAST(\"posts\".\"score\" AS REAL)" + FROM);
        assertRendered(select(POSTS.score.cast(SqlType.INTEGER)), SQLITE,
                "SELECT CAST(ROUND(\"posts\".\"score\") AS INTEGER)" + FROM);
        assertRendered(select(POSTS.score.cast(SqlType.INTEGER)), POSTGRESQL,
                "SELECT CAST(\"posts\".\"score\" AS INTEGER)" + FROM);
        Golden.unsupported(select(POSTS.views.cast(SqlType.BOOLEAN)), MYSQL,
                "CAST to BOOLEAN is not supported on mysql: compare with 0 instead");
    }

    @Test
    void literalsAreQuotedAndEscapedOrBoundWhereTheyCannotBe() {
        everywhere(select(literal("it's")), "SELECT 'it''s'" + FROM);
        everywhere(select(literal(true)), "SELECT TRUE" + FROM);
        everywhere(select(literal(new BigDecimal("1.50"))), "SELECT 1.50" + FROM);
        onPostgresqlAndSqlite(select(literal("a\\b")), "SELECT 'a\\b'" + FROM);
        onMysqlAndMariadb(select(literal("a\\b")), "SELECT ?" + FROM, "a\\b");
    }

    @Test
    void stringsSqlTextCannotCarryAreBoundInsteadOfWritten() {
        everywhere(select(literal("a\0b")), "SELECT ?" + FROM, "a\0b");
        everywhere(select(literal("lone \uD800")), "SELECT ?" + FROM, "lone \uD800");
        String longest = "x".repeat(Dialect.LONGEST_STRING_LITERAL);
        everywhere(select(literal(longest)), "SELECT '" + longest + "'" + FROM);
        everywhere(select(literal(longest + "x")), "SELECT ?" + FROM, longest + "x");
        everywhere(select(literal("emoji \uD83D\uDE00")), "SELECT 'emoji \uD83D\uDE00'" + FROM);
    }

    @Test
    void currentDateAndTimestampAreUtcEverywhere() {
        assertRendered(select(currentDate()), POSTGRESQL, "SELECT CAST(CURRENT_TIMESTAMP AT TIME ZONE 'UTC' AS DATE)" + FROM);
        assertRendered(select(currentDate()), SQLITE, "SELECT date('now')" + FROM);
        onMysqlAndMariadb(select(currentDate()), "SELECT UTC_DATE()" + FROM);
        assertRendered(select(currentTimestamp()), POSTGRESQL, "SELECT CURRENT_TIMESTAMP" + FROM);
        assertRendered(select(currentTimestamp()), SQLITE,
                "SELECT (strftime('%Y-%m-%d %H:%M:%f', 'now') || '000Z')" + FROM);
        onMysqlAndMariadb(select(currentTimestamp()), "SELECT UTC_TIMESTAMP(6)" + FROM);
    }

    @Test
    void nullSafeEqualityInEachDialectsForm() {
        var same = Select.from(POSTS).columns(POSTS.id).where(POSTS.rating.isNotDistinctFrom((Double) null));
        assertRendered(same, POSTGRESQL, "SELECT \"posts\".\"id\" FROM \"posts\" WHERE \"posts\".\"rating\" IS NOT DISTINCT FROM ?",
                (Object) null);
        assertRendered(same, SQLITE, "SELECT \"posts\".\"id\" FROM \"posts\" WHERE \"posts\".\"rating\" IS ?", (Object) null);
        onMysqlAndMariadb(same, "SELECT \"posts\".\"id\" FROM \"posts\" WHERE \"posts\".\"rating\" <=> ?", (Object) null);
        var different = Select.from(POSTS).columns(POSTS.id).where(POSTS.rating.isDistinctFrom(2.5));
        assertRendered(different, POSTGRESQL,
                "SELECT \"posts\".\"id\" FROM \"posts\" WHERE \"posts\".\"rating\" IS DISTINCT FROM ?", 2.5);
        assertRendered(different, SQLITE, "SELECT \"posts\".\"id\" FROM \"posts\" WHERE \"posts\".\"rating\" IS NOT ?", 2.5);
        onMysqlAndMariadb(different, "SELECT \"posts\".\"id\" FROM \"posts\" WHERE NOT (\"posts\".\"rating\" <=> ?)", 2.5);
    }

    @Test
    void selectWithoutFrom() {
        everywhere(Select.of(literal(1), literal("x")), "SELECT 1, 'x'");
    }
}
