package dev.quarry.render;

import dev.quarry.InvalidQueryException;
import dev.quarry.dialect.Dialect;
import dev.quarry.sql.Count;
import dev.quarry.sql.CreateIndex;
import dev.quarry.sql.CreateTable;
import dev.quarry.sql.Delete;
import dev.quarry.sql.DropTable;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Select;
import dev.quarry.sql.SetQuery;
import dev.quarry.sql.Statement;
import dev.quarry.sql.StatementVisitor;
import dev.quarry.sql.Update;

/**
 * Renders any statement for a dialect in one pass: text and binds together. Create one per
 * rendering; use {@link Dialect#render} or {@link Statement#toSql} rather than this class.
 */
public final class StatementRenderer implements StatementVisitor<Void> {
    private final SqlWriter writer;
    private final QueryRenderer queries;
    private final WriteRenderer writes;
    private final DdlRenderer ddl;

    public StatementRenderer(Dialect dialect) {
        this.writer = new SqlWriter(dialect);
        this.queries = new QueryRenderer(writer);
        this.writes = new WriteRenderer(writer, queries);
        this.ddl = new DdlRenderer(writer);
    }

    /**
     * Renders the statement.
     *
     * @throws InvalidQueryException if it carries more bind values than the dialect accepts
     */
    public RenderedSql render(Statement statement) {
        statement.accept(this);
        int limit = writer.dialect().maxBindParameters();
        if (writer.bindCount() > limit) {
            throw new InvalidQueryException("the statement carries " + writer.bindCount() + " values, more than the "
                    + limit + " " + writer.dialect().name() + " accepts in one statement; split it");
        }
        return writer.toRenderedSql();
    }

    @Override
    public Void visitSelect(Select select) {
        queries.withScope(() -> queries.renderSelect(select));
        return null;
    }

    @Override
    public Void visitSetQuery(SetQuery setQuery) {
        queries.withScope(() -> queries.renderQuery(setQuery));
        return null;
    }

    @Override
    public Void visitCount(Count count) {
        queries.withScope(() -> queries.renderCount(count));
        return null;
    }

    @Override
    public Void visitInsert(Insert insert) {
        writes.insert(insert);
        return null;
    }

    @Override
    public Void visitUpdate(Update update) {
        writes.update(update);
        return null;
    }

    @Override
    public Void visitDelete(Delete delete) {
        writes.delete(delete);
        return null;
    }

    @Override
    public Void visitCreateTable(CreateTable createTable) {
        ddl.createTable(createTable);
        return null;
    }

    @Override
    public Void visitCreateIndex(CreateIndex createIndex) {
        ddl.createIndex(createIndex);
        return null;
    }

    @Override
    public Void visitDropTable(DropTable dropTable) {
        ddl.dropTable(dropTable);
        return null;
    }
}
