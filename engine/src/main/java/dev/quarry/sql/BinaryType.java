package dev.quarry.sql;

public record BinaryType() implements SqlType<byte[]> {
    @Override
    public SqlType.Category category() {
        return SqlType.Category.BINARY;
    }

    @Override
    public Class<byte[]> javaType() {
        return byte[].class;
    }

    @Override
    public <R> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitBinary(this);
    }
}
