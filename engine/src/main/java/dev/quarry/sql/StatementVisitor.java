package dev.quarry.sql;

/** One method per statement kind; see {@link ExpressionVisitor}. */
public interface StatementVisitor<R> {
    R visitSelect(Select select);

    R visitSetQuery(SetQuery setQuery);

    R visitCount(Count count);

    R visitInsert(Insert insert);

    R visitUpdate(Update update);

    R visitDelete(Delete delete);

    R visitCreateTable(CreateTable createTable);

    R visitCreateIndex(CreateIndex createIndex);

    R visitDropTable(DropTable dropTable);
}
