package dev.quarry.render;

import dev.quarry.InvalidQueryException;
import dev.quarry.dialect.TextRules;
import dev.quarry.sql.Column;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Expression;
import dev.quarry.sql.MappedType;
import dev.quarry.sql.NativeEnumType;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.Table;
import org.jspecify.annotations.Nullable;

/**
 * Writes an expression of DDL (a CHECK condition, a DEFAULT), which carries no bind parameters:
 * values become literals in their stored form and columns of the own table are written
 * unqualified. A column of any other table, or a subquery, is an error naming the context. Text
 * is written as it is: DDL belongs to the table and its columns' collations, whatever the text
 * semantics of the statements that read it.
 * Not thread-safe: one per expression.
 */
final class DdlExpressionRenderer extends ExpressionRenderer {
    private final String context;
    private final @Nullable Table own;

    /**
     * @param context what the expression belongs to, for errors: {@code CHECK constraint ck_age}
     * @param own the table whose columns the expression may use, or null for none
     */
    DdlExpressionRenderer(SqlWriter writer, QueryRenderer queries, String context, @Nullable Table own) {
        super(writer, queries, TextRules.AS_WRITTEN);
        this.context = context;
        this.own = own;
        unqualified(own);
    }

    @Override
    public Void visitColumn(Column<?> column) {
        if (column.table() != own) {
            throw new InvalidQueryException(context + " cannot refer to " + column.qualifiedName()
                    + (own == null ? "; it may not refer to columns" : ", a column of another table"));
        }
        return super.visitColumn(column);
    }

    @Override
    public Void visitParam(Expression.Param<?> param) {
        dialect().renderDdlLiteral(writer(), storedForm(param.type(), param.value()), context);
        return null;
    }

    @Override
    public Void visitLiteral(Expression.Literal<?> literal) {
        dialect().renderDdlLiteral(writer(), literal.value(), context);
        return null;
    }

    @Override
    public Void visitScalarSubquery(Expression.ScalarSubquery<?> subquery) {
        throw noSubquery();
    }

    @Override
    public Void visitInQuery(Condition.InQuery in) {
        throw noSubquery();
    }

    @Override
    public Void visitExists(Condition.Exists exists) {
        throw noSubquery();
    }

    private InvalidQueryException noSubquery() {
        return new InvalidQueryException(context + " cannot contain a subquery");
    }

    /** A value as its type stores it: mapped types converted, native enum constants as labels. */
    private static @Nullable Object storedForm(SqlType<?> type, @Nullable Object value) {
        if (value instanceof Enum<?> constant && type instanceof NativeEnumType<?>) {
            return constant.name();
        }
        return value != null && type instanceof MappedType<?, ?> mapped
                ? storedForm(mapped.storage(), mapped.store(value))
                : value;
    }
}
