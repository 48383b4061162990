package dev.quarry.sql;

public record TextType() implements SqlType<String> {
    @Override
    public SqlType.Category category() {
        return SqlType.Category.TEXT;
    }

    @Override
    public Class<String> javaType() {
        return String.class;
    }

    @Override
    public <R> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitText(this);
    }
}
