package dev.quarry.sql;

import org.jspecify.annotations.Nullable;

/** One method per statement kind; see {@link ExpressionVisitor}. */
public interface StatementVisitor<R extends @Nullable Object> {
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
