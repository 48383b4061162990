package dev.quarry.sql;

public record BooleanType() implements SqlType<Boolean> {
    @Override
    public SqlType.Category category() {
        return SqlType.Category.BOOLEAN;
    }

    @Override
    public Class<Boolean> javaType() {
        return Boolean.class;
    }

    @Override
    public <R> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitBoolean(this);
    }
}
