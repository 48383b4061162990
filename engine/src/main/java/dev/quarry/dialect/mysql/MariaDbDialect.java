package dev.quarry.dialect.mysql;

import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.NamingStrategy;
import dev.quarry.dialect.TextSemantics;

import dev.quarry.render.ExpressionRenderer;
import dev.quarry.render.RenderedSql;
import dev.quarry.render.SqlWriter;
import dev.quarry.schema.CheckDefinition;
import dev.quarry.schema.ConstraintDefinition;
import dev.quarry.sql.Analytic;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Functions;
import dev.quarry.sql.Window;
import dev.quarry.sql.WindowFunction;
import dev.quarry.sql.Lock;

/**
 * MariaDB 10.6 and later: MySQL's dialect plus INSERT/DELETE … RETURNING, with MariaDB's name for
 * the binary no-pad collation and its spelling of shared locks. It lacks WITH before UPDATE and
 * DELETE, and defaults in LAG/LEAD (emulated). Stateless; use
 * {@link dev.quarry.dialect.Dialects#MARIADB}.
 */
public final class MariaDbDialect extends MySqlDialect {
    /** The dialect writing names as declared; see {@link dev.quarry.dialect.Dialects}. */
    public MariaDbDialect() {
        this(NamingStrategy.AS_DECLARED, TextSemantics.CODE_POINT);
    }

    /** The dialect writing names with a naming strategy and text under these semantics. */
    MariaDbDialect(NamingStrategy naming, TextSemantics textSemantics) {
        super(naming, textSemantics);
    }

    @Override
    protected Dialect configured(NamingStrategy naming, TextSemantics textSemantics) {
        return new MariaDbDialect(naming, textSemantics);
    }

    /** MariaDB runs and reports a query with {@code ANALYZE …}, which has no EXPLAIN before it. */
    @Override
    public RenderedSql renderExplain(RenderedSql query, boolean analyze) {
        return analyze ? new RenderedSql("ANALYZE " + query.sql(), query.binds()) : super.renderExplain(query, false);
    }

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public boolean supportsInsertReturning() {
        return true;
    }

    @Override
    public boolean supportsDeleteReturning() {
        return true;
    }

    @Override
    public boolean supportsWithInUpdateAndDelete() {
        return false;
    }

    @Override
    public boolean supportsCreateIndexIfNotExists() {
        return true;
    }

    /** MariaDB Connector/J streams with any positive fetch size. */
    @Override
    public int streamingFetchSize(int rows) {
        return rows;
    }

    /** MariaDB has no DROP CHECK; checks go by DROP CONSTRAINT. */
    @Override
    public String dropConstraintKeyword(ConstraintDefinition constraint) {
        return constraint instanceof CheckDefinition ? "CONSTRAINT" : super.dropConstraintKeyword(constraint);
    }

    @Override
    protected String binaryCollation() {
        return "utf8mb4_nopad_bin";
    }

    /**
     * MariaDB's LAG and LEAD take no default value. With one, the row {@code n} rows away is
     * checked to exist by counting the rows of a frame that reaches it:
     * {@code CASE WHEN COUNT(*) OVER (… ROWS BETWEEN n PRECEDING AND CURRENT ROW) > n THEN LAG(x, n)
     * OVER (…) ELSE default END}, which keeps a NULL the row really holds.
     */
    @Override
    public void renderOver(ExpressionRenderer renderer, Analytic.Over<?> over) {
        if (!(over.function() instanceof Analytic.WindowCall<?> call) || call.arguments().size() < 3) {
            super.renderOver(renderer, over);
            return;
        }
        Expression<?> offset = call.arguments().get(1);
        long rows = ((Number) ((Expression.Literal<?>) offset).value()).longValue();
        Window.Frame.Bound reach = call.function() == WindowFunction.LAG
                ? Window.Frame.Bound.preceding(rows) : Window.Frame.Bound.following(rows);
        Window window = over.window();
        Window counted = call.function() == WindowFunction.LAG
                ? window.rows(reach, Window.Frame.Bound.CURRENT_ROW)
                : window.rows(Window.Frame.Bound.CURRENT_ROW, reach);
        SqlWriter writer = renderer.writer();
        writer.keyword("CASE").keyword("WHEN");
        renderer.render(Functions.count().over(counted));
        writer.keyword(">").keyword(Long.toString(rows)).keyword("THEN");
        renderer.render(new Analytic.WindowCall<>(call.function(), call.arguments().subList(0, 2), call.type()).over(window));
        writer.keyword("ELSE");
        renderer.render(call.arguments().get(2));
        writer.keyword("END");
    }

    /** MariaDB spells FOR SHARE as LOCK IN SHARE MODE. */
    @Override
    public void renderLock(SqlWriter writer, Lock lock) {
        writer.keyword(lock.mode() == Lock.Mode.UPDATE ? "FOR UPDATE" : "LOCK IN SHARE MODE");
        renderLockWait(writer, lock.onLocked());
    }
}
