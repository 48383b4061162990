package dev.quarry.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scripts split at each {@code ;} outside strings, identifiers, comments, dollar quotes and routine bodies. */
class StatementSplitterTest {

    private static List<String> standard(String script) {
        return StatementSplitter.split(script, ScriptSyntax.STANDARD);
    }

    @Test
    void aPostgresDoBlockWithSemicolonsInsideStaysOneStatement() {
        String doBlock = """
                DO $$ BEGIN CREATE TYPE mr_mood AS ENUM ('sad', 'ok');
                EXCEPTION WHEN duplicate_object THEN NULL; END $$""";
        List<String> statements = standard(doBlock + ";\nCREATE TABLE mr_a (id INTEGER);\n");
        assertEquals(List.of(doBlock, "CREATE TABLE mr_a (id INTEGER)"), statements,
                "the DO block ends at its closing $$, not at the semicolons inside it");
    }

    @Test
    void taggedDollarQuotesMayContainPlainDollarQuotes() {
        String function = "CREATE FUNCTION mr_f() RETURNS text AS $body$ SELECT $$a;b$$; $body$ LANGUAGE sql";
        assertEquals(List.of(function, "SELECT 1"), standard(function + ";SELECT 1;"),
                "$body$ … $body$ is one quoted body even with $$ … $$ and ; inside");
    }

    @Test
    void semicolonsInStringsIdentifiersAndCommentsDoNotSplit() {
        String script = """
                -- a comment; with a semicolon
                INSERT INTO mr_t (a, "odd;name", `tick;name`) VALUES ('x;y', 'it''s; fine'); /* block; comment */
                SELECT 'a' -- trailing; comment
                ;
                """;
        assertEquals(List.of("INSERT INTO mr_t (a, \"odd;name\", `tick;name`) VALUES ('x;y', 'it''s; fine')",
                "SELECT 'a'"), standard(script),
                "only the two semicolons outside strings, identifiers and comments end statements");
    }

    @Test
    void emptyAndCommentOnlyPiecesAreSkipped() {
        assertEquals(List.of("SELECT 1", "SELECT 2"),
                standard(";;\n-- only a comment\n;SELECT 1;;  ;\n/* x */;SELECT 2\n-- end"),
                "empty pieces and pieces holding only comments are not statements");
        assertEquals(List.of(), standard("  -- nothing here\n/* at all */\n"),
                "a script of comments has no statements");
    }

    @Test
    void backslashesEscapeQuotesOnlyWhereTheDatabaseSaysSo() {
        String mysql = "INSERT INTO mr_t VALUES ('it\\'s; here')";
        assertEquals(List.of(mysql, "SELECT 2"), StatementSplitter.split(mysql + "; SELECT 2", ScriptSyntax.MYSQL),
                "MySQL strings take backslash escapes");
        String postgres = "INSERT INTO mr_t VALUES ('C:\\'); SELECT 'b;c'";
        assertEquals(List.of("INSERT INTO mr_t VALUES ('C:\\')", "SELECT 'b;c'"), standard(postgres),
                "a backslash is an ordinary character in a standard string");
        String escapeString = "SELECT E'it\\'s; here'";
        assertEquals(List.of(escapeString, "SELECT 3"), standard(escapeString + "; SELECT 3"),
                "PostgreSQL E'' strings take backslash escapes");
    }

    @Test
    void hashStartsACommentOnMySqlOnly() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), StatementSplitter.split("# note; here\nSELECT 1; SELECT 2",
                ScriptSyntax.MYSQL), "# comments out the rest of the line on MySQL");
    }

    @Test
    void triggerBodiesStayWholeWhileScriptTransactionsStillSplit() {
        String trigger = """
                CREATE TRIGGER mr_audit AFTER INSERT ON mr_t FOR EACH ROW
                BEGIN
                  INSERT INTO mr_log VALUES (NEW.id, CASE WHEN NEW.id > 1 THEN 'big' ELSE 'small' END);
                  UPDATE mr_count SET n = n + 1;
                END""";
        List<String> statements = standard("BEGIN;\n" + trigger + ";\nCOMMIT;");
        assertEquals(List.of("BEGIN", trigger, "COMMIT"), statements,
                "a trigger body is one statement; BEGIN and COMMIT of the script are their own");
    }

    @Test
    void mySqlProcedureBlocksWithIfAndLoopsStayWhole() {
        String procedure = """
                CREATE PROCEDURE mr_p() BEGIN
                  IF 1 = 1 THEN SELECT 1; END IF;
                  WHILE 0 = 1 DO SELECT 2; END WHILE;
                  CASE WHEN 1 = 1 THEN SELECT 3; END CASE;
                END""";
        assertEquals(List.of(procedure, "SELECT 4"), StatementSplitter.split(procedure + ";\nSELECT 4;",
                ScriptSyntax.MYSQL), "END IF, END WHILE and END CASE do not end the procedure");
    }

    @Test
    void positionalParametersAndDollarsInNamesAreNoQuotes() {
        assertEquals(List.of("SELECT $1", "SELECT a$b$ FROM mr_t"), standard("SELECT $1; SELECT a$b$ FROM mr_t;"),
                "$1 and a$b$ start no dollar-quoted body");
    }
}
