package dev.quarry.render;

import dev.quarry.dialect.Dialect;
import dev.quarry.sql.Count;
import dev.quarry.sql.CreateTable;
import dev.quarry.sql.Delete;
import dev.quarry.sql.DropTable;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Select;
import dev.quarry.sql.Statement;
import dev.quarry.sql.StatementVisitor;
import dev.quarry.sql.Update;

/**
 * Renders any statement for a dialect in one pass: text and binds together. Create one per
 * rendering; use {@link Dialect#render} or {@link Statement#toSql} rather than this class.
 */
public final class StatementRenderer implements StatementVisitor<Void> {
    private final SqlWriter writer;
    private final DmlRenderer dml;
    private final DdlRenderer ddl;

    public StatementRenderer(Dialect dialect) {
        this.writer = new SqlWriter(dialect);
        this.dml = new DmlRenderer(writer);
        this.ddl = new DdlRenderer(writer);
    }

    /** Renders the statement. */
    public RenderedSql render(Statement statement) {
        statement.accept(this);
        return writer.toRenderedSql();
    }

    @Override
    public Void visitSelect(Select select) {
        dml.select(select);
        return null;
    }

    @Override
    public Void visitCount(Count count) {
        dml.count(count);
        return null;
    }

    @Override
    public Void visitInsert(Insert insert) {
        dml.insert(insert);
        return null;
    }

    @Override
    public Void visitUpdate(Update update) {
        dml.update(update);
        return null;
    }

    @Override
    public Void visitDelete(Delete delete) {
        dml.delete(delete);
        return null;
    }

    @Override
    public Void visitCreateTable(CreateTable createTable) {
        ddl.createTable(createTable);
        return null;
    }

    @Override
    public Void visitDropTable(DropTable dropTable) {
        ddl.dropTable(dropTable);
        return null;
    }
}
