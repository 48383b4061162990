package dev.quarry.sql;

public record SmallIntType() implements SqlType<Short> {
    @Override
    public SqlType.Category category() {
        return SqlType.Category.INTEGER;
    }

    @Override
    public Class<Short> javaType() {
        return Short.class;
    }

    @Override
    public <R> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitSmallInt(this);
    }
}
