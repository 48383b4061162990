package dev.quarry.sql;

public record IntegerType() implements SqlType<Integer> {
    @Override
    public SqlType.Category category() {
        return SqlType.Category.INTEGER;
    }

    @Override
    public Class<Integer> javaType() {
        return Integer.class;
    }

    @Override
    public <R> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitInteger(this);
    }
}
