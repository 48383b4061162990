package dev.quarry.sql;

public record BigIntType() implements SqlType<Long> {
    @Override
    public SqlType.Category category() {
        return SqlType.Category.INTEGER;
    }

    @Override
    public Class<Long> javaType() {
        return Long.class;
    }

    @Override
    public <R> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitBigInt(this);
    }
}
